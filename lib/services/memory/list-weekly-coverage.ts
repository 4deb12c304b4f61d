import { getDatabase, type Db } from "@/lib/db";
import { findPlanWeeksWithLogs } from "@/lib/db/memory";
import { isAppError } from "@/lib/errors/app-error";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { eatenCoverage } from "@/lib/planner/eaten-coverage";
import { viewPlan } from "@/lib/planner/plan-view";
import { mondayOf, shiftWeek } from "@/lib/planner/week";
import { dailyTargetsOf } from "@/lib/services/memory/plan-memory-view";
import { viewRequestOf } from "@/lib/services/memory/planning-memory";
import { daysOf } from "@/lib/services/planning/plan-result";
import { loadPlanningContext } from "@/lib/services/planning/planning-context";

export interface WeekCoverage {
  weekStart: string;
  /** % of the weekly target, per nutrient; null when the week has no plan. */
  planned: Record<TargetNutrient, number> | null;
  /** Null when no meal of the week was logged. */
  eaten: Record<TargetNutrient, number> | null;
  loggedMeals: number;
}

const pick = (value: (n: TargetNutrient) => number) =>
  Object.fromEntries(TARGET_NUTRIENTS.map((n) => [n, value(n)])) as Record<TargetNutrient, number>;

/** Planned and eaten coverage of each of the last `weeks` weeks (oldest first), against today's targets. */
export async function listWeeklyCoverage(
  userId: string,
  weeks = 12,
  db: Db = getDatabase(),
  today = new Date(),
): Promise<WeekCoverage[]> {
  const database = await db;
  let context;
  try {
    context = await loadPlanningContext(database, userId, today);
  } catch (error) {
    if (isAppError(error) && error.code === "PROFILE_REQUIRED") return [];
    throw error;
  }
  const thisWeek = mondayOf(today);
  const first = shiftWeek(thisWeek, -(weeks - 1));
  const plans = new Map((await findPlanWeeksWithLogs(database, userId, first)).map((p) => [p.weekStart, p]));
  const request = viewRequestOf(context.request);
  return Array.from({ length: weeks }, (_, i) => {
    const weekStart = shiftWeek(first, i);
    const plan = plans.get(weekStart);
    if (!plan) return { weekStart, planned: null, eaten: null, loggedMeals: 0 };
    const view = viewPlan(daysOf(plan.entries), request);
    const eaten = eatenCoverage(plan.logs, dailyTargetsOf(view));
    return {
      weekStart,
      planned: pick((n) => view.coverage[n].percent),
      eaten: eaten.loggedMeals > 0 ? pick((n) => eaten.week[n].percent) : null,
      loggedMeals: eaten.loggedMeals,
    };
  });
}
