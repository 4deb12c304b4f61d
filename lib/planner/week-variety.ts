// How varied a saved week is, as a person notices it: distinct dishes, and how many came back from
// the week before. Pure.
import type { PlanDay } from "@/lib/planner/types";

export interface WeekVariety {
  /** Distinct main dishes of the week. */
  distinctDishes: number;
  meals: number;
  /** Distinct dishes of this week that the previous week's saved plan also has; null without one. */
  overlapWithLastWeek: number | null;
}

export function weekVariety(
  days: readonly PlanDay[],
  lastWeekDishIds: readonly number[] | null,
): WeekVariety {
  const dishIds = new Set(days.flatMap((day) => day.meals.map((meal) => meal.dishId)));
  const lastWeek = lastWeekDishIds === null ? null : new Set(lastWeekDishIds);
  return {
    distinctDishes: dishIds.size,
    meals: days.reduce((sum, day) => sum + day.meals.length, 0),
    overlapWithLastWeek: lastWeek === null ? null : [...dishIds].filter((id) => lastWeek.has(id)).length,
  };
}

/** "21 different dishes in 28 meals; 4 of them were also planned last week." */
export function varietySentence(variety: WeekVariety): string {
  const dishes = `${variety.distinctDishes} different ${variety.distinctDishes === 1 ? "dish" : "dishes"} in ${variety.meals} meals`;
  if (variety.overlapWithLastWeek === null) return `${dishes}.`;
  const overlap = variety.overlapWithLastWeek;
  if (overlap === 0) return `${dishes}; none of them was planned last week.`;
  return `${dishes}; ${overlap} of them ${overlap === 1 ? "was" : "were"} also planned last week.`;
}
