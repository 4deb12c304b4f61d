import { AppError } from "@/lib/errors/app-error";
import type { Database } from "@/lib/db/client";
import { findPlanForWeek } from "@/lib/db/plans";
import { findProfile } from "@/lib/db/profiles";
import { findAllRecipes } from "@/lib/db/recipes";
import { ageOn, plannedEnergyTarget } from "@/lib/nutrition/energy";
import { foodFamily, foodIdsInFamilies } from "@/lib/nutrition/food-families";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { findAllSides } from "@/lib/db/sides";
import type { Food, Recipe } from "@/lib/nutrition/types";
import { recipeCalciumCounted, type CalciumCounted } from "@/lib/nutrition/calcium-absorption";
import { dishWithCountedCalcium } from "@/lib/planner/counted-calcium";
import { dishFromRecipe, sideDishFromFood } from "@/lib/planner/dish";
import { fillEmptySlots } from "@/lib/planner/fill-empty-slots";
import type { ProfileRules } from "@/lib/planner/profile-conflicts";
import {
  isRelaxationId,
  relaxedProfile,
  relaxedRequest,
  type DislikeOption,
} from "@/lib/planner/relaxations";
import { resolveRequest } from "@/lib/planner/request";
import { checkHardRules } from "@/lib/planner/score";
import {
  DEFAULT_SLOTS,
  SLOTS,
  SNACK_SLOTS,
  snackSlots,
  type Dish,
  type MealShare,
  type PlanDay,
  type PlanRequest,
  type SideDish,
  type Slot,
} from "@/lib/planner/types";
import { shiftWeek } from "@/lib/planner/week";
import { withOwnDishes } from "@/lib/services/planning/own-dishes";
import {
  loadPlanningMemory,
  requestWithMemory,
  type PlanningMemory,
} from "@/lib/services/memory/planning-memory";

/**
 * The recipes as dishes, the side catalogue as side dishes, and the foods they are made of (what
 * ingredient families are resolved on).
 */
export interface PlanningCatalogue {
  /** Calcium counted milk-equivalent: what the planner and the coverage aim at. */
  dishes: Dish[];
  /** The same dishes with the calcium eaten: what the daily upper limits are checked against. */
  eatenDishes: Dish[];
  /** Per recipe id: one serving's calcium eaten and counted. */
  calcium: ReadonlyMap<number, CalciumCounted>;
  sides: SideDish[];
  foods: Food[];
}

/** The profile's meals: its main meals in the day's order, then its snacks (each its own slot). */
export function slotsOfProfile(profile: DietaryProfile): Slot[] {
  const mains = SLOTS.filter((slot) => (profile.plannedMeals as string[]).includes(slot));
  return [...mains, ...snackSlots(profile.snacksPerDay)];
}

/**
 * The profile's meal shares (percent) as the planner's fractions; a meal left out keeps its default.
 * The snack share is each snack's.
 */
export function mealSharesOf(profile: DietaryProfile): Partial<Record<Slot, MealShare>> | undefined {
  if (!profile.mealShares) return undefined;
  return Object.fromEntries(
    Object.entries(profile.mealShares).flatMap(([meal, share]) => {
      const fraction = { min: share.min / 100, max: share.max / 100 };
      const slots = meal === "snack" ? SNACK_SLOTS : [meal];
      return slots.map((slot) => [slot, fraction]);
    }),
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
    slots: slotsOfProfile(profile),
    mealShares: mealSharesOf(profile),
    diet: profile.diet,
    allergens: profile.allergens,
    dislikedFoodIds: profile.dislikedFoodIds,
    dislikedFamilyFoodIds: foodIdsInFamilies(catalogue.foods, profile.dislikedFamilies),
    dislikedDishIds: profile.dislikedRecipeIds,
    energyTargetKcal: plannedEnergyTarget(profile, asOf).kcal,
    intakes: referenceIntakes({
      sex: profile.sex,
      age: ageOn(profile.birthYear, asOf, profile.birthMonth),
      pregnancy: profile.pregnancy,
    }),
    favouredNutrients: profile.favouredNutrients,
    // A vegan relies on fortified foods for B12 until a B12 supplement is recorded (requestWithMemory).
    spreadB12: profile.diet === "vegan",
    timeLimitMs: 1000,
  };
}

