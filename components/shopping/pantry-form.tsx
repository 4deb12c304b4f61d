"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PantryUnitOption } from "@/lib/shopping/pantry-units";
import { Button } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { useActionToast } from "@/components/use-action-toast";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** How much of one food is at home, in a unit it is bought in (3 eggs, 1 bag); Remove sets 0. */
export function PantryForm({
  action,
  foodId,
  name,
  amount,
  units,
  detail,
  submitLabel,
}: {
  action: Action;
  foodId: number;
  name: string;
  amount: { quantity: number; unit: string } | null;
  units: PantryUnitOption[];
  /** What is at home as read ("3 eggs"), for an entry already in the pantry. */
  detail?: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state);
  const inputId = `pantry-${foodId}-${submitLabel}`;
  const error =
    state.status === "error"
      ? (state.fieldErrors.quantity?.[0] ?? state.fieldErrors.unit?.[0] ?? state.message)
      : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={formAction} className="flex flex-1 flex-wrap items-center gap-2">
        <input type="hidden" name="foodId" value={foodId} />
        <label htmlFor={inputId} className="w-full break-words text-sm sm:w-auto sm:min-w-40 sm:flex-1">
          {name}
          {detail && <span className="block text-muted-foreground">{detail}</span>}
        </label>
        <Input
          id={inputId}
          name="quantity"
          inputMode="decimal"
          defaultValue={amount?.quantity ?? ""}
          placeholder="how many"
          className="w-24"
          aria-label={`${name}: amount at home`}
          aria-invalid={error ? true : undefined}
        />
        <NativeSelect name="unit" defaultValue={amount?.unit ?? units[0]?.value} aria-label={`${name}: unit`}>
          {units.map((unit) => (
            <option key={unit.value} value={unit.value}>
              {unit.label}
            </option>
          ))}
        </NativeSelect>
        <Button type="submit" size="sm" variant="outline" disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </Button>
        {error && (
          <span role="alert" className="w-full text-sm text-red-700">
            {error}
          </span>
        )}
      </form>
      {amount && (
        <form action={formAction}>
          <input type="hidden" name="foodId" value={foodId} />
          <input type="hidden" name="quantity" value="0" />
          <input type="hidden" name="unit" value={amount.unit} />
          <Button type="submit" size="sm" variant="ghost" disabled={pending} aria-label={`Remove ${name}`}>
            Remove
          </Button>
        </form>
      )}
    </div>
  );
}
