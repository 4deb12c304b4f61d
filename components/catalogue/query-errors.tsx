import type { FieldError } from "@/lib/schemas/catalogue";

export function QueryErrors({ errors }: { errors: FieldError[] }) {
  if (!errors.length) return null;
  return (
    <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      Some filters were ignored: {errors.map((error) => `${error.field}: ${error.message}`).join("; ")}.
    </div>
  );
}
