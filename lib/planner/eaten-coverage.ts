// What was actually eaten of a plan, against the same targets as the plan's coverage. Pure.
//
// A meal counts when it is marked eaten or replaced (with what replaced it); a skipped meal or one not
// logged yet adds nothing. Amounts are those stored when the meal was logged.
import { COVERAGE_KEYS, type CoverageKey } from "@/lib/planner/plan-view";
import { DAYS_PER_WEEK, type Slot } from "@/lib/planner/types";

export const MEAL_LOG_STATUSES = ["eaten", "skipped", "replaced"] as const;
export type MealLogStatus = (typeof MEAL_LOG_STATUSES)[number];

export interface MealLogRecord {
  day: number;
  slot: Slot;
  status: MealLogStatus;
  recipeId: number | null;
  foodId: number | null;
  grams: number | null;
  /** What replaced the meal, in words as logged ("Lentil soup", "150 g Bananas, raw"); null otherwise. */
  replacementName: string | null;
  /** What the meal supplied as eaten (zero when skipped). */
  nutrients: Record<CoverageKey, number>;
}

export interface EatenAmount {
  total: number;
  target: number;
  /** total / target × 100, not capped. */
  percent: number;
}

export interface EatenCoverage {
  week: Record<CoverageKey, EatenAmount>;
  days: { day: number; coverage: Record<CoverageKey, EatenAmount>; loggedMeals: number }[];
  loggedMeals: number;
  skippedMeals: number;
}

export function zeroNutrients(): Record<CoverageKey, number> {
  return Object.fromEntries(COVERAGE_KEYS.map((k) => [k, 0])) as Record<CoverageKey, number>;
}

function amounts(logs: readonly MealLogRecord[], targetPerDay: Record<CoverageKey, number>, days: number) {
  return Object.fromEntries(
    COVERAGE_KEYS.map((key) => {
      const total = logs.reduce((sum, log) => sum + (log.status === "skipped" ? 0 : log.nutrients[key]), 0);
      const target = targetPerDay[key] * days;
      return [key, { total, target, percent: target > 0 ? (100 * total) / target : 0 }];
    }),
  ) as Record<CoverageKey, EatenAmount>;
}

/** Eaten coverage per day and for the week; `targetPerDay` are the plan's daily targets. */
export function eatenCoverage(
  logs: readonly MealLogRecord[],
  targetPerDay: Record<CoverageKey, number>,
): EatenCoverage {
  return {
    week: amounts(logs, targetPerDay, DAYS_PER_WEEK),
    days: Array.from({ length: DAYS_PER_WEEK }, (_, day) => {
      const ofDay = logs.filter((log) => log.day === day);
      return { day, coverage: amounts(ofDay, targetPerDay, 1), loggedMeals: ofDay.length };
    }),
    loggedMeals: logs.length,
    skippedMeals: logs.filter((log) => log.status === "skipped").length,
  };
}
