"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { Button } from "@/components/ui/button";
import { useActionToast } from "@/components/use-action-toast";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** One button that runs a server action with hidden fields, shows its pending state and its outcome. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  variant = "default",
  size = "default",
  showSuccess = false,
  testId,
}: {
  action: Action;
  /** Hidden inputs; an array becomes one input per value (a checkbox-group style field). */
  fields: Record<string, string | number | boolean | readonly string[]>;
  label: React.ReactNode;
  pendingLabel: string;
  variant?: "default" | "secondary" | "outline" | "ghost";
  size?: "default" | "sm";
  showSuccess?: boolean;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state);
  return (
    <form action={formAction} className="inline-flex flex-col gap-1">
      {Object.entries(fields).flatMap(([name, value]) =>
        (Array.isArray(value) ? value : [String(value)]).map((item, index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={item} />
        )),
      )}
      <Button
        type="submit"
        variant={variant}
        size={size}
        disabled={pending}
        aria-busy={pending}
        data-testid={testId}
      >
        {pending ? pendingLabel : label}
      </Button>
      {state.status === "error" && (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      )}
      {showSuccess && state.status === "success" && (
        <span role="status" className="text-sm text-emerald-800">
          {state.message}
        </span>
      )}
    </form>
  );
}