// Dishes are derived from the (cached) catalogue: derive them once per catalogue, not per request.
type RecipeCatalogue = Omit<PlanningCatalogue, "sides">;
const planningCatalogues = new WeakMap<readonly Recipe[], RecipeCatalogue>();

/** Dishes (calcium counted and eaten) and foods of some recipes; `retired` recipes are never planned. */
export function planningCatalogueOf(
  recipes: readonly Recipe[],
  retired: (recipe: Recipe) => boolean = () => false,
): RecipeCatalogue {
  const foods = new Map(recipes.flatMap((recipe) => recipe.ingredients.map(({ food }) => [food.id, food])));
  const calcium = new Map(recipes.map((recipe) => [recipe.id, recipeCalciumCounted(recipe)]));
  const eatenDishes = recipes.map((recipe) => ({ ...dishFromRecipe(recipe), retired: retired(recipe) }));
  return {
    dishes: eatenDishes.map((dish) => dishWithCountedCalcium(dish, calcium.get(dish.id)!)),
    eatenDishes,
    calcium,
    foods: [...foods.values()],
  };
}

export async function loadPlanningCatalogue(db: Database): Promise<PlanningCatalogue> {
  const [recipes, sideRows] = await Promise.all([findAllRecipes(db), findAllSides(db)]);
  let catalogue = planningCatalogues.get(recipes);
  if (!catalogue) {
    catalogue = planningCatalogueOf(recipes);
    planningCatalogues.set(recipes, catalogue);
  }
  // Family dislikes are resolved on these foods: a side's food counts too.
  const foods = new Map(catalogue.foods.map((food) => [food.id, food]));
  for (const side of sideRows) foods.set(side.food.id, side.food);
  return { ...catalogue, sides: sideRows.map(sideDishFromFood), foods: [...foods.values()] };
}

/** Weeks before the planned one whose dishes cost a little, so that consecutive weeks differ. */
const RECENT_WEEKS = 2;

/** The recipe ids of the user's saved plans of the two weeks before `weekStart`. */
export async function recentDishIds(db: Database, userId: string, weekStart: string): Promise<number[]> {
  const weeks = Array.from({ length: RECENT_WEEKS }, (_, i) => shiftWeek(weekStart, -(i + 1)));
  const plans = await Promise.all(weeks.map((week) => findPlanForWeek(db, userId, week)));
  return [...new Set(plans.flatMap((plan) => plan?.entries.map((entry) => entry.recipeId) ?? []))];
}

/** What plans of one user are read and built with: the profile (relaxed for a week), its rules, the request. */
export interface PlanningContext {
  /** The profile as the week sees it: the saved one with the week's relaxations applied. */
  profile: DietaryProfile;
  /** The profile as saved. */
  savedProfile: DietaryProfile;
  profileVersion: number;
  request: PlanRequest;
  /** The profile's hard rules, for the conflict check. */
  rules: ProfileRules;
  /** The saved profile's dislikes, each of which a week may drop. */
  dislikes: DislikeOption[];
  /** The relaxation ids applied. */
  relaxations: readonly string[];
  catalogue: PlanningCatalogue;
  /** Ratings and supplements (ADR 021), applied to every request built from this context. */
  memory: PlanningMemory;
  asOf: Date;
}

function rulesOf(profile: DietaryProfile, catalogue: PlanningCatalogue): ProfileRules {
  const foodNames = new Map(catalogue.foods.map((food) => [food.id, food.name]));
  return {
    diet: profile.diet,
    allergens: profile.allergens,
    dislikedFoodIds: profile.dislikedFoodIds,
    dislikedFamilies: profile.dislikedFamilies.map((id) => ({
      label: foodFamily(id).label,
      foodIds: foodIdsInFamilies(catalogue.foods, [id]),
    })),
    dislikedDishIds: profile.dislikedRecipeIds,
    foodNames,
  };
}

