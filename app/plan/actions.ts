"use server";

import { revalidatePath } from "next/cache";

import { validatedActionWithUser, type ActionState } from "@/lib/actions/validated-action";
import { mondayOf } from "@/lib/planner/week";
import { ZLockMealSchema, ZPlanIdSchema, ZSwapMealSchema, ZWeekQuerySchema } from "@/lib/schemas/plan";
import {
  MealChangeError,
  setMealLocked,
  swapMeal,
  undoPlanChange,
} from "@/lib/services/planning/change-meal";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { ProfileRequiredError } from "@/lib/services/planning/planning-context";

const failed = (message: string): ActionState => ({ status: "error", message, fieldErrors: {}, values: {} });

export const generatePlanAction = validatedActionWithUser(
  ZWeekQuerySchema,
  "/plan",
  async ({ week }, user) => {
    try {
      await generateWeeklyPlan(user.id, mondayOf(week ? new Date(`${week}T00:00:00Z`) : new Date()));
    } catch (error) {
      if (error instanceof ProfileRequiredError) return failed(error.message);
      throw error;
    }
    revalidatePath("/plan");
    return { status: "success", message: "Your week is ready." };
  },
);

export const swapMealAction = validatedActionWithUser(ZSwapMealSchema, "/plan", async (input, user) => {
  try {
    if (!(await swapMeal(user.id, input))) return failed("That plan was not found.");
  } catch (error) {
    if (error instanceof MealChangeError) return failed(error.message);
    throw error;
  }
  revalidatePath("/plan");
  return { status: "success", message: "Meal swapped. You can undo it." };
});

export const lockMealAction = validatedActionWithUser(ZLockMealSchema, "/plan", async (input, user) => {
  if (!(await setMealLocked(user.id, input))) return failed("That plan was not found.");
  revalidatePath("/plan");
  return {
    status: "success",
    message: input.locked ? "Meal locked: regenerating keeps it." : "Meal unlocked.",
  };
});

export const undoPlanChangeAction = validatedActionWithUser(
  ZPlanIdSchema,
  "/plan",
  async ({ planId }, user) => {
    if (!(await undoPlanChange(user.id, planId))) return failed("That plan was not found.");
    revalidatePath("/plan");
    return { status: "success", message: "Last change undone." };
  },
);

export type PlanAction = typeof generatePlanAction;
