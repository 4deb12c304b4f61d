// Upper limits are daily (NIH ODS): a swap must not push one day's calcium or vitamin D above its UL, even
// when the week as a whole stays under 7 × the UL. Pure.
import type { TargetNutrient } from "@/lib/nutrition/types";
import { mealParts } from "@/lib/planner/objective";
import type { ResolvedRequest } from "@/lib/planner/request";
import type { PlanDay } from "@/lib/planner/types";

export interface UpperLimitBreach {
  day: number;
  nutrient: TargetNutrient;
  total: number;
  ul: number;
}

/** The first nutrient whose UL limits food that `day` of `days` exceeds, or null. */
export function dayAboveUpperLimit(
  days: readonly PlanDay[],
  day: number,
  req: ResolvedRequest,
): UpperLimitBreach | null {
  const meals = days.find((d) => d.day === day)?.meals ?? [];
  for (const nutrient of req.foodUlNutrients) {
    const ul = req.intakes[nutrient].ul;
    if (ul === null) continue;
    const total = meals
      .flatMap((meal) => mealParts(meal, req))
      .reduce((sum, part) => sum + part.dish.perServing[nutrient] * part.portion, 0);
    if (total > ul) return { day, nutrient, total, ul };
  }
  return null;
}

/** The plan's days with one meal's dish replaced (the portion stays). */
export function withDishInSlot(
  days: readonly PlanDay[],
  day: number,
  slot: string,
  dishId: number,
): PlanDay[] {
  return days.map((d) =>
    d.day !== day
      ? d
      : { ...d, meals: d.meals.map((meal) => (meal.slot === slot ? { ...meal, dishId } : meal)) },
  );
}

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** Day 0 is Monday. */
export function longWeekday(day: number): string {
  return WEEKDAYS[day] ?? `day ${day + 1}`;
}
