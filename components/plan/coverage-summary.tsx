import type { PlanView } from "@/lib/planner/plan-view";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount, formatPercent, NUTRIENT_META } from "@/lib/nutrition/units";
import { NUTRIENT_CHART_COLOR, NutrientLabel } from "@/components/nutrient";
import { Card } from "@/components/ui/card";
import { CoverageChart } from "@/components/plan/coverage-chart";
import { DataTable, type Column } from "@/components/ui/data-table";

/** Energy, then the four target nutrients: the rows of every weekly coverage table. */
export const COVERAGE_ROWS = ["energyKcal", ...TARGET_NUTRIENTS] as const;
export type CoverageRow = (typeof COVERAGE_ROWS)[number];

function coverageColumns(view: PlanView): Column<CoverageRow>[] {
  const perDay = (key: CoverageRow, total: number) => formatAmount(key, total / 7);
  return [
    {
      header: "Nutrient",
      cell: (key) => (
        <>
          {key === "energyKcal" ? "Energy" : <NutrientLabel nutrient={key} />}
          {view.coverage[key].flagged && (
            <span className="ml-1 text-xs text-muted-foreground">(favoured)</span>
          )}
        </>
      ),
    },
    {
      header: "Per day",
      numeric: true,
      cell: (key) => (
        <>
          {view.coverage[key].lowerBound ? "≥ " : ""}
          {perDay(key, view.coverage[key].total)}
          {/* Phones: the target under the amount instead of a column of its own. */}
          <span className="block text-xs text-muted-foreground sm:hidden">
            of {perDay(key, view.coverage[key].target)}
          </span>
        </>
      ),
    },
    {
      header: "Target",
      numeric: true,
      className: "hidden sm:table-cell",
      cell: (key) => perDay(key, view.coverage[key].target),
    },
    {
      header: "Coverage",
      numeric: true,
      cell: (key) => formatPercent(view.coverage[key].percent),
    },
  ];
}

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
      <DataTable
        testId="weekly-coverage"
        caption="Weekly coverage per nutrient"
        columns={coverageColumns(view)}
        rows={COVERAGE_ROWS}
        rowNutrient={(key) => key}
      />
    </Card>
  );
}
