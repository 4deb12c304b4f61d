import { getDatabase, type Db } from "@/lib/db";
import { findPlanForWeek, savePlanForWeek } from "@/lib/db/plans";
import type { LockedMeal, WeekPlan } from "@/lib/planner/types";
import { planResult, type PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext, recentDishIds } from "@/lib/services/planning/planning-context";
import { solveInWorker } from "@/lib/services/planning/solver-pool";

/**
 * Builds (or rebuilds, keeping locked meals) the user's plan for a week and saves it atomically with
 * the profile version it used. The solve runs in a worker thread with a time limit.
 */
export async function generateWeeklyPlan(
  userId: string,
  weekStart: string,
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const context = await loadPlanningContext(database, userId);
  const [existing, recent] = await Promise.all([
    findPlanForWeek(database, userId, weekStart),
    recentDishIds(database, userId, weekStart),
  ]);
  const dishIds = new Set(context.request.dishes.map((dish) => dish.id));
  const locked: LockedMeal[] = (existing?.entries ?? [])
    .filter((entry) => entry.locked && dishIds.has(entry.recipeId))
    .map((entry) => ({ day: entry.day, slot: entry.slot, dishId: entry.recipeId, portion: entry.portion }));
  // A new seed per regeneration gives a fresh plan; the same inputs and seed give the same plan.
  const seed = existing ? (existing.updatedAt.getTime() % 1_000_000) + 1 : 1;
  const solved: WeekPlan = await solveInWorker({ ...context.request, locked, seed, recentDishIds: recent });
  const stored = await savePlanForWeek(
    database,
    {
      userId,
      weekStart,
      profileVersion: context.profileVersion,
      solver: solved.solver,
      entries: solved.days.flatMap((day) =>
        day.meals.map((meal) => ({
          day: day.day,
          slot: meal.slot,
          recipeId: meal.dishId,
          portion: meal.portion,
          locked: meal.locked,
          sides: meal.sides ?? [],
        })),
      ),
    },
    existing ? "regenerate" : "generate",
  );
  return planResult(stored, context.request, context.profile);
}
