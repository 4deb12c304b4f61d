import { getDatabase, type Db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { findPlan, undoLastPlanChange, updatePlanEntries, type PlanEntryRecord } from "@/lib/db/plans";
import { mealAlternatives, type MealAlternative } from "@/lib/planner/alternatives";
import { exclusionReason, resolveRequest } from "@/lib/planner/request";
import { dayAboveUpperLimit, longWeekday, type UpperLimitBreach } from "@/lib/planner/daily-upper-limits";
import { slotMealType, slotName, type Slot } from "@/lib/planner/types";
import { formatAmount, NUTRIENT_META } from "@/lib/nutrition/units";
import { daysOf, readPlanResult, type PlanResult } from "@/lib/services/planning/plan-result";
import {
  eatenRequestOf,
  loadPlanningContext,
  type PlanningContext,
} from "@/lib/services/planning/planning-context";

/** Changes a saved plan's entries (with an undo step); NOT_FOUND when the plan is not the user's. */
async function changeEntries(
  database: Database,
  context: PlanningContext,
  change: { userId: string; planId: number; label: string },
  edit: (entries: PlanEntryRecord[]) => PlanEntryRecord[],
): Promise<PlanResult> {
  const stored = await updatePlanEntries(database, change.userId, change.planId, edit, change.label);
  if (!stored) throw AppError.notFound("Plan");
  return readPlanResult(database, change.userId, stored, context);
}

/** Puts another allowed dish into one slot (the user's choice among the alternatives). */
export async function swapMeal(
  userId: string,
  input: { planId: number; day: number; slot: Slot; recipeId: number },
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const context = await loadPlanningContext(database, userId);
  const req = resolveRequest(context.request);
  // Upper limits are about what is eaten (the planner counts calcium milk-equivalent).
  const eatenReq = resolveRequest(eatenRequestOf(context.request, context.catalogue));
  const dish = req.dishById.get(input.recipeId);
  if (
    !dish ||
    dish.retired ||
    !dish.mealTypes.includes(slotMealType(input.slot)) ||
    exclusionReason(dish, req) !== null
  ) {
    throw new AppError("UNPROCESSABLE", "That dish does not fit this meal or your profile.");
  }
  const label = `swap ${slotName(input.slot)} of day ${input.day + 1}`;
  return changeEntries(database, context, { userId, planId: input.planId, label }, (entries) => {
    const swapped = entries.map((entry) =>
      entry.day === input.day && entry.slot === input.slot
        ? { ...entry, recipeId: input.recipeId, locked: false }
        : entry,
    );
    const breach = dayAboveUpperLimit(daysOf(swapped), input.day, eatenReq);
    if (breach) throw upperLimitRefusal(breach);
    return swapped;
  });
}

/** Refuses a swap in words: which day, which nutrient, how far above its daily upper limit. */
function upperLimitRefusal({ day, nutrient, total, ul }: UpperLimitBreach): AppError {
  const label = NUTRIENT_META[nutrient].label.toLowerCase();
  return new AppError(
    "UNPROCESSABLE",
    `That swap would put ${longWeekday(day)}'s ${label} at ${formatAmount(nutrient, total)}, above its safe daily upper limit of ${formatAmount(nutrient, ul)}. Choose another dish.`,
  );
}

export async function setMealLocked(
  userId: string,
  input: { planId: number; day: number; slot: Slot; locked: boolean },
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const context = await loadPlanningContext(database, userId);
  const label = `${input.locked ? "lock" : "unlock"} ${slotName(input.slot)} of day ${input.day + 1}`;
  return changeEntries(database, context, { userId, planId: input.planId, label }, (entries) =>
    entries.map((entry) =>
      entry.day === input.day && entry.slot === input.slot ? { ...entry, locked: input.locked } : entry,
    ),
  );
}

export async function undoPlanChange(
  userId: string,
  planId: number,
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const stored = await undoLastPlanChange(database, userId, planId);
  if (!stored) throw AppError.notFound("Plan");
  const context = await loadPlanningContext(database, userId);
  return readPlanResult(database, userId, stored, context);
}

/** The five best dishes for one slot of a saved plan, with their effect on coverage. */
export async function listMealAlternatives(
  userId: string,
  input: { planId: number; day: number; slot: Slot },
  db: Db = getDatabase(),
): Promise<MealAlternative[]> {
  const database = await db;
  const plan = await findPlan(database, userId, input.planId);
  if (!plan) throw AppError.notFound("Plan");
  const context = await loadPlanningContext(database, userId);
  const eaten = eatenRequestOf(context.request, context.catalogue);
  return mealAlternatives(daysOf(plan.entries), context.request, input.day, input.slot, 5, eaten);
}
