import { getDatabase, type Db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan, findPlanForWeek, type StoredPlan } from "@/lib/db/plans";
import { findProfile } from "@/lib/db/profiles";
import { findRecipesForUser } from "@/lib/db/own-recipes";
import { findAllSides } from "@/lib/db/sides";
import { findPantry, findShoppingState } from "@/lib/db/shopping";
import { AppError } from "@/lib/errors/app-error";
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

/** What the plans' recipes need for the household in the profile's units, less the pantry (before checks). */
async function listOfPlans(database: Database, userId: string, plans: readonly StoredPlan[]) {
  const [profile, recipes, pantry, sides] = await Promise.all([
    findProfile(database, userId),
    findRecipesForUser(database, userId),
    findPantry(database, userId),
    findAllSides(database),
  ]);
  if (!profile) throw AppError.profileRequired();
  const { householdSize, units } = profile.profile;
  const list = buildShoppingList({
    days: plans.flatMap((plan) => daysOf(plan.entries)),
    recipes: new Map(recipes.map((recipe) => [recipe.id, recipe])),
    sides: new Map(sides.map((side) => [side.id, side])),
    householdSize,
    pantry,
    units,
  });
  return { householdSize, units, items: list.items };
}

/** The foods on the list of a plan of the user (every food folded into a line counts). */
export async function shoppingFoodIds(database: Database, userId: string, planId: number) {
  const plan = await findPlan(database, userId, planId);
  if (!plan) throw AppError.notFound("Plan");
  const { items } = await listOfPlans(database, userId, [plan]);
  return new Set(items.flatMap((item) => item.foodIds));
}

type Which = { planId: number } | { weekStart: string; weeks?: number };

async function plansOf(database: Database, userId: string, which: Which): Promise<StoredPlan[]> {
  if ("planId" in which) {
    const plan = await findPlan(database, userId, which.planId);
    if (!plan) throw AppError.notFound("Plan");
    return [plan];
  }
  const weeks = Math.min(Math.max(1, which.weeks ?? 1), MAX_LIST_WEEKS);
  const found = await Promise.all(
    Array.from({ length: weeks }, (_, k) => findPlanForWeek(database, userId, shiftWeek(which.weekStart, k))),
  );
  return found.filter((plan): plan is StoredPlan => plan !== null);
}

/**
 * The list of a plan of this user, or of the planned weeks from `weekStart` on (`weeks`, at most 4), with
 * the checks of the first week for items still needed. By id: NOT_FOUND when the plan is not theirs. By
 * week: null when no week of the range has a plan. PROFILE_REQUIRED without a profile.
 */
export async function getShoppingList(
  userId: string,
  which: { planId: number },
  db?: Db,
): Promise<ShoppingListView>;
export async function getShoppingList(
  userId: string,
  which: { weekStart: string; weeks?: number },
  db?: Db,
): Promise<ShoppingListView | null>;
export async function getShoppingList(
  userId: string,
  which: Which,
  db: Db = getDatabase(),
): Promise<ShoppingListView | null> {
  const database = await db;
  const plans = await plansOf(database, userId, which);
  const first = plans[0];
  if (!first) {
    if (!(await findProfile(database, userId))) throw AppError.profileRequired();
    return null;
  }
  const [{ householdSize, units, items: needed }, state] = await Promise.all([
    listOfPlans(database, userId, plans),
    findShoppingState(database, first.id),
  ]);
  const items = needed
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
