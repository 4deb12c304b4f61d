import { getDatabase, type Db } from "@/lib/db";
import { findPlanForWeek } from "@/lib/db/plans";
import { AppError } from "@/lib/errors/app-error";
import { readPlanResult, type PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext } from "@/lib/services/planning/planning-context";
import { solveAndSaveWeek } from "@/lib/services/planning/solve-week";

/**
 * Replaces only the meals of a week that break the profile as it is now (its conflicts), keeping every
 * other meal where it is, at its portion, locked or not as before. Nothing to replace: the plan as is.
 * NOT_FOUND when the user has no plan that week.
 */
export async function replaceConflictingMeals(
  userId: string,
  options: { weekStart: string },
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const [baseContext, existing] = await Promise.all([
    loadPlanningContext(database, userId),
    findPlanForWeek(database, userId, options.weekStart),
  ]);
  if (!existing) throw AppError.notFound("Plan");
  const current = await readPlanResult(database, userId, existing, baseContext);
  if (current.follow.conflicts.length === 0) return current;
  const key = (day: number, slot: string) => `${day}:${slot}`;
  const conflicting = new Set(current.follow.conflicts.map((conflict) => key(conflict.day, conflict.slot)));
  const wasLocked = new Map(existing.entries.map((entry) => [key(entry.day, entry.slot), entry.locked]));
  const count = current.follow.conflicts.length;
  return solveAndSaveWeek(database, userId, {
    weekStart: existing.weekStart,
    baseContext,
    existing,
    relaxations: existing.relaxations,
    // The rest of the week is held in place for this solve only; afterwards it is locked as it was.
    locked: existing.entries
      .filter((entry) => !conflicting.has(key(entry.day, entry.slot)))
      .map((entry) => ({ day: entry.day, slot: entry.slot, dishId: entry.recipeId, portion: entry.portion })),
    lockedAfter: (day, slot) => wasLocked.get(key(day, slot)) === true && !conflicting.has(key(day, slot)),
    label: `replace ${count} ${count === 1 ? "meal" : "meals"} that broke your profile`,
  });
}
