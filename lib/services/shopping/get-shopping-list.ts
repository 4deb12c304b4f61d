import { getDatabase, type Db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan, findPlanForWeek, type StoredPlan } from "@/lib/db/plans";
import { findProfile } from "@/lib/db/profiles";
import { findAllRecipes } from "@/lib/db/recipes";
import { findPantry, findShoppingState } from "@/lib/db/shopping";
import { AppError } from "@/lib/errors/app-error";
import {
  buildShoppingList,
  groupByAisle,
  type AisleGroup,
  type ShoppingItem,
} from "@/lib/shopping/shopping-list";
import { daysOf } from "@/lib/services/planning/plan-result";

export interface ShoppingListItem extends ShoppingItem {
  checked: boolean;
}

export interface ShoppingListView {
  plan: Pick<StoredPlan, "id" | "weekStart">;
  householdSize: number;
  items: ShoppingListItem[];
  aisles: AisleGroup<ShoppingListItem>[];
  extras: { id: number; text: string; checked: boolean }[];
}

/** What a plan's recipes need for the household, less the pantry (before checks). */
async function listOfPlan(database: Database, userId: string, plan: StoredPlan) {
  const [profile, recipes, pantry] = await Promise.all([
    findProfile(database, userId),
    findAllRecipes(database),
    findPantry(database, userId),
  ]);
  if (!profile) throw AppError.profileRequired();
  const householdSize = profile.profile.householdSize;
  const list = buildShoppingList({
    days: daysOf(plan.entries),
    recipes: new Map(recipes.map((recipe) => [recipe.id, recipe])),
    householdSize,
    pantry,
  });
  return { householdSize, items: list.items };
}

/** The foods on the list of a plan the caller has checked is the user's. */
export async function shoppingFoodIds(database: Database, userId: string, planId: number) {
  const plan = await findPlan(database, userId, planId);
  if (!plan) throw AppError.notFound("Plan");
  const { items } = await listOfPlan(database, userId, plan);
  return new Set(items.map((item) => item.foodId));
}

/**
 * The list of a plan of this user, with the checks of items still needed. By id: NOT_FOUND when the plan
 * is not theirs. By week: null when that week has no plan. PROFILE_REQUIRED without a profile.
 */
export async function getShoppingList(
  userId: string,
  which: { planId: number },
  db?: Db,
): Promise<ShoppingListView>;
export async function getShoppingList(
  userId: string,
  which: { weekStart: string },
  db?: Db,
): Promise<ShoppingListView | null>;
export async function getShoppingList(
  userId: string,
  which: { planId: number } | { weekStart: string },
  db: Db = getDatabase(),
): Promise<ShoppingListView | null> {
  const database = await db;
  const plan =
    "planId" in which
      ? await findPlan(database, userId, which.planId)
      : await findPlanForWeek(database, userId, which.weekStart);
  if (!plan) {
    if ("planId" in which) throw AppError.notFound("Plan");
    if (!(await findProfile(database, userId))) throw AppError.profileRequired();
    return null;
  }
  const [{ householdSize, items: needed }, state] = await Promise.all([
    listOfPlan(database, userId, plan),
    findShoppingState(database, plan.id),
  ]);
  const items = needed
    .filter((item) => !state.checks.get(item.foodId)?.cleared)
    .map((item) => ({ ...item, checked: state.checks.get(item.foodId)?.checked ?? false }));
  return {
    plan: { id: plan.id, weekStart: plan.weekStart },
    householdSize,
    items,
    aisles: groupByAisle(items),
    extras: state.extras,
  };
}
