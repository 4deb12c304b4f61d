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
import { findAllSides } from "@/lib/db/sides";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { dishFromRecipe, sideDishFromFood } from "@/lib/planner/dish";
import type { Dish, MealShare, PlanRequest, SideDish, Slot } from "@/lib/planner/types";
import { shiftWeek } from "@/lib/planner/week";

/**
 * The recipes as dishes, the side catalogue as side dishes, and the foods they are made of (what
 * ingredient families are resolved on).
 */
export interface PlanningCatalogue {
  dishes: Dish[];
  sides: SideDish[];
  foods: Food[];
}

/** The profile's meals: its main meals in the day's order, then a snack when it has one. */
export function plannedSlots(profile: DietaryProfile): Slot[] {
  return MEAL_TYPES.filter((meal) =>
    meal === "snack" ? profile.snacksPerDay > 0 : (profile.plannedMeals as string[]).includes(meal),
  );
}

/** The profile's meal shares (percent) as the planner's fractions; a meal left out keeps its default. */
export function mealSharesOf(profile: DietaryProfile): Partial<Record<Slot, MealShare>> | undefined {
  if (!profile.mealShares) return undefined;
  return Object.fromEntries(
    Object.entries(profile.mealShares).map(([meal, share]) => [
      meal,
      { min: share.min / 100, max: share.max / 100 },
    ]),
  );
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
    sides: catalogue.sides,
    slots: plannedSlots(profile),
    mealShares: mealSharesOf(profile),
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
const planningCatalogues = new WeakMap<readonly Recipe[], Omit<PlanningCatalogue, "sides">>();

export async function loadPlanningCatalogue(db: Database): Promise<PlanningCatalogue> {
  const [recipes, sideRows] = await Promise.all([findAllRecipes(db), findAllSides(db)]);
  let catalogue = planningCatalogues.get(recipes);
  if (!catalogue) {
    const foods = new Map(recipes.flatMap((recipe) => recipe.ingredients.map(({ food }) => [food.id, food])));
    catalogue = { dishes: recipes.map(dishFromRecipe), foods: [...foods.values()] };
    planningCatalogues.set(recipes, catalogue);
  }
  const sides = sideRows.map(sideDishFromFood);
  // Family dislikes are resolved on these foods: a side's food counts too.
  const foods = new Map(catalogue.foods.map((food) => [food.id, food]));
  for (const side of sideRows) foods.set(side.food.id, side.food);
  return { ...catalogue, sides, foods: [...foods.values()] };
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
  const catalogue = await loadPlanningCatalogue(db);
  return {
    profile: stored.profile,
    profileVersion: stored.version,
    request: planRequestFor(stored.profile, catalogue, asOf),
  };
}
