import type { PlanView } from "@/lib/planner/plan-view";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount, formatNumber, NUTRIENT_META } from "@/lib/nutrition/units";
import { NutrientLabel } from "../nutrient";
import { Card } from "../ui/card";
import { CoverageChart } from "./coverage-chart";

const CHART_COLOR = {
  magnesiumMg: "var(--magnesium)",
  calciumMg: "var(--calcium)",
  vitaminDMcg: "var(--vitamin-d)",
  vitaminB12Mcg: "var(--vitamin-b12)",
} as const;

export function CoverageSummary({ view }: { view: PlanView }) {
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">This week against your targets</h2>
      <CoverageChart
        data={TARGET_NUTRIENTS.map((nutrient) => ({
          label: NUTRIENT_META[nutrient].label,
          percent: view.coverage[nutrient].percent,
          color: CHART_COLOR[nutrient],
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
              <th scope="col" className="py-1 pr-2 text-right">
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
                  <td className="py-1 pr-2 text-right tabular-nums">
                    {coverage.lowerBound ? "≥ " : ""}
                    {formatAmount(key, coverage.total / 7)}
                  </td>
                  <td className="py-1 pr-2 text-right tabular-nums">
                    {formatAmount(key, coverage.target / 7)}
                  </td>
                  <td className="py-1 text-right tabular-nums">
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
