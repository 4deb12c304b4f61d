import type { Database } from "@/lib/db/client";
import { savePlanForWeek, type StoredPlan } from "@/lib/db/plans";
import { exclusionReason, resolveRequest } from "@/lib/planner/request";
import type { LockedMeal, WeekPlan } from "@/lib/planner/types";
import { readPlanResult, type PlanResult } from "@/lib/services/planning/plan-result";
import {
  filledWeek,
  recentDishIds,
  withRelaxations,
  type PlanningContext,
} from "@/lib/services/planning/planning-context";
import { solveWithinUpperLimits } from "@/lib/services/planning/solve-within-upper-limits";

/** The meals of a saved plan that stay where they are: locked, and still allowed by the week's rules. */
export function keptLockedMeals(existing: StoredPlan | null, context: PlanningContext): LockedMeal[] {
  const req = resolveRequest(context.request);
  return (existing?.entries ?? [])
    .filter((entry) => {
      const dish = req.dishById.get(entry.recipeId);
      // A locked meal the profile now forbids (a new allergy) is replaced, never kept.
      return entry.locked && dish !== undefined && exclusionReason(dish, req) === null;
    })
    .map((entry) => ({ day: entry.day, slot: entry.slot, dishId: entry.recipeId, portion: entry.portion }));
}

/**
 * Solves a week (in a worker, with a time limit) keeping `locked` where they are, and saves it with the
 * profile version and the week's relaxations, atomically, with an undo step labelled `label`.
 */
export async function solveAndSaveWeek(
  database: Database,
  userId: string,
  input: {
    weekStart: string;
    baseContext: PlanningContext;
    existing: StoredPlan | null;
    relaxations: readonly string[];
    locked: readonly LockedMeal[];
    /** Whether each day-slot ends up locked (default: as the planner says: the locked ones). */
    lockedAfter?: (day: number, slot: string) => boolean;
    label: string;
  },
): Promise<PlanResult> {
  const context = withRelaxations(input.baseContext, input.relaxations, input.weekStart);
  const recent = await recentDishIds(database, userId, input.weekStart);
  // A new seed per regeneration gives a fresh plan; the same inputs and seed give the same plan.
  const seed = input.existing ? (input.existing.updatedAt.getTime() % 1_000_000) + 1 : 1;
  const solved: WeekPlan = await solveWithinUpperLimits(
    { ...context.request, locked: [...input.locked], seed, recentDishIds: recent },
    context.catalogue,
  );
  const stored = await savePlanForWeek(
    database,
    {
      userId,
      weekStart: input.weekStart,
      profileVersion: context.profileVersion,
      solver: solved.solver,
      relaxations: [...context.relaxations],
      favouring: solved.favouring,
      entries: filledWeek(solved.days, context.request, context.catalogue).flatMap((day) =>
        day.meals.map((meal) => ({
          day: day.day,
          slot: meal.slot,
          recipeId: meal.dishId,
          portion: meal.portion,
          locked: input.lockedAfter ? input.lockedAfter(day.day, meal.slot) : meal.locked,
          sides: meal.sides ?? [],
        })),
      ),
    },
    input.label,
  );
  return readPlanResult(database, userId, stored, input.baseContext);
}
