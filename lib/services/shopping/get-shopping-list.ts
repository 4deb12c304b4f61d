import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan, type StoredPlan } from "@/lib/db/plans";
import { findProfile } from "@/lib/db/profiles";
import { findAllRecipes } from "@/lib/db/recipes";
import { findPantry, findShoppingState } from "@/lib/db/shopping";
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

/**
 * The list for a plan of this user (null when the plan is not theirs): what the plan's recipes need for
 * the household, less the pantry, with the checks of items still needed.
 */
export async function getShoppingList(
  userId: string,
  planId: number,
  db: Database | Promise<Database> = getDatabase(),
): Promise<ShoppingListView | null> {
  const database = await db;
  const plan = await findPlan(database, userId, planId);
  if (!plan) return null;
  const [profile, recipes, pantry, state] = await Promise.all([
    findProfile(database, userId),
    findAllRecipes(database),
    findPantry(database, userId),
    findShoppingState(database, planId),
  ]);
  const householdSize = profile?.profile.householdSize ?? 1;
  const list = buildShoppingList({
    days: daysOf(plan.entries),
    recipes: new Map(recipes.map((recipe) => [recipe.id, recipe])),
    householdSize,
    pantry,
  });
  const items = list.items
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
