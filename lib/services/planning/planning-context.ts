import type { Database } from "@/lib/db/client";
import { findPlanForWeek } from "@/lib/db/plans";
import { findProfile } from "@/lib/db/profiles";
import { findAllRecipes } from "@/lib/db/recipes";
import { ageOn, energyTarget } from "@/lib/nutrition/energy";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import type { Recipe } from "@/lib/nutrition/types";
import { dishFromRecipe } from "@/lib/planner/dish";
import type { Dish, PlanRequest } from "@/lib/planner/types";
import { shiftWeek } from "@/lib/planner/week";

/**
 * The planner's input for a profile: every recipe as a dish, the person's targets and rules. Numbers
 * only: the worded targets (`personalTargets`) are for pages, never for the planner.
 */
export function planRequestFor(profile: DietaryProfile, dishes: Dish[], asOf: Date): PlanRequest {
  return {
    dishes,
    diet: profile.diet,
    allergens: profile.allergens,
    dislikedFoodIds: profile.dislikedFoodIds,
    energyTargetKcal: energyTarget(profile, asOf).kcal,
    intakes: referenceIntakes({
      sex: profile.sex,
      age: ageOn(profile.birthYear, asOf),
      pregnancy: profile.pregnancy,
    }),
    favouredNutrients: profile.favouredNutrients,
    timeLimitMs: 1000,
  };
}

// Dishes are derived from the (cached) catalogue: derive them once per catalogue, not per request.
const dishesOfCatalogue = new WeakMap<readonly Recipe[], Dish[]>();

export async function loadDishes(db: Database): Promise<Dish[]> {
  const recipes = await findAllRecipes(db);
  let dishes = dishesOfCatalogue.get(recipes);
  if (!dishes) {
    dishes = recipes.map(dishFromRecipe);
    dishesOfCatalogue.set(recipes, dishes);
  }
  return dishes;
}

/** Weeks before the planned one whose dishes cost a little, so that consecutive weeks differ. */
const RECENT_WEEKS = 2;

/** The recipe ids of the user's saved plans of the two weeks before `weekStart`. */
export async function recentDishIds(db: Database, userId: string, weekStart: string): Promise<number[]> {
  const weeks = Array.from({ length: RECENT_WEEKS }, (_, i) => shiftWeek(weekStart, -(i + 1)));
  const plans = await Promise.all(weeks.map((week) => findPlanForWeek(db, userId, week)));
  return [...new Set(plans.flatMap((plan) => plan?.entries.map((entry) => entry.recipeId) ?? []))];
}

export class ProfileRequiredError extends Error {
  constructor() {
    super("Fill in your profile first: the planner needs your diet and targets.");
  }
}

export async function loadPlanningContext(db: Database, userId: string, asOf = new Date()) {
  const stored = await findProfile(db, userId);
  if (!stored) throw new ProfileRequiredError();
  const dishes = await loadDishes(db);
  return {
    profile: stored.profile,
    profileVersion: stored.version,
    request: planRequestFor(stored.profile, dishes, asOf),
  };
}
