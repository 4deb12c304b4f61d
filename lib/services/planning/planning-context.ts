import { AppError } from "@/lib/errors/app-error";
import type { Database } from "@/lib/db/client";
import { findPlanForWeek } from "@/lib/db/plans";
import { findProfile } from "@/lib/db/profiles";
import { findAllRecipes } from "@/lib/db/recipes";
import { ageOn, energyTarget } from "@/lib/nutrition/energy";
import { foodIdsInFamilies } from "@/lib/nutrition/food-families";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import type { Food, Recipe } from "@/lib/nutrition/types";
import { dishFromRecipe } from "@/lib/planner/dish";
import type { Dish, PlanRequest } from "@/lib/planner/types";
import { shiftWeek } from "@/lib/planner/week";
import { loadPlanningMemory, requestWithMemory } from "@/lib/services/memory/planning-memory";

/** The recipes as dishes, and the foods they are made of (what ingredient families are resolved on). */
export interface PlanningCatalogue {
  dishes: Dish[];
  foods: Food[];
}

/**
 * The planner's input for a profile: every recipe as a dish, the person's targets and rules. Numbers
 * only: the worded targets (`personalTargets`) are for pages, never for the planner.
 */
export function planRequestFor(
  profile: DietaryProfile,
  catalogue: PlanningCatalogue,
  asOf: Date,
): PlanRequest {
  return {
    dishes: catalogue.dishes,
    diet: profile.diet,
    allergens: profile.allergens,
    dislikedFoodIds: profile.dislikedFoodIds,
    dislikedFamilyFoodIds: foodIdsInFamilies(catalogue.foods, profile.dislikedFamilies),
    dislikedDishIds: profile.dislikedRecipeIds,
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
const planningCatalogues = new WeakMap<readonly Recipe[], PlanningCatalogue>();

export async function loadPlanningCatalogue(db: Database): Promise<PlanningCatalogue> {
  const recipes = await findAllRecipes(db);
  let catalogue = planningCatalogues.get(recipes);
  if (!catalogue) {
    const foods = new Map(recipes.flatMap((recipe) => recipe.ingredients.map(({ food }) => [food.id, food])));
    catalogue = { dishes: recipes.map(dishFromRecipe), foods: [...foods.values()] };
    planningCatalogues.set(recipes, catalogue);
  }
  return catalogue;
}

/** Weeks before the planned one whose dishes cost a little, so that consecutive weeks differ. */
const RECENT_WEEKS = 2;

/** The recipe ids of the user's saved plans of the two weeks before `weekStart`. */
export async function recentDishIds(db: Database, userId: string, weekStart: string): Promise<number[]> {
  const weeks = Array.from({ length: RECENT_WEEKS }, (_, i) => shiftWeek(weekStart, -(i + 1)));
  const plans = await Promise.all(weeks.map((week) => findPlanForWeek(db, userId, week)));
  return [...new Set(plans.flatMap((plan) => plan?.entries.map((entry) => entry.recipeId) ?? []))];
}

export async function loadPlanningContext(db: Database, userId: string, asOf = new Date()) {
  const stored = await findProfile(db, userId);
  if (!stored) throw AppError.profileRequired();
  const [catalogue, memory] = await Promise.all([
    loadPlanningCatalogue(db),
    loadPlanningMemory(db, userId, asOf),
  ]);
  return {
    profile: stored.profile,
    profileVersion: stored.version,
    // Ratings and supplements (ADR 021): lib/services/memory/planning-memory.ts.
    request: requestWithMemory(planRequestFor(stored.profile, catalogue, asOf), memory),
  };
}
