"use client";

import { useEffect, useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/actions/validated-action";
import { cn } from "@/lib/utils";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export interface ChecklistRow {
  key: string;
  label: string;
  detail?: string;
  checked: boolean;
  muted?: boolean;
  fields: Record<string, string | number>;
}

/** Big one-thumb rows; a tap saves at once (optimistically) through a server action. */
export function Checklist({ rows, action, label }: { rows: ChecklistRow[]; action: Action; label: string }) {
  const [pending, startTransition] = useTransition();
  // Taps are saved one after another; leaving while some wait would drop them, so the browser asks first.
  useEffect(() => {
    if (!pending) return;
    const askFirst = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", askFirst);
    return () => window.removeEventListener("beforeunload", askFirst);
  }, [pending]);
  const [optimistic, setOptimistic] = useOptimistic(
    rows,
    (current, change: { key: string; checked: boolean }) =>
      current.map((row) => (row.key === change.key ? { ...row, checked: change.checked } : row)),
  );
  return (
    <ul
      className="divide-y divide-border rounded-lg border border-border bg-card"
      aria-label={label}
      aria-busy={pending}
    >
      {optimistic.map((row) => (
        <li key={row.key}>
          <label
            className={cn(
              "flex min-h-12 cursor-pointer items-center gap-3 px-3 py-2",
              row.checked && "text-muted-foreground line-through",
            )}
          >
            <input
              type="checkbox"
              className="size-5 shrink-0"
              checked={row.checked}
              data-testid={`check-${row.key}`}
              onChange={(event) => {
                const checked = event.target.checked;
                const formData = new FormData();
                for (const [name, value] of Object.entries(row.fields)) formData.set(name, String(value));
                formData.set("checked", String(checked));
                startTransition(async () => {
                  setOptimistic({ key: row.key, checked });
                  const result = await action({ status: "idle" }, formData);
                  if (result.status === "error") toast.error(`Not saved: ${result.message}`);
                });
              }}
            />
            <span className="flex-1">
              <span className={cn("block", row.muted && "text-muted-foreground")}>{row.label}</span>
              {row.detail && <span className="block text-sm text-muted-foreground">{row.detail}</span>}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
