import type * as React from "react";
import { capitalised, cn } from "@/lib/utils";

export function Input({ className, ...props }: React.ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "h-10 w-full rounded-md border border-input bg-card px-3 text-sm placeholder:text-muted-foreground",
        className,
      )}
      {...props}
    />
  );
}

export function NativeSelect({ className, ...props }: React.ComponentProps<"select">) {
  return (
    <select
      className={cn("h-10 w-full rounded-md border border-input bg-card px-2 text-sm", className)}
      {...props}
    />
  );
}

/** One `<option>` per value of a select, shown by `label` (the value capitalised by default). */
export function Options<T extends string>({
  values,
  label = capitalised,
}: {
  values: readonly T[];
  label?: (value: T) => React.ReactNode;
}) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}

export function Label({ className, ...props }: React.ComponentProps<"label">) {
  return <label className={cn("text-sm font-medium", className)} {...props} />;
}