export function dislikesOf(profile: DietaryProfile, catalogue: PlanningCatalogue): DislikeOption[] {
  const foodName = new Map(catalogue.foods.map((food) => [food.id, food.name]));
  const dishName = new Map(catalogue.dishes.map((dish) => [dish.id, dish.name]));
  return [
    ...profile.dislikedFamilies.map((id) => ({
      id: `drop-family-${id}`,
      label: foodFamily(id).label.toLowerCase(),
      foodIds: foodIdsInFamilies(catalogue.foods, [id]),
      dishId: null,
    })),
    ...profile.dislikedFoodIds.map((id) => ({
      id: `drop-food-${id}`,
      label: foodName.get(id) ?? `food ${id}`,
      foodIds: [id],
      dishId: null,
    })),
    ...profile.dislikedRecipeIds.map((id) => ({
      id: `drop-dish-${id}`,
      label: dishName.get(id) ?? `recipe ${id}`,
      foodIds: [],
      dishId: id,
    })),
  ];
}

/** The context for one week: the saved profile with that week's relaxations applied. */
export function withRelaxations(context: PlanningContext, ids: readonly string[]): PlanningContext {
  const known = ids.filter(isRelaxationId);
  const profile = relaxedProfile(context.savedProfile, known);
  return {
    ...context,
    profile,
    request: requestWithMemory(
      relaxedRequest(planRequestFor(profile, context.catalogue, context.asOf), known),
      context.memory,
    ),
    rules: rulesOf(profile, context.catalogue),
    relaxations: known,
  };
}

export async function loadPlanningContext(
  db: Database,
  userId: string,
  asOf = new Date(),
): Promise<PlanningContext> {
  const stored = await findProfile(db, userId);
  if (!stored) throw AppError.profileRequired();
  const [catalogue, memory] = await Promise.all([
    loadPlanningCatalogue(db).then((shared) => withOwnDishes(db, userId, shared)),
    loadPlanningMemory(db, userId, asOf),
  ]);
  return {
    profile: stored.profile,
    savedProfile: stored.profile,
    profileVersion: stored.version,
    request: requestWithMemory(planRequestFor(stored.profile, catalogue, asOf), memory),
    rules: rulesOf(stored.profile, catalogue),
    dislikes: dislikesOf(stored.profile, catalogue),
    relaxations: [],
    catalogue,
    memory,
    asOf,
  };
}

/** The request with each dish's calcium as eaten: what the daily upper limits are checked against. */
export function eatenRequestOf(request: PlanRequest, catalogue: PlanningCatalogue): PlanRequest {
  return { ...request, dishes: catalogue.eatenDishes };
}

/**
 * Every hard rule a week breaks: the rules on the request as planned, with the daily upper limits checked
 * on calcium eaten (the planner counts calcium milk-equivalent, which is never more).
 */
export function weekViolations(days: readonly PlanDay[], request: PlanRequest, catalogue: PlanningCatalogue) {
  const planned = checkHardRules(days, resolveRequest(request));
  const eaten = checkHardRules(days, resolveRequest(eatenRequestOf(request, catalogue)));
  return [
    ...planned.filter((violation) => violation.rule !== "upper-limit"),
    ...eaten.filter((violation) => violation.rule === "upper-limit"),
  ];
}

/** The meals a request plans each day: its meal pattern when it has one, else the default four. */
export function plannedSlots(request: PlanRequest): readonly Slot[] {
  return request.slots ? SLOTS.filter((slot) => request.slots!.includes(slot)) : DEFAULT_SLOTS;
}

/** The solved days with every empty meal filled where an allowed dish keeps the day under its ULs. */
export function filledWeek(days: readonly PlanDay[], request: PlanRequest, catalogue: PlanningCatalogue) {
  return fillEmptySlots(days, resolveRequest({ ...request, locked: [] }), {
    slots: plannedSlots(request),
    ulReq: resolveRequest({ ...eatenRequestOf(request, catalogue), locked: [] }),
  });
}
