import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan, findPlanForWeek, listPlanWeeks } from "@/lib/db/plans";
import { planResult, type PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext, ProfileRequiredError } from "@/lib/services/planning/planning-context";

/** A saved plan of this user, by id or by week; null when there is none (or it is someone else's). */
export async function getWeeklyPlan(
  userId: string,
  which: { planId: number } | { weekStart: string },
  db: Database | Promise<Database> = getDatabase(),
): Promise<PlanResult | null> {
  const database = await db;
  // The plan and the profile in parallel: a page view waits for one round trip instead of two.
  const [plan, context] = await Promise.all([
    "planId" in which
      ? findPlan(database, userId, which.planId)
      : findPlanForWeek(database, userId, which.weekStart),
    loadPlanningContext(database, userId).catch((error: unknown) => {
      // No profile, no plan: a plan is only ever saved for a profile.
      if (error instanceof ProfileRequiredError) return null;
      throw error;
    }),
  ]);
  if (!plan || !context) return null;
  return planResult(plan, context.request, context.profile);
}

export async function listPlannedWeeks(userId: string, db: Database | Promise<Database> = getDatabase()) {
  return listPlanWeeks(await db, userId);
}
