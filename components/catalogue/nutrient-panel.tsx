import { DEFAULT_ADULT_INTAKES } from "@/lib/nutrition/reference-intakes";
import type { NutrientTotals } from "@/lib/nutrition/recipe-nutrition";
import {
  NUTRIENT_KEYS,
  TARGET_NUTRIENTS,
  type NutrientKey,
  type TargetNutrient,
} from "@/lib/nutrition/types";
import { formatAmount, formatNumber, NUTRIENT_META } from "@/lib/nutrition/units";
import { NutrientLabel } from "@/components/nutrient";

function isTarget(key: NutrientKey): key is TargetNutrient {
  return (TARGET_NUTRIENTS as readonly string[]).includes(key);
}

/** A nutrition-facts style table: one row per nutrient, one column per amount basis. */
export function NutrientPanel({
  caption,
  columns,
}: {
  caption: string;
  columns: { heading: string; totals: NutrientTotals }[];
}) {
  return (
    // On a phone the table scrolls sideways; the region can take focus so keyboards can scroll it too.
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[20rem] text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col" className="py-2 pr-3">
              Nutrient
            </th>
            {columns.map((column) => (
              <th key={column.heading} scope="col" className="py-2 pr-3 text-right">
                {column.heading}
              </th>
            ))}
            {/* Phones: the "% RDA" under each amount stands in for this column. */}
            <th scope="col" className="hidden py-2 text-right sm:table-cell">
              RDA
            </th>
          </tr>
        </thead>
        <tbody>
          {NUTRIENT_KEYS.map((key) => (
            <tr key={key} className="border-b border-border/60" data-nutrient={key}>
              <th scope="row" className="py-2 pr-3 text-left font-medium">
                {isTarget(key) ? <NutrientLabel nutrient={key} /> : NUTRIENT_META[key].label}
              </th>
              {columns.map(({ heading, totals }) => {
                const { amount, lowerBound } = totals[key];
                const rda = isTarget(key) ? DEFAULT_ADULT_INTAKES[key].rda : null;
                return (
                  <td key={heading} className="whitespace-nowrap py-2 pr-3 text-right tabular-nums">
                    {lowerBound && amount !== null ? "≥ " : ""}
                    {formatAmount(key, amount, { missing: "text" })}
                    {rda !== null && amount !== null && (
                      <span className="block text-xs text-muted-foreground">
                        {formatNumber(Math.round((amount / rda) * 100))} % RDA
                      </span>
                    )}
                  </td>
                );
              })}
              <td className="hidden whitespace-nowrap py-2 text-right text-muted-foreground tabular-nums sm:table-cell">
                {isTarget(key) ? formatAmount(key, DEFAULT_ADULT_INTAKES[key].rda) : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
