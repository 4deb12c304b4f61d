"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useActionToast } from "@/components/use-action-toast";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function AddExtraForm({ planId, action }: { planId: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state);
  const error = state.status === "error" ? (state.fieldErrors.text ?? state.message) : undefined;
  return (
    <form
      action={formAction}
      key={state.status === "success" ? state.message : "form"}
      className="flex flex-wrap items-end gap-2"
    >
      <input type="hidden" name="planId" value={planId} />
      <Field id="extra-text" label="Add an item" error={error} className="min-w-48 flex-1">
        {(props) => <Input {...props} name="text" placeholder="e.g. dish soap" maxLength={200} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add"}
      </Button>
    </form>
  );
}
