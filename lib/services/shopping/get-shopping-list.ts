import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan, findPlanForWeek, type StoredPlan } from "@/lib/db/plans";
import { findProfile } from "@/lib/db/profiles";
import { findAllRecipes } from "@/lib/db/recipes";
import { findPantry, findShoppingState } from "@/lib/db/shopping";
import type { UnitSystem } from "@/lib/nutrition/profile";
import { shiftWeek } from "@/lib/planner/week";
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

export type ShoppingPlanRef = Pick<StoredPlan, "id" | "weekStart">;

export interface ShoppingListView {
  /** The first planned week of the list: its checks and extra items are shown. */
  plan: ShoppingPlanRef;
  /** Every planned week the list covers (a range leaves out weeks without a plan), oldest first. */
  plans: ShoppingPlanRef[];
  householdSize: number;
  units: UnitSystem;
  items: ShoppingListItem[];
  aisles: AisleGroup<ShoppingListItem>[];
  extras: { id: number; text: string; checked: boolean }[];
}

/** At most this many weeks on one list ("this week and next" is 2). */
export const MAX_LIST_WEEKS = 4;

export type ShoppingListScope = { planId: number } | { weekStart: string; weeks?: number };

async function plansIn(database: Database, userId: string, scope: ShoppingListScope): Promise<StoredPlan[]> {
  if ("planId" in scope) {
    const plan = await findPlan(database, userId, scope.planId);
    return plan ? [plan] : [];
  }
  const weeks = Math.min(Math.max(1, scope.weeks ?? 1), MAX_LIST_WEEKS);
  const found = await Promise.all(
    Array.from({ length: weeks }, (_, k) => findPlanForWeek(database, userId, shiftWeek(scope.weekStart, k))),
  );
  return found.filter((plan): plan is StoredPlan => plan !== null);
}

/**
 * The list for one plan of this user, or for the planned weeks of a range (null when there is none):
 * what the plans' recipes need for the household in the units of the profile, less the pantry, with the
 * checks of the first week.
 */
export async function getShoppingList(
  userId: string,
  scope: ShoppingListScope,
  db: Database | Promise<Database> = getDatabase(),
): Promise<ShoppingListView | null> {
  const database = await db;
  const plans = await plansIn(database, userId, scope);
  const first = plans[0];
  if (!first) return null;
  const [profile, recipes, pantry, state] = await Promise.all([
    findProfile(database, userId),
    findAllRecipes(database),
    findPantry(database, userId),
    findShoppingState(database, first.id),
  ]);
  const householdSize = profile?.profile.householdSize ?? 1;
  const units = profile?.profile.units ?? "metric";
  const list = buildShoppingList({
    days: plans.flatMap((plan) => daysOf(plan.entries)),
    recipes: new Map(recipes.map((recipe) => [recipe.id, recipe])),
    householdSize,
    pantry,
    units,
  });
  const items = list.items
    .filter((item) => !state.checks.get(item.foodId)?.cleared)
    .map((item) => ({ ...item, checked: state.checks.get(item.foodId)?.checked ?? false }));
  return {
    plan: { id: first.id, weekStart: first.weekStart },
    plans: plans.map(({ id, weekStart }) => ({ id, weekStart })),
    householdSize,
    units,
    items,
    aisles: groupByAisle(items),
    extras: state.extras,
  };
}
