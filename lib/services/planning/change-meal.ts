import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan, undoLastPlanChange, updatePlanEntries, type PlanEntryRecord } from "@/lib/db/plans";
import { mealAlternatives, type MealAlternative } from "@/lib/planner/alternatives";
import { exclusionReason, resolveRequest } from "@/lib/planner/request";
import type { Slot } from "@/lib/planner/types";
import { daysOf, planResult, type PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext } from "@/lib/services/planning/planning-context";

export class MealChangeError extends Error {}

type Db = Database | Promise<Database>;

async function changeEntries(
  userId: string,
  planId: number,
  label: string,
  change: (entries: PlanEntryRecord[]) => PlanEntryRecord[],
  db: Db,
): Promise<PlanResult | null> {
  const database = await db;
  const context = await loadPlanningContext(database, userId);
  const stored = await updatePlanEntries(database, userId, planId, change, label);
  return stored ? planResult(stored, context.request, context.profile) : null;
}

/** Puts another allowed dish into one slot (the user's choice among the alternatives). */
export async function swapMeal(
  userId: string,
  input: { planId: number; day: number; slot: Slot; recipeId: number },
  db: Db = getDatabase(),
): Promise<PlanResult | null> {
  const context = await loadPlanningContext(await db, userId);
  const req = resolveRequest(context.request);
  const dish = req.dishById.get(input.recipeId);
  if (!dish || !dish.mealTypes.includes(input.slot) || exclusionReason(dish, req) !== null) {
    throw new MealChangeError("That dish does not fit this meal or your profile.");
  }
  return changeEntries(
    userId,
    input.planId,
    `swap ${input.slot} of day ${input.day + 1}`,
    (entries) =>
      entries.map((entry) =>
        entry.day === input.day && entry.slot === input.slot
          ? { ...entry, recipeId: input.recipeId, locked: false }
          : entry,
      ),
    db,
  );
}

export async function setMealLocked(
  userId: string,
  input: { planId: number; day: number; slot: Slot; locked: boolean },
  db: Db = getDatabase(),
): Promise<PlanResult | null> {
  return changeEntries(
    userId,
    input.planId,
    `${input.locked ? "lock" : "unlock"} ${input.slot} of day ${input.day + 1}`,
    (entries) =>
      entries.map((entry) =>
        entry.day === input.day && entry.slot === input.slot ? { ...entry, locked: input.locked } : entry,
      ),
    db,
  );
}

export async function undoPlanChange(
  userId: string,
  planId: number,
  db: Db = getDatabase(),
): Promise<PlanResult | null> {
  const database = await db;
  const stored = await undoLastPlanChange(database, userId, planId);
  if (!stored) return null;
  const context = await loadPlanningContext(database, userId);
  return planResult(stored, context.request, context.profile);
}

/** The five best dishes for one slot of a saved plan, with their effect on coverage. */
export async function listMealAlternatives(
  userId: string,
  input: { planId: number; day: number; slot: Slot },
  db: Db = getDatabase(),
): Promise<MealAlternative[] | null> {
  const database = await db;
  const plan = await findPlan(database, userId, input.planId);
  if (!plan) return null;
  const context = await loadPlanningContext(database, userId);
  return mealAlternatives(daysOf(plan.entries), context.request, input.day, input.slot, 5);
}
