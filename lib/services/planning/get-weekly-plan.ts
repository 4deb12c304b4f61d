import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import { findPlan, findPlanForWeek, listPlanWeeks } from "../../db/plans";
import { planResult, type PlanResult } from "./plan-result";
import { loadPlanningContext } from "./planning-context";

/** A saved plan of this user, by id or by week; null when there is none (or it is someone else's). */
export async function getWeeklyPlan(
  userId: string,
  which: { planId: number } | { weekStart: string },
  db: Database | Promise<Database> = getDatabase(),
): Promise<PlanResult | null> {
  const database = await db;
  const plan =
    "planId" in which
      ? await findPlan(database, userId, which.planId)
      : await findPlanForWeek(database, userId, which.weekStart);
  if (!plan) return null;
  const context = await loadPlanningContext(database, userId);
  return planResult(plan, context.request, context.profile);
}

export async function listPlannedWeeks(userId: string, db: Database | Promise<Database> = getDatabase()) {
  return listPlanWeeks(await db, userId);
}
