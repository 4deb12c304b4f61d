import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/utils";

/** A checkbox with its label as one large tap target (at least 40 px high). */
export function CheckboxChip({
  children,
  className,
  ...input
}: Omit<ComponentProps<"input">, "type"> & { children: ReactNode }) {
  return (
    <label
      className={cn(
        "flex min-h-10 items-center gap-2 rounded-md border border-border bg-card px-3 text-sm",
        className,
      )}
    >
      <input type="checkbox" className="size-4" {...input} />
      {children}
    </label>
  );
}
