import { getDatabase, type Db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findFoodById } from "@/lib/db/foods";
import { upsertMealLogs } from "@/lib/db/memory";
import { findPlan, type StoredPlan } from "@/lib/db/plans";
import { AppError } from "@/lib/errors/app-error";
import { zeroNutrients, type MealLogRecord, type MealLogStatus } from "@/lib/planner/eaten-coverage";
import { COVERAGE_KEYS, type CoverageKey } from "@/lib/planner/plan-view";
import { formatNumber } from "@/lib/nutrition/units";
import type { Dish, Slot } from "@/lib/planner/types";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { withOwnDishes } from "@/lib/services/planning/own-dishes";
import { loadPlanningCatalogue } from "@/lib/services/planning/planning-context";

export interface MealLogInput {
  planId: number;
  day: number;
  slot: Slot;
  status: MealLogStatus;
  recipeId?: number;
  foodId?: number;
  grams?: number;
}

function dishNutrients(dish: Dish, portion: number): Record<CoverageKey, number> {
  return Object.fromEntries(COVERAGE_KEYS.map((k) => [k, dish.perServing[k] * portion])) as Record<
    CoverageKey,
    number
  >;
}

/** The catalogue's dishes and the user's own (a meal may be, or be replaced by, one of their recipes). */
async function dishesOf(database: Database, userId: string): Promise<Dish[]> {
  return (await withOwnDishes(database, userId, await loadPlanningCatalogue(database))).dishes;
}

async function planOf(database: Database, userId: string, planId: number): Promise<StoredPlan> {
  const plan = await findPlan(database, userId, planId);
  if (!plan) throw AppError.notFound("Plan");
  return plan;
}

/** What the logged meal supplied, and what replaced it in words: the planned dish, a dish or food, or nothing. */
async function loggedMeal(
  database: Database,
  userId: string,
  plan: StoredPlan,
  input: MealLogInput,
): Promise<Pick<MealLogRecord, "nutrients" | "replacementName">> {
  if (input.status === "skipped") return { nutrients: zeroNutrients(), replacementName: null };
  const planned = plan.entries.find((e) => e.day === input.day && e.slot === input.slot);
  if (!planned) throw new AppError("UNPROCESSABLE", "That meal is not in the plan.");
  if (input.foodId !== undefined) {
    const food = await findFoodById(database, input.foodId, userId);
    if (!food) throw AppError.notFound("Food");
    const grams = input.grams ?? 0;
    return {
      nutrients: Object.fromEntries(
        COVERAGE_KEYS.map((k) => [k, ((food.per100g[k] ?? 0) * grams) / 100]),
      ) as Record<CoverageKey, number>,
      replacementName: `${formatNumber(grams)} g ${food.name}`,
    };
  }
  const dishId = input.status === "replaced" ? input.recipeId : planned.recipeId;
  const dish = (await dishesOf(database, userId)).find((d) => d.id === dishId);
  if (!dish) throw AppError.notFound("Recipe");
  return {
    nutrients: dishNutrients(dish, planned.portion),
    replacementName: input.status === "replaced" ? dish.name : null,
  };
}

/** Marks one planned meal eaten, skipped or replaced, and answers the plan with its eaten coverage. */
export async function logMeal(
  userId: string,
  input: MealLogInput,
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const plan = await planOf(database, userId, input.planId);
  const log: MealLogRecord = {
    day: input.day,
    slot: input.slot,
    status: input.status,
    recipeId: input.status === "replaced" ? (input.recipeId ?? null) : null,
    foodId: input.status === "replaced" ? (input.foodId ?? null) : null,
    grams: input.status === "replaced" ? (input.grams ?? null) : null,
    ...(await loggedMeal(database, userId, plan, input)),
  };
  if (!(await upsertMealLogs(database, userId, plan.id, [log]))) throw AppError.notFound("Plan");
  return getWeeklyPlan(userId, { planId: plan.id }, database);
}

/** "Ate the day as planned": every planned meal of the day marked eaten, at its planned portion. */
export async function logDayAsPlanned(
  userId: string,
  input: { planId: number; day: number },
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const plan = await planOf(database, userId, input.planId);
  const byId = new Map((await dishesOf(database, userId)).map((d) => [d.id, d]));
  const logs = plan.entries
    .filter((entry) => entry.day === input.day)
    .map((entry): MealLogRecord => ({
      day: entry.day,
      slot: entry.slot,
      status: "eaten",
      recipeId: null,
      foodId: null,
      grams: null,
      replacementName: null,
      nutrients: byId.has(entry.recipeId)
        ? dishNutrients(byId.get(entry.recipeId)!, entry.portion)
        : zeroNutrients(),
    }));
  if (!(await upsertMealLogs(database, userId, plan.id, logs))) throw AppError.notFound("Plan");
  return getWeeklyPlan(userId, { planId: plan.id }, database);
}
