"use client";

import { summarizeRecipe } from "@/lib/nutrition/catalogue-view";
import { NUTRIENT_KEYS, type NutrientKey, type Recipe, type TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount, NUTRIENT_META } from "@/lib/nutrition/units";
import { RecipeDietBadges } from "@/components/catalogue/diet-badges";

/** The person's daily targets: energy and the four nutrients' RDAs. */
export type DailyTargets = Record<"energyKcal" | TargetNutrient, number>;

const WITH_TARGET = new Set<NutrientKey>([
  "energyKcal",
  "magnesiumMg",
  "calciumMg",
  "vitaminDMcg",
  "vitaminB12Mcg",
]);

/**
 * What one serving of the recipe being written supplies, computed as for catalogue recipes
 * (lib/nutrition): amounts, % of the person's targets, the diets it certainly fits and its allergens.
 */
export function RecipeLivePanel({
  recipe,
  targets,
}: {
  recipe: Recipe | null;
  targets: DailyTargets | null;
}) {
  if (!recipe) {
    return (
      <p className="text-sm text-muted-foreground">Add an ingredient with an amount to see its nutrients.</p>
    );
  }
  const summary = summarizeRecipe(recipe);
  const { perServing } = summary;
  return (
    <div className="space-y-3" data-testid="live-panel" aria-live="polite">
      <table className="w-full text-sm">
        <caption className="text-left font-semibold">Per serving</caption>
        <thead>
          <tr className="text-left text-xs text-muted-foreground">
            <th className="py-1 font-medium">Nutrient</th>
            <th className="py-1 text-right font-medium">Amount</th>
            <th className="py-1 text-right font-medium">{targets ? "% of your target" : ""}</th>
          </tr>
        </thead>
        <tbody>
          {NUTRIENT_KEYS.map((key) => {
            const { amount, lowerBound } = perServing[key];
            const target = targets && WITH_TARGET.has(key) ? targets[key as keyof DailyTargets] : null;
            return (
              <tr key={key} className="border-t border-border/60" data-testid={`live-${key}`}>
                <th scope="row" className="py-1 text-left font-normal">
                  {NUTRIENT_META[key].label}
                </th>
                <td className="py-1 text-right tabular-nums">
                  {lowerBound && amount !== null ? "≥ " : ""}
                  {formatAmount(key, amount)}
                </td>
                <td className="py-1 text-right tabular-nums">
                  {target && amount !== null ? `${Math.round((100 * amount) / target)} %` : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <RecipeDietBadges summary={summary} />
    </div>
  );
}
