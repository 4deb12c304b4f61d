"use server";

import { revalidatePath } from "next/cache";

import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { weekReadyMessage } from "@/lib/planner/follow-warnings";
import {
  ZChangeSideSchema,
  ZGenerateWeekFormSchema,
  ZLockMealSchema,
  ZPlanIdSchema,
  ZSwapMealSchema,
} from "@/lib/schemas/plan";
import { changeSide } from "@/lib/services/planning/change-side";
import { setMealLocked, swapMeal, undoPlanChange } from "@/lib/services/planning/change-meal";
import { planWeekAsAsked } from "@/lib/services/planning/plan-week-as-asked";

/** Generates the week, or replaces only its conflicting meals (fix), or plans it with a rule relaxed. */
export const generatePlanAction = validatedActionWithUser(
  ZGenerateWeekFormSchema,
  "/plan",
  async ({ week, fix, relax }, user) => {
    const result = await planWeekAsAsked(user.id, { weekStart: week, fix, relax });
    revalidatePath("/plan");
    return weekReadyMessage(result.follow);
  },
);

export const swapMealAction = validatedActionWithUser(ZSwapMealSchema, "/plan", async (input, user) => {
  await swapMeal(user.id, input);
  revalidatePath("/plan");
  return "Meal swapped. You can undo it.";
});

export const changeSideAction = validatedActionWithUser(ZChangeSideSchema, "/plan", async (input, user) => {
  await changeSide(user.id, input);
  revalidatePath("/plan");
  return input.sideId === null ? "Side removed. You can undo it." : "Side changed. You can undo it.";
});

export const lockMealAction = validatedActionWithUser(ZLockMealSchema, "/plan", async (input, user) => {
  await setMealLocked(user.id, input);
  revalidatePath("/plan");
  return input.locked ? "Meal locked: regenerating keeps it." : "Meal unlocked.";
});

export const undoPlanChangeAction = validatedActionWithUser(
  ZPlanIdSchema,
  "/plan",
  async ({ planId }, user) => {
    await undoPlanChange(user.id, planId);
    revalidatePath("/plan");
    return "Last change undone.";
  },
);
