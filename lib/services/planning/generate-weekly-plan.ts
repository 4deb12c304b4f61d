import { getDatabase, type Db } from "@/lib/db";
import { findPlanForWeek } from "@/lib/db/plans";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext, withRelaxations } from "@/lib/services/planning/planning-context";
import { keptLockedMeals, solveAndSaveWeek } from "@/lib/services/planning/solve-week";

/**
 * Builds (or rebuilds, keeping locked meals) the user's plan for a week and saves it atomically with
 * the profile version it used. The solve runs in a worker thread with a time limit. A week keeps the
 * rules it relaxed (relax-weekly-plan.ts); a locked meal the profile now forbids is replaced.
 */
export async function generateWeeklyPlan(
  userId: string,
  weekStart: string,
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const [baseContext, existing] = await Promise.all([
    loadPlanningContext(database, userId),
    findPlanForWeek(database, userId, weekStart),
  ]);
  const relaxations = existing?.relaxations ?? [];
  return solveAndSaveWeek(database, userId, {
    weekStart,
    baseContext,
    existing,
    relaxations,
    locked: keptLockedMeals(existing, withRelaxations(baseContext, relaxations, weekStart)),
    label: existing ? "regenerate" : "generate",
  });
}
