import { cn } from "@/lib/utils";

/** One warning or tip, the same look everywhere (profile, plan, preview); `warning` severity stands out. */
export function WarningItem({
  warning,
  children,
}: {
  warning: { code: string; severity: string; title: string; message: string };
  children?: React.ReactNode;
}) {
  return (
    <li
      data-warning={warning.code}
      className={cn(
        "rounded-md border p-3 text-sm",
        warning.severity === "warning" ? "border-amber-300 bg-amber-50" : "border-border bg-card",
      )}
    >
      <p className="font-semibold">{warning.title}</p>
      <p>{warning.message}</p>
      {children}
    </li>
  );
}
