import Link from "next/link";
import type { PlanDayView, PlanMealView } from "@/lib/planner/plan-view";
import { dayOfWeek, parseIsoDate } from "@/lib/planner/week";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount, formatNumber } from "@/lib/nutrition/units";
import { cn } from "@/lib/utils";
import type { ActionState } from "@/lib/actions/validated-action";
import { NUTRIENT_BG_CLASS, NutrientLabel } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ActionButton } from "@/components/plan/action-button";
import { MealSides } from "@/components/plan/meal-sides";
import { servingsInWords } from "@/lib/planner/plan-view";
import { SLOT_LABELS } from "@/lib/planner/types";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

function CoverageBars({ day }: { day: PlanDayView }) {
  return (
    <ul className="mt-auto space-y-1" aria-label="Coverage of the day">
      {TARGET_NUTRIENTS.map((nutrient) => {
        const coverage = day.coverage[nutrient];
        const percent = Math.round(coverage.percent);
        return (
          <li key={nutrient} className="grid grid-cols-[6rem_1fr_3rem] items-center gap-2 text-xs">
            <NutrientLabel nutrient={nutrient} />
            <span className="relative h-2 overflow-hidden rounded-full bg-muted" aria-hidden="true">
              <span
                className={cn("absolute inset-y-0 left-0", NUTRIENT_BG_CLASS[nutrient])}
                style={{ width: `${Math.min(100, percent)}%` }}
              />
            </span>
            <span className="text-right tabular-nums">{formatNumber(percent)} %</span>
          </li>
        );
      })}
    </ul>
  );
}

export function WeekGrid({
  planId,
  weekStart,
  days,
  lockAction,
  mealExtra,
  dayExtra,
  changeSideAction,
}: {
  planId: number;
  weekStart: string;
  days: PlanDayView[];
  lockAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Per meal and per day: the memory's controls (components/memory). */
  mealExtra?: (day: PlanDayView, meal: PlanMealView) => React.ReactNode;
  dayExtra?: (day: PlanDayView, dayLabel: string) => React.ReactNode;
  changeSideAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  return (
    <ol className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Meals of the week">
      {days.map((day) => (
        <li key={day.day}>
          <Card className="flex h-full flex-col gap-3" data-testid={`day-${day.day}`}>
            <h3 className="font-semibold">{dayFormat.format(parseIsoDate(dayOfWeek(weekStart, day.day)))}</h3>
            <ul className="space-y-2">
              {day.meals.map((meal) => (
                <li
                  key={meal.slot}
                  className="flex flex-col gap-1 border-b border-border/60 pb-2"
                  data-testid={`meal-${day.day}-${meal.slot}`}
                >
                  <div className="flex items-baseline justify-between gap-2">
                    <span className="text-xs uppercase tracking-wide text-muted-foreground">
                      {SLOT_LABELS[meal.slot]}
                    </span>
                    <span className="text-xs tabular-nums text-muted-foreground" data-testid="meal-portion">
                      {servingsInWords(meal.servings)},{" "}
                      {formatAmount("energyKcal", meal.nutrients.energyKcal)}
                    </span>
                  </div>
                  <Link
                    href={`/recipes/${meal.recipeId}`}
                    className="font-medium hover:underline"
                    data-testid="meal-name"
                  >
                    {meal.recipeName}
                  </Link>
                  <MealSides {...{ planId, weekStart, day: day.day, meal, changeSideAction }} />
                  <div className="flex flex-wrap items-center gap-2">
                    <Button asChild variant="outline" size="sm">
                      <Link
                        href={`/plan?week=${weekStart}&swap=${day.day}-${meal.slot}#alternatives`}
                        aria-label={`Swap ${SLOT_LABELS[meal.slot].toLowerCase()} of ${dayFormat.format(parseIsoDate(dayOfWeek(weekStart, day.day)))}`}
                      >
                        Swap
                      </Link>
                    </Button>
                    <ActionButton
                      action={lockAction}
                      fields={{ planId, day: day.day, slot: meal.slot, locked: !meal.locked }}
                      label={meal.locked ? "🔒 Locked" : "Lock"}
                      pendingLabel="…"
                      size="sm"
                      variant={meal.locked ? "secondary" : "outline"}
                      testId={`lock-${day.day}-${meal.slot}`}
                    />
                  </div>
                  {mealExtra?.(day, meal)}
                </li>
              ))}
            </ul>
            {dayExtra?.(day, dayFormat.format(parseIsoDate(dayOfWeek(weekStart, day.day))))}
            <CoverageBars day={day} />
          </Card>
        </li>
      ))}
    </ol>
  );
}
