import type { PlanDayView, PlanMealView } from "@/lib/planner/plan-view";
import type { DishRatingValue } from "@/lib/nutrition/memory/ratings";
import type { MealLogRecord } from "@/lib/planner/eaten-coverage";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount, formatNumber } from "@/lib/nutrition/units";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { NutrientLabel } from "@/components/nutrient";
import { Card } from "@/components/ui/card";
import { DayEaten, MealMemory } from "@/components/memory/meal-memory";

const percent = (value: number) => `${formatNumber(Math.round(value))} %`;

/** The week grid's memory hooks: per meal eaten/skipped and rating, per day "ate the day as planned". */
export function planMemoryHooks(
  planId: number,
  ratings: ReadonlyMap<number, DishRatingValue>,
  logs: readonly MealLogRecord[],
  eatenDays: PlanResult["memory"]["eaten"]["days"],
) {
  return {
    mealExtra: (day: PlanDayView, meal: PlanMealView) => (
      <MealMemory
        planId={planId}
        day={day.day}
        slot={meal.slot}
        recipeId={meal.recipeId}
        recipeName={meal.recipeName}
        rating={ratings.get(meal.recipeId) ?? null}
        status={logs.find((log) => log.day === day.day && log.slot === meal.slot)?.status ?? null}
      />
    ),
    dayExtra: (day: PlanDayView, dayLabel: string) => {
      const eaten = eatenDays[day.day];
      return (
        <div className="space-y-1 text-xs">
          <DayEaten planId={planId} day={day.day} slots={day.meals.map((m) => m.slot)} dayLabel={dayLabel} />
          <p data-testid={`day-planned-eaten-${day.day}`}>
            Energy planned {percent(day.coverage.energyKcal.percent)} · eaten{" "}
            {eaten && eaten.loggedMeals > 0 ? percent(eaten.coverage.energyKcal.percent) : "not logged yet"}
          </p>
        </div>
      );
    },
  };
}

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
        <table className="w-full text-sm" data-testid="planned-vs-eaten">
          <caption className="sr-only">Weekly coverage planned and eaten</caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col">Nutrient</th>
              <th scope="col" className="text-right">
                Planned
              </th>
              <th scope="col" className="text-right">
                Eaten
              </th>
            </tr>
          </thead>
          <tbody>
            {(["energyKcal", ...TARGET_NUTRIENTS] as const).map((key) => (
              <tr key={key} className="border-b border-border/60" data-nutrient={key}>
                <th scope="row" className="py-1 text-left font-medium">
                  {key === "energyKcal" ? "Energy" : <NutrientLabel nutrient={key} />}
                </th>
                <td className="text-right tabular-nums">{percent(result.view.coverage[key].percent)}</td>
                <td className="text-right tabular-nums">{percent(eaten.week[key].percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {taking.length > 0 && (
        <Card className="min-w-0 space-y-2">
          <h2 className="text-lg font-semibold">Food and supplements</h2>
          <table className="w-full text-sm" data-testid="supplement-coverage">
            <caption className="sr-only">Per day on average: food, supplements and both</caption>
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col">Nutrient</th>
                <th scope="col" className="text-right">
                  Food
                </th>
                <th scope="col" className="text-right">
                  Supplement
                </th>
                <th scope="col" className="text-right">
                  Together
                </th>
              </tr>
            </thead>
            <tbody>
              {taking.map((s) => (
                <tr key={s.nutrient} className="border-b border-border/60" data-nutrient={s.nutrient}>
                  <th scope="row" className="py-1 text-left font-medium">
                    <NutrientLabel nutrient={s.nutrient} />
                  </th>
                  <td className="text-right tabular-nums">{formatAmount(s.nutrient, s.foodPerDay)}</td>
                  <td className="text-right tabular-nums">{formatAmount(s.nutrient, s.supplementPerDay)}</td>
                  <td className="text-right tabular-nums">{percent(s.togetherPercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-xs text-muted-foreground">
            Per day on average; the planner counts supplements toward your targets.
          </p>
        </Card>
      )}
    </div>
  );
}
