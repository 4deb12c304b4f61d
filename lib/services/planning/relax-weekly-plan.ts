import { getDatabase, type Db } from "@/lib/db";
import { findPlanForWeek } from "@/lib/db/plans";
import { AppError } from "@/lib/errors/app-error";
import { isRelaxationId } from "@/lib/planner/relaxations";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext, withRelaxations } from "@/lib/services/planning/planning-context";
import { keptLockedMeals, solveAndSaveWeek } from "@/lib/services/planning/solve-week";

/**
 * Plans a week again with one more rule relaxed for that week only (allow a dish three times, widen the
 * energy window, drop one dislike): the profile is not changed, and the week keeps the relaxation when it
 * is regenerated. UNPROCESSABLE for an unknown relaxation.
 */
export async function relaxWeeklyPlan(
  userId: string,
  options: { weekStart: string; relaxation: string },
  db: Db = getDatabase(),
): Promise<PlanResult> {
  if (!isRelaxationId(options.relaxation)) {
    throw new AppError("UNPROCESSABLE", "That is not a rule this week can relax.");
  }
  const database = await db;
  const [baseContext, existing] = await Promise.all([
    loadPlanningContext(database, userId),
    findPlanForWeek(database, userId, options.weekStart),
  ]);
  const relaxations = [...new Set([...(existing?.relaxations ?? []), options.relaxation])];
  return solveAndSaveWeek(database, userId, {
    weekStart: options.weekStart,
    baseContext,
    existing,
    relaxations,
    locked: keptLockedMeals(existing, withRelaxations(baseContext, relaxations, options.weekStart)),
    label: "relax a rule for this week",
  });
}
