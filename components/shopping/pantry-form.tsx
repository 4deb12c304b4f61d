"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useActionToast } from "@/components/use-action-toast";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Grams of one food at home; 0 removes it. */
export function PantryForm({
  action,
  foodId,
  name,
  grams,
  submitLabel,
}: {
  action: Action;
  foodId: number;
  name: string;
  grams: number | null;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state);
  const inputId = `pantry-${foodId}-${submitLabel}`;
  const error = state.status === "error" ? (state.fieldErrors.grams?.[0] ?? state.message) : null;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="foodId" value={foodId} />
      <label htmlFor={inputId} className="w-full text-sm sm:w-auto sm:min-w-40 sm:flex-1">
        {name}
      </label>
      <Input
        id={inputId}
        name="grams"
        inputMode="decimal"
        defaultValue={grams ?? ""}
        placeholder="grams"
        className="w-28"
        aria-label={`${name}: grams at home`}
        aria-invalid={error ? true : undefined}
      />
      <span className="text-sm text-muted-foreground">g</span>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {pending ? "Saving…" : submitLabel}
      </Button>
      {error && (
        <span role="alert" className="w-full text-sm text-red-700">
          {error}
        </span>
      )}
    </form>
  );
}
