// Vitamin B12 spread over the day, for a vegan who relies on fortified foods. Pure.
//
// Absorption from one dose saturates (the intrinsic-factor route takes about 1.5-2 µg a meal), so the
// Vegan Society's guidance for those without a supplement is fortified foods at least twice a day for
// at least 3 µg a day (NIH ODS vitamin B12 fact sheet, docs/NUTRITION.md). A meal "carries B12" when it
// supplies at least B12_MEAL_THRESHOLD_MCG, main dish and sides together; a day should have
// B12_MEALS_PER_DAY such meals. A soft rule: each meal a day lacks costs B12_SPREAD_WEIGHT points, in
// `planObjective` and in stage B's placement (stage A does not see days).
import type { ResolvedRequest } from "@/lib/planner/request";
import { DAYS_PER_WEEK, type PlanDay, type PlannedMeal } from "@/lib/planner/types";

/** A meal carries B12 from this many µg (a glass of fortified soy milk is about 1 µg). */
export const B12_MEAL_THRESHOLD_MCG = 0.5;
/** Meals a day that should carry B12. */
export const B12_MEALS_PER_DAY = 2;
/** Points per meal a day lacks (a week short by one meal every day: 7 × this). */
export const B12_SPREAD_WEIGHT = 0.5;

/** The soft penalty of one day with `carrying` meals that carry B12. */
export function b12SpreadDayPenalty(carrying: number): number {
  return B12_SPREAD_WEIGHT * Math.max(0, B12_MEALS_PER_DAY - carrying);
}

/** Whether a meal's B12 (µg, main dish and sides) counts as carrying B12. */
export function carriesB12(b12Mcg: number): boolean {
  return b12Mcg >= B12_MEAL_THRESHOLD_MCG - 1e-9;
}

/** µg of B12 one meal supplies, main dish and sides at their portions. */
export function mealB12Mcg(meal: PlannedMeal, req: Pick<ResolvedRequest, "dishById" | "sideById">): number {
  const main = (req.dishById.get(meal.dishId)?.perServing.vitaminB12Mcg ?? 0) * meal.portion;
  const sides = (meal.sides ?? []).reduce(
    (acc, s) => acc + (req.sideById.get(s.sideId)?.perServing.vitaminB12Mcg ?? 0) * s.portion,
    0,
  );
  return main + sides;
}

/** How a week spreads its B12: what the plan JSON carries as `b12Spread`. */
export interface B12Spread {
  /** The plan relies on fortified foods for B12 (a vegan with no B12 supplement recorded). */
  relied: true;
  /** Days of the week (7). */
  days: number;
  /** Days with at least B12_MEALS_PER_DAY meals that carry B12. */
  daysWithTwoMeals: number;
  /** Per day (0 = Monday), the meals that carry B12. */
  mealsPerDay: number[];
  thresholdMcg: number;
}

/** Meals carrying B12 on each day of the week. */
export function b12MealsPerDay(days: readonly PlanDay[], req: ResolvedRequest): number[] {
  return Array.from({ length: DAYS_PER_WEEK }, (_, d) => {
    const meals = days.find((day) => day.day === d)?.meals ?? [];
    return meals.filter((meal) => carriesB12(mealB12Mcg(meal, req))).length;
  });
}

/** The week's B12 spread, or null when the plan does not rely on fortified foods for it. */
export function b12Spread(days: readonly PlanDay[], req: ResolvedRequest): B12Spread | null {
  if (!req.spreadB12) return null;
  const mealsPerDay = b12MealsPerDay(days, req);
  return {
    relied: true,
    days: DAYS_PER_WEEK,
    daysWithTwoMeals: mealsPerDay.filter((n) => n >= B12_MEALS_PER_DAY).length,
    mealsPerDay,
    thresholdMcg: B12_MEAL_THRESHOLD_MCG,
  };
}

/** One sentence for the plan page: how many days carry B12 in two meals. */
export function b12SpreadSentence(spread: B12Spread): string {
  const { daysWithTwoMeals, days } = spread;
  const which = daysWithTwoMeals === days ? `every day` : `${daysWithTwoMeals} of ${days} days`;
  return `fortified foods in at least two meals on ${which} (the body absorbs only part of a large single dose).`;
}
