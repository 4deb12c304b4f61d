"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { MAGNESIUM_CAUTION_NOTE, nutrientsForSymptoms, SYMPTOMS } from "@/lib/nutrition/symptoms";
import { NutrientLabel } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionToast } from "@/components/use-action-toast";
import { CheckboxChip } from "@/components/ui/checkbox-chip";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** `magnesiumCaution`: the person has kidney disease, so magnesium is never suggested or favoured here. */
export function SymptomHelper({
  action,
  magnesiumCaution = false,
}: {
  action: Action;
  magnesiumCaution?: boolean;
}) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state);
  const nutrients = nutrientsForSymptoms(ticked, {
    withVitaminDForCalcium: true,
    withoutMagnesium: magnesiumCaution,
  });
  const magnesiumWithheld = magnesiumCaution && nutrientsForSymptoms(ticked).includes("magnesiumMg");
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="font-medium">What do you notice?</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {SYMPTOMS.map((symptom) => (
            <CheckboxChip
              key={symptom.id}
              className="py-2"
              checked={ticked.includes(symptom.id)}
              onChange={(event) =>
                setTicked((list) =>
                  event.target.checked ? [...list, symptom.id] : list.filter((id) => id !== symptom.id),
                )
              }
            >
              <span>
                {symptom.label}
                <span className="block text-xs text-muted-foreground">
                  often linked to{" "}
                  {symptom.nutrients.map((nutrient, index) => (
                    <span key={nutrient}>
                      {index > 0 && ", "}
                      <NutrientLabel nutrient={nutrient} />
                    </span>
                  ))}
                </span>
              </span>
            </CheckboxChip>
          ))}
        </div>
      </fieldset>
      <form action={formAction} className="space-y-3" aria-live="polite">
        {magnesiumWithheld && (
          <p className="text-sm" data-testid="magnesium-caution">
            {MAGNESIUM_CAUTION_NOTE}
          </p>
        )}
        {nutrients.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Tick what you notice to see which nutrients to favour.
          </p>
        ) : (
          <>
            <p>Nutrients to favour in your meals:</p>
            <ul className="flex flex-wrap gap-3" data-testid="suggested-nutrients">
              {nutrients.map((nutrient) => (
                <li key={nutrient}>
                  <input type="hidden" name="favouredNutrients" value={nutrient} />
                  <NutrientLabel nutrient={nutrient} />
                </li>
              ))}
            </ul>
            <Button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Favour these"}
            </Button>
          </>
        )}
        {state.status === "error" && <FormMessage tone="error">{state.message}</FormMessage>}
        {state.status === "success" && <FormMessage tone="success">{state.message}</FormMessage>}
      </form>
    </div>
  );
}
