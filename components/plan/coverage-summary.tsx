import type { PlanView } from "@/lib/planner/plan-view";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount, formatNumber, NUTRIENT_META } from "@/lib/nutrition/units";
import { NUTRIENT_CHART_COLOR, NutrientLabel } from "@/components/nutrient";
import { Card } from "@/components/ui/card";
import { CoverageChart } from "@/components/plan/coverage-chart";

export function CoverageSummary({ view }: { view: PlanView }) {
  return (
    <Card className="min-w-0 space-y-3">
      <h2 className="text-lg font-semibold">This week against your targets</h2>
      <CoverageChart
        data={TARGET_NUTRIENTS.map((nutrient) => ({
          label: NUTRIENT_META[nutrient].label,
          shortLabel: NUTRIENT_META[nutrient].shortLabel,
          percent: view.coverage[nutrient].percent,
          color: NUTRIENT_CHART_COLOR[nutrient],
        }))}
      />
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="weekly-coverage">
          <caption className="sr-only">Weekly coverage per nutrient</caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col" className="py-1 pr-2">
                Nutrient
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                Per day
              </th>
              <th scope="col" className="hidden py-1 pr-2 text-right sm:table-cell">
                Target
              </th>
              <th scope="col" className="py-1 text-right">
                Coverage
              </th>
            </tr>
          </thead>
          <tbody>
            {(["energyKcal", ...TARGET_NUTRIENTS] as const).map((key) => {
              const coverage = view.coverage[key];
              return (
                <tr key={key} className="border-b border-border/60" data-nutrient={key}>
                  <th scope="row" className="py-1 pr-2 text-left font-medium">
                    {key === "energyKcal" ? "Energy" : <NutrientLabel nutrient={key} />}
                    {coverage.flagged && (
                      <span className="ml-1 text-xs text-muted-foreground">(favoured)</span>
                    )}
                  </th>
                  <td className="whitespace-nowrap py-1 pr-2 text-right tabular-nums">
                    {coverage.lowerBound ? "≥ " : ""}
                    {formatAmount(key, coverage.total / 7)}
                    {/* Phones: the target under the amount instead of a column of its own. */}
                    <span className="block text-xs text-muted-foreground sm:hidden">
                      of {formatAmount(key, coverage.target / 7)}
                    </span>
                  </td>
                  <td className="hidden whitespace-nowrap py-1 pr-2 text-right tabular-nums sm:table-cell">
                    {formatAmount(key, coverage.target / 7)}
                  </td>
                  <td className="whitespace-nowrap py-1 text-right tabular-nums">
                    {formatNumber(Math.round(coverage.percent))} %
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
