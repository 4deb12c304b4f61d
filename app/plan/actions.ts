"use server";

import { revalidatePath } from "next/cache";

import { validatedActionWithUser } from "@/lib/actions/validated-action";
import {
  ZChangeSideSchema,
  ZLockMealSchema,
  ZPlanIdSchema,
  ZSwapMealSchema,
  ZWeekQuerySchema,
} from "@/lib/schemas/plan";
import { changeSide } from "@/lib/services/planning/change-side";
import { setMealLocked, swapMeal, undoPlanChange } from "@/lib/services/planning/change-meal";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";

export const generatePlanAction = validatedActionWithUser(
  ZWeekQuerySchema,
  "/plan",
  async ({ week }, user) => {
    await generateWeeklyPlan(user.id, week);
    revalidatePath("/plan");
    return "Your week is ready.";
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
