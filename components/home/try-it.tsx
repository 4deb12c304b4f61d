"use client";

import { useState, type FormEvent, type ReactNode } from "react";
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

const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((v) => v !== value);

/** A row of checkbox chips under one legend. */
function ChipGroup<T extends string>({
  legend,
  options,
  checked,
  onToggle,
  label,
}: {
  legend: string;
  options: readonly T[];
  checked: readonly T[];
  onToggle: (value: T, on: boolean) => void;
  label: (value: T) => ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((value) => (
          <CheckboxChip
            key={value}
            checked={checked.includes(value)}
            onChange={(event) => onToggle(value, event.target.checked)}
          >
            {label(value)}
          </CheckboxChip>
        ))}
      </div>
    </fieldset>
  );
}

/** POST /api/plans/preview for the starter profile with this diet and these nutrients favoured. */
function usePreview() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function request(diet: Diet, favour: TargetNutrient[]) {
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
  return { preview, error, pending, request };
}

const SYMPTOM_IDS = SYMPTOMS.map((symptom) => symptom.id);
const symptomLabel = (id: string) => SYMPTOMS.find((symptom) => symptom.id === id)?.label ?? id;

/** Try NutriWeek without an account: a preview week from POST /api/plans/preview. */
export function TryIt() {
  const [diet, setDiet] = useState<Diet>("omnivore");
  const [favoured, setFavoured] = useState<TargetNutrient[]>([]);
  const [symptoms, setSymptoms] = useState<string[]>([]);
  const { preview, error, pending, request } = usePreview();
  const favour = [
    ...new Set([...favoured, ...nutrientsForSymptoms(symptoms, { withVitaminDForCalcium: true })]),
  ];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void request(diet, favour);
  };

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
        <ChipGroup
          legend="Nutrients to favour"
          options={TARGET_NUTRIENTS}
          checked={favour}
          onToggle={(nutrient, on) => setFavoured((list) => toggle(list, nutrient, on))}
          label={(nutrient) => <NutrientLabel nutrient={nutrient} />}
        />
        <ChipGroup
          legend="…or tick what you notice"
          options={SYMPTOM_IDS}
          checked={symptoms}
          onToggle={(id, on) => setSymptoms((list) => toggle(list, id, on))}
          label={symptomLabel}
        />
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
