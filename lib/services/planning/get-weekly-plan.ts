import { getDatabase, type Db } from "@/lib/db";
import { findPlan, findPlanForWeek, listPlanWeeks } from "@/lib/db/plans";
import { AppError } from "@/lib/errors/app-error";
import { readPlanResult, type PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext } from "@/lib/services/planning/planning-context";

/**
 * A saved plan of this user. By id: NOT_FOUND when it does not exist or is someone else's. By week: null
 * when that week has no plan yet. Either way PROFILE_REQUIRED when the user has no profile, so pages can
 * say "fill in your profile first" instead of offering a Generate button that cannot work.
 */
export async function getWeeklyPlan(userId: string, which: { planId: number }, db?: Db): Promise<PlanResult>;
export async function getWeeklyPlan(
  userId: string,
  which: { weekStart: string },
  db?: Db,
): Promise<PlanResult | null>;
export async function getWeeklyPlan(
  userId: string,
  which: { planId: number } | { weekStart: string },
  db: Db = getDatabase(),
): Promise<PlanResult | null> {
  const database = await db;
  // The plan and the profile in parallel: a page view waits for one round trip instead of two.
  const [plan, context] = await Promise.all([
    "planId" in which
      ? findPlan(database, userId, which.planId)
      : findPlanForWeek(database, userId, which.weekStart),
    loadPlanningContext(database, userId),
  ]);
  if (!plan) {
    if ("planId" in which) throw AppError.notFound("Plan");
    return null;
  }
  return readPlanResult(database, userId, plan, context);
}

export async function listPlannedWeeks(userId: string, db: Db = getDatabase()) {
  return listPlanWeeks(await db, userId);
}
