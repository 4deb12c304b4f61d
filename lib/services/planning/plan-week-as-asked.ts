import { getDatabase, type Db } from "@/lib/db";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { relaxWeeklyPlan } from "@/lib/services/planning/relax-weekly-plan";
import { replaceConflictingMeals } from "@/lib/services/planning/replace-conflicting-meals";

/**
 * What the week form and POST /api/plans ask for: plan the week (again), or replace only the meals that
 * break the profile (`fix`), or plan it with one more rule relaxed for this week (`relax`).
 */
export async function planWeekAsAsked(
  userId: string,
  options: { weekStart: string; fix?: "conflicts"; relax?: string },
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const { weekStart, fix, relax } = options;
  if (fix) return replaceConflictingMeals(userId, { weekStart }, db);
  if (relax) return relaxWeeklyPlan(userId, { weekStart, relaxation: relax }, db);
  return generateWeeklyPlan(userId, weekStart, db);
}
