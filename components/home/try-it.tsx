"use client";

import { useState, type FormEvent } from "react";
import { starterProfile } from "@/lib/nutrition/default-profile";
import { nutrientsForSymptoms, SYMPTOMS } from "@/lib/nutrition/symptoms";
import { DIETS, TARGET_NUTRIENTS, type Diet, type TargetNutrient } from "@/lib/nutrition/types";
import { starterChoicesQuery } from "@/lib/schemas/welcome";
import { PreviewWeek, type Preview } from "@/components/home/preview-week";
import { NutrientLabel } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { Label, NativeSelect, Options } from "@/components/ui/input";
import { CheckboxChip } from "@/components/ui/checkbox-chip";

/** Try NutriWeek without an account: a preview week from POST /api/plans/preview. */
export function TryIt() {
  const [diet, setDiet] = useState<Diet>("omnivore");
  const [favoured, setFavoured] = useState<TargetNutrient[]>([]);
  const [symptoms, setSymptoms] = useState<string[]>([]);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const favour = [
    ...new Set([...favoured, ...nutrientsForSymptoms(symptoms, { withVitaminDForCalcium: true })]),
  ];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/plans/preview", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          ...starterProfile(new Date().getUTCFullYear()),
          diet,
          favouredNutrients: favour,
        }),
      });
      const body = await response.json();
      if (!response.ok) throw new Error(body.error ?? "The preview failed.");
      setPreview(body as Preview);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : "The preview failed; please try again.");
    } finally {
      setPending(false);
    }
  }

  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list, value] : list.filter((v) => v !== value);

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" aria-labelledby="try-heading">
        <h2 id="try-heading" className="text-xl font-semibold">
          Try it: a week for you, no account needed
        </h2>
        <div className="max-w-xs space-y-1">
          <Label htmlFor="try-diet">Your diet</Label>
          <NativeSelect id="try-diet" value={diet} onChange={(event) => setDiet(event.target.value as Diet)}>
            <Options values={DIETS} />
          </NativeSelect>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Nutrients to favour</legend>
          <div className="flex flex-wrap gap-2">
            {TARGET_NUTRIENTS.map((nutrient) => (
              <CheckboxChip
                key={nutrient}
                checked={favour.includes(nutrient)}
                onChange={(event) => setFavoured((list) => toggle(list, nutrient, event.target.checked))}
              >
                <NutrientLabel nutrient={nutrient} />
              </CheckboxChip>
            ))}
          </div>
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">…or tick what you notice</legend>
          <div className="flex flex-wrap gap-2">
            {SYMPTOMS.map((symptom) => (
              <CheckboxChip
                key={symptom.id}
                checked={symptoms.includes(symptom.id)}
                onChange={(event) => setSymptoms((list) => toggle(list, symptom.id, event.target.checked))}
              >
                {symptom.label}
              </CheckboxChip>
            ))}
          </div>
        </fieldset>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Building your week… (about a second)" : "Show my week"}
        </Button>
        {error && <FormMessage tone="error">{error}</FormMessage>}
      </form>

      {preview && (
        <PreviewWeek
          preview={preview}
          saveHref={`/sign-up?next=${encodeURIComponent(`/welcome?${starterChoicesQuery({ diet, favour })}`)}`}
        />
      )}
    </div>
  );
}
