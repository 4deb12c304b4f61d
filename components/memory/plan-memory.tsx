import type { PlanDayView, PlanMealView } from "@/lib/planner/plan-view";
import type { DishRatingValue } from "@/lib/nutrition/memory/ratings";
import type { MealLogRecord } from "@/lib/planner/eaten-coverage";
import { formatAmount, formatPercent } from "@/lib/nutrition/units";
import { dayOfWeek, parseIsoDate } from "@/lib/planner/week";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { NutrientLabel } from "@/components/nutrient";
import { Card } from "@/components/ui/card";
import { DataTable, type Column } from "@/components/ui/data-table";
import { COVERAGE_ROWS, type CoverageRow } from "@/components/plan/coverage-summary";
import { DayEaten, MealMemory } from "@/components/memory/meal-memory";

/** The week grid's memory hooks: per meal eaten/skipped and rating, per day "ate the day as planned". */
export function planMemoryHooks(
  planId: number,
  ratings: ReadonlyMap<number, DishRatingValue>,
  logs: readonly MealLogRecord[],
  eatenDays: PlanResult["memory"]["eaten"]["days"],
) {
  return {
    mealExtra: (day: PlanDayView, meal: PlanMealView) => {
      const log = logs.find((l) => l.day === day.day && l.slot === meal.slot);
      return (
        <MealMemory
          planId={planId}
          day={day.day}
          slot={meal.slot}
          recipeId={meal.recipeId}
          recipeName={meal.recipeName}
          rating={ratings.get(meal.recipeId) ?? null}
          status={log?.status ?? null}
          replacementName={log?.replacementName ?? null}
        />
      );
    },
    dayExtra: (day: PlanDayView, dayLabel: string) => {
      const eaten = eatenDays[day.day];
      return (
        <div className="space-y-1 text-xs">
          <DayEaten planId={planId} day={day.day} slots={day.meals.map((m) => m.slot)} dayLabel={dayLabel} />
          <p data-testid={`day-planned-eaten-${day.day}`}>
            Energy planned {formatPercent(day.coverage.energyKcal.percent)} · eaten{" "}
            {eaten && eaten.loggedMeals > 0
              ? formatPercent(eaten.coverage.energyKcal.percent)
              : "not logged yet"}
          </p>
        </div>
      );
    },
  };
}

const NUTRIENT_COLUMN: Column<CoverageRow> = {
  header: "Nutrient",
  cell: (key) => (key === "energyKcal" ? "Energy" : <NutrientLabel nutrient={key} />),
};

const weekday = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", timeZone: "UTC" });

interface DayRow {
  label: string;
  planned: PlanDayView["coverage"];
  eaten: PlanResult["memory"]["eaten"]["days"][number] | undefined;
}

/** Per day, each figure planned with what was eaten below it; a day with nothing logged shows only the plan. */
const DAY_COLUMNS: Column<DayRow>[] = [
  { header: "Day", cell: (row) => row.label },
  ...COVERAGE_ROWS.map((key): Column<DayRow> => ({
    header: key === "energyKcal" ? "Energy" : <NutrientLabel nutrient={key} />,
    numeric: true,
    // Stacked, so that six columns fit a phone and half a desktop card without scrolling.
    cell: (row) => (
      <>
        <span className="block">{formatPercent(row.planned[key].percent)}</span>
        <span className="block text-muted-foreground">
          {row.eaten && row.eaten.loggedMeals > 0 ? formatPercent(row.eaten.coverage[key].percent) : "—"}
        </span>
      </>
    ),
  })),
];

function EatenByDay({ result }: { result: PlanResult }) {
  const rows = result.view.days.map((day): DayRow => ({
    label: weekday.format(parseIsoDate(dayOfWeek(result.plan.weekStart, day.day))),
    planned: day.coverage,
    eaten: result.memory.eaten.days[day.day],
  }));
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">By day: planned, and eaten below it</summary>
      <DataTable
        testId="planned-vs-eaten-by-day"
        caption="Each day's coverage, planned and eaten (— where nothing is logged yet)"
        columns={DAY_COLUMNS}
        rows={rows}
      />
    </details>
  );
}

type SupplementCoverage = PlanResult["memory"]["supplements"][number];
const SUPPLEMENT_COLUMNS: Column<SupplementCoverage>[] = [
  { header: "Nutrient", cell: (s) => <NutrientLabel nutrient={s.nutrient} /> },
  { header: "Food", numeric: true, cell: (s) => formatAmount(s.nutrient, s.foodPerDay) },
  { header: "Supplement", numeric: true, cell: (s) => formatAmount(s.nutrient, s.supplementPerDay) },
  { header: "Together", numeric: true, cell: (s) => formatPercent(s.togetherPercent) },
];

/** Planned and eaten coverage side by side for the week; food and supplements apart and together. */
export function PlanMemorySection({ result }: { result: PlanResult }) {
  const { eaten, supplements } = result.memory;
  const taking = supplements.filter((s) => s.supplementPerDay > 0);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card className="min-w-0 space-y-2">
        <h2 className="text-lg font-semibold">Planned and eaten</h2>
        <p className="text-sm text-muted-foreground">
          {eaten.loggedMeals === 0
            ? "Mark meals eaten or skipped below to see what you actually had."
            : `${eaten.loggedMeals} of ${result.plan.entries.length} meals logged, ${eaten.skippedMeals} skipped.`}
        </p>
        <DataTable
          testId="planned-vs-eaten"
          caption="Weekly coverage planned and eaten"
          columns={[
            NUTRIENT_COLUMN,
            {
              header: "Planned",
              numeric: true,
              cell: (key) => formatPercent(result.view.coverage[key].percent),
            },
            { header: "Eaten", numeric: true, cell: (key) => formatPercent(eaten.week[key].percent) },
          ]}
          rows={COVERAGE_ROWS}
          rowNutrient={(key) => key}
        />
        {eaten.loggedMeals > 0 && <EatenByDay result={result} />}
      </Card>
      {taking.length > 0 && (
        <Card className="min-w-0 space-y-2">
          <h2 className="text-lg font-semibold">Food and supplements</h2>
          <DataTable
            testId="supplement-coverage"
            caption="Per day on average: food, supplements and both"
            columns={SUPPLEMENT_COLUMNS}
            rows={taking}
            rowNutrient={(s) => s.nutrient}
          />
          <p className="text-xs text-muted-foreground">
            Per day on average; the planner counts supplements toward your targets.
          </p>
        </Card>
      )}
    </div>
  );
}
