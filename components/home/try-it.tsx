"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { starterProfile } from "@/lib/nutrition/default-profile";
import { nutrientsForSymptoms, SYMPTOMS } from "@/lib/nutrition/symptoms";
import { DIETS, TARGET_NUTRIENTS, type Diet, type TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount, formatNumber } from "@/lib/nutrition/units";
import { starterChoicesQuery } from "@/lib/schemas/welcome";
import { NutrientLabel } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import { Label, NativeSelect, Options } from "@/components/ui/input";
import { WarningItem } from "@/components/warning-item";
import { CheckboxChip } from "@/components/ui/checkbox-chip";

interface PreviewMeal {
  slot: string;
  recipeName: string;
  servings: number;
}
interface Preview {
  days: { day: number; meals: PreviewMeal[] }[];
  coverage: Record<string, { total: number; target: number; percent: number }>;
  warnings: { code: string; severity: string; title: string; message: string }[];
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

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
        <section aria-labelledby="preview-heading" className="space-y-4" data-testid="preview">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="preview-heading" className="text-xl font-semibold">
              Your preview week
            </h2>
            <Button asChild>
              <Link
                href={`/sign-up?next=${encodeURIComponent(`/welcome?${starterChoicesQuery({ diet, favour })}`)}`}
              >
                Save this plan
              </Link>
            </Button>
          </div>
          {preview.warnings.length > 0 && (
            <ul className="space-y-2">
              {preview.warnings.map((warning) => (
                <WarningItem key={warning.code} warning={warning} />
              ))}
            </ul>
          )}
          <Card>
            <table className="w-full text-sm">
              <caption className="mb-2 text-left font-semibold">Coverage per day, on average</caption>
              <tbody>
                {TARGET_NUTRIENTS.map((nutrient) => {
                  const coverage = preview.coverage[nutrient];
                  if (!coverage) return null;
                  return (
                    <tr key={nutrient} className="border-b border-border/60" data-nutrient={nutrient}>
                      <th scope="row" className="py-1 text-left font-medium">
                        <NutrientLabel nutrient={nutrient} />
                      </th>
                      <td className="py-1 text-right tabular-nums">
                        {formatAmount(nutrient, coverage.total / 7)}
                      </td>
                      <td className="py-1 text-right tabular-nums">
                        {formatNumber(Math.round(coverage.percent))} % of RDA
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Card>
          <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {preview.days.map((day) => (
              <li key={day.day}>
                <Card className="h-full space-y-1">
                  <h3 className="font-semibold">{DAY_NAMES[day.day]}</h3>
                  <ul className="space-y-1 text-sm">
                    {day.meals.map((meal) => (
                      <li key={meal.slot}>
                        <span className="text-xs uppercase text-muted-foreground">{meal.slot}</span>{" "}
                        {meal.recipeName}
                      </li>
                    ))}
                  </ul>
                </Card>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
