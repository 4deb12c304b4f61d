// Inputs and outputs of the weekly planner. Pure: no framework or database imports.
import type { ReferenceIntakes } from "@/lib/nutrition/reference-intakes";
import {
  MEAL_TYPES,
  type Allergen,
  type Diet,
  type DietFacts,
  type MealType,
  type NutrientKey,
  type TargetNutrient,
} from "@/lib/nutrition/types";

/** Up to three snacks a day, each its own slot (a saved meal is unique per day and slot). */
export const SNACK_SLOTS = ["snack", "snack2", "snack3"] as const;
export type SnackSlot = (typeof SNACK_SLOTS)[number];
export const MAX_SNACKS_PER_DAY = SNACK_SLOTS.length;
/** Slots in the order they are eaten: the main meals, then the snacks. */
export const SLOTS = ["breakfast", "lunch", "dinner", ...SNACK_SLOTS] as const;
/**
 * A meal of a day: a main meal type or one of the snacks. The planner fills every planned slot of
 * every day with one dish of the slot's meal type (`slotMealType`).
 */
export type Slot = (typeof SLOTS)[number];
/** The meals planned when a request names none: breakfast, lunch, dinner and one snack. */
export const DEFAULT_SLOTS = MEAL_TYPES satisfies readonly Slot[];

/** The meal type a slot is filled from (every snack slot takes snacks). */
export function slotMealType(slot: Slot): MealType {
  return (SNACK_SLOTS as readonly string[]).includes(slot) ? "snack" : (slot as MealType);
}

/** A slot in words, capitalised: "Breakfast", "Snack", "Snack 2". */
export const SLOT_LABELS: Readonly<Record<Slot, string>> = Object.freeze({
  breakfast: "Breakfast",
  lunch: "Lunch",
  dinner: "Dinner",
  snack: "Snack",
  snack2: "Snack 2",
  snack3: "Snack 3",
});

/** A slot in words within a sentence: "lunch", "snack 2" (an unknown name as it is). */
export function slotName(slot: string): string {
  return (SLOT_LABELS as Readonly<Record<string, string>>)[slot]?.toLowerCase() ?? slot;
}

/** The first `count` snack slots (0 to MAX_SNACKS_PER_DAY). */
export function snackSlots(count: number): Slot[] {
  return SNACK_SLOTS.slice(0, Math.max(0, Math.min(MAX_SNACKS_PER_DAY, count)));
}
export const DAYS_PER_WEEK = 7;

/** Portion sizes from `min` to `max` servings in steps of `step`. */
export function portionSteps(min: number, max: number, step: number): number[] {
  const count = Math.floor((max - min) / step + 1e-9) + 1;
  return Array.from({ length: count }, (_, i) => Math.round((min + i * step) * 1000) / 1000);
}

/** 0.5 to 2 servings in quarters; a portion away from 1 serving costs a little (portionCost). */
export const DEFAULT_PORTIONS: readonly number[] = portionSteps(0.5, 2, 0.25);
export const DEFAULT_MAX_REPEATS_PER_WEEK = 2;
export const DEFAULT_ENERGY_TOLERANCE = 0.1;
export const DEFAULT_TIME_LIMIT_MS = 1000;
export const DEFAULT_SEED = 1;
/** Up to two sides with each meal (bread, fruit, a glass of milk...). */
export const DEFAULT_MAX_SIDES_PER_MEAL = 2;

/** A meal's energy as a share of the daily energy target: at least `min`, at most `max` (0..1). */
export interface MealShare {
  min: number;
  max: number;
}

/** Default shares: breakfast is not the biggest meal by accident, a snack stays a snack. */
export const DEFAULT_MEAL_SHARES: Readonly<Record<Slot, MealShare>> = Object.freeze({
  breakfast: { min: 0.15, max: 0.35 },
  lunch: { min: 0.25, max: 0.4 },
  dinner: { min: 0.25, max: 0.4 },
  snack: { min: 0.05, max: 0.15 },
  snack2: { min: 0.05, max: 0.15 },
  snack3: { min: 0.05, max: 0.15 },
});

/**
 * One person the week is planned for. A plan has a list of eaters so that a household (the same
 * dishes, each at their own portion) is an extension; today the list holds exactly one.
 */
export interface Eater {
  /** Daily energy target; each day must stay within ±energyTolerance of it (hard rule). */
  energyTargetKcal: number;
  /** RDA and UL per day of each target nutrient (from `referenceIntakes`). */
  intakes: ReferenceIntakes;
  /** The meals this person eats, in SLOTS order (default DEFAULT_SLOTS; at least two). */
  slots?: readonly Slot[];
  /** Energy share of each meal (default DEFAULT_MEAL_SHARES). */
  mealShares?: Partial<Record<Slot, MealShare>>;
}

/**
 * Something that fills one slot: a recipe or a single-food snack, with per-serving nutrients.
 * Built from a recipe by `dishFromRecipe`; tests and benchmarks may build them directly.
 */
export interface Dish {
  id: number;
  name: string;
  mealTypes: readonly MealType[];
  /** Per serving, in the nutrient's fixed unit. An unknown contribution counts as 0 here... */
  perServing: Readonly<Record<NutrientKey, number>>;
  /** ...and its nutrient is listed here: the true amount is at least `perServing[k]`. */
  lowerBound: readonly NutrientKey[];
  /** What the dish contains or is not verified free of (lib/nutrition/diet.ts recipeDietFacts). */
  dietFacts: DietFacts;
  /** Diets that allow this dish (from most to least restrictive). */
  diets: readonly Diet[];
  allergens: readonly Allergen[];
  /** Allergens an ingredient may contain: excluded like `allergens`. */
  mayContain: readonly Allergen[];
  /** Ids of the foods it is made of (dislikes are food ids). */
  foodIds: readonly number[];
  /** Per serving: vitamin B12 (µg) from fortified non-animal foods (cereals, plant milks, yeast). */
  b12FortifiedMcg: number;
  /** Per serving: vitamin B12 (µg) from animal foods (meat, fish, dairy, egg). */
  b12AnimalMcg: number;
  /** Contains a fortified food that carries B12. */
  fortifiedB12: boolean;
  /** Contains an animal food that carries B12. */
  animalB12: boolean;
  /** Kept only to show past weeks (a deleted own recipe a plan used): never planned or offered again. */
  retired?: boolean;
}

/**
 * A side: a single food (or small recipe) at a household portion, eaten with a main dish (bread,
 * a piece of fruit, a glass of milk). `perServing` is that portion; `mealTypes` the meals it fits.
 * Its id is its own (the side catalogue's), independent of the dish ids.
 */
export interface SideDish extends Dish {
  /** Grams of the household portion. */
  grams: number;
  /** Its kind (starch, fruit, drink, vegetable, nuts, dairy...): a meal has at most one of each. */
  group: string;
  /** Where it comes from: one food, or a recipe (one serving). */
  foodId: number | null;
  recipeId: number | null;
}

export interface LockedMeal {
  /** 0 (first day of the week) to 6. */
  day: number;
  slot: Slot;
  dishId: number;
  portion: number;
}

export interface PlanRequest {
  /** The catalogue to choose from; the planner filters it (diet, allergens, dislikes, meal type). */
  dishes: readonly Dish[];
  diet: Diet;
  allergens?: readonly Allergen[];
  dislikedFoodIds?: readonly number[];
  /** The foods of the ingredient families the person dislikes ("mushrooms": every mushroom food). */
  dislikedFamilyFoodIds?: readonly number[];
  /** Dishes never to plan again. */
  dislikedDishIds?: readonly number[];
  /** Daily energy target; each day must stay within ±energyTolerance of it (hard rule). */
  energyTargetKcal: number;
  /** Default 0.1 (±10 %). */
  energyTolerance?: number;
  /** RDA and UL per day of each target nutrient (from `referenceIntakes`). */
  intakes: ReferenceIntakes;
  /** Nutrients the person wants more of: weighted far above the others. */
  favouredNutrients?: readonly TargetNutrient[];
  /** Liked (> 0) or disliked (< 0) dishes, dishId → score in [-1, 1]. A small term in the objective. */
  preferences?: Readonly<Record<number, number>>;
  /** Default 2. */
  maxRepeatsPerWeek?: number;
  /** Portion sizes in servings; default 0.5 to 2 in steps of 0.25 (see portionSteps). */
  portions?: readonly number[];
  /** Meals that must stay where they are. */
  locked?: readonly LockedMeal[];
  /** The side catalogue (filtered like the dishes); none: meals are main dishes only. */
  sides?: readonly SideDish[];
  /** Default 2; 0 plans no sides. */
  maxSidesPerMeal?: number;
  /** The meals planned each day, in SLOTS order; default DEFAULT_SLOTS, at least two. */
  slots?: readonly Slot[];
  /** Energy share of each meal of the day (default DEFAULT_MEAL_SHARES). */
  mealShares?: Partial<Record<Slot, MealShare>>;
  /**
   * The people the week is for. When given it must hold exactly one eater (households are the next
   * step) and its targets, slots and shares replace the top-level ones.
   */
  eaters?: readonly Eater[];
  /** Dishes of the previous two saved weeks: each serving of one costs a little, so weeks differ. */
  recentDishIds?: readonly number[];
  /**
   * Spread vitamin B12 over at least two meals a day (a soft rule, lib/planner/b12-spread.ts): for a
   * vegan who relies on fortified foods, since absorption from one dose saturates. Default false.
   */
  spreadB12?: boolean;
  /** Wall-clock budget of one solve; default 1000 ms. */
  timeLimitMs?: number;
  /** Seeds the solver and the local search: same request and seed, same plan. Default 1. */
  seed?: number;
}

/** A side of a meal: which side of the catalogue, at how many household portions. */
export interface PlannedSide {
  sideId: number;
  portion: number;
}

export interface PlannedMeal {
  slot: Slot;
  dishId: number;
  portion: number;
  locked: boolean;
  /** Sides eaten with the main dish (none when absent). */
  sides?: PlannedSide[];
}

export interface PlanDay {
  /** 0 to 6. */
  day: number;
  /** In SLOTS order; a slot with no possible dish is missing (and reported as a violation). */
  meals: PlannedMeal[];
}

/** What a solve achieved; the one list of statuses (the API and the database parse with it). */
export const SOLVER_STATUSES = ["optimal", "feasible", "infeasible", "timeout"] as const;
export type SolverStatus = (typeof SOLVER_STATUSES)[number];

export interface SolverReport {
  /**
   * - optimal: proved for the full day-level model: the plan keeps every hard rule and its
   *   objective is within 0.1 point of `bound` (nothing proved about a pruned model counts);
   * - feasible: the plan keeps every hard rule; `gapPercent` says how far it may be from the best;
   * - infeasible: some hard rule could not be kept (see `violations`); the best plan is still returned;
   * - timeout: not even the relaxation solved within the time limit; a heuristic plan is returned.
   */
  status: SolverStatus;
  /** The plan's objective, recomputed from its dishes (see `planObjective`). */
  objective: number;
  /**
   * A lower bound on the objective of any plan of the full model for this request (the LP relaxation
   * of stage A with the true weekly window, no pruning).
   */
  bound: number;
  /** 100 × (objective − bound) / max(|objective|, 1). */
  gapPercent: number;
  /** Wall-clock time of the whole solve. */
  ms: number;
  /** Details for diagnostics and the benchmark. */
  stages: {
    lpMs: number;
    mipMs: number;
    placementMs: number;
    candidates: number;
    keptAfterPruning: number;
    mipStatus: string;
  };
}

export const HARD_RULES = [
  "diet",
  "allergen",
  "dislike",
  "meal-type",
  "energy-window",
  "meal-share",
  "upper-limit",
  "max-repeats",
  "repeat-too-soon",
  "empty-slot",
  "locked-moved",
] as const;
export type HardRule = (typeof HARD_RULES)[number];

export interface HardRuleViolation {
  rule: HardRule;
  day?: number;
  slot?: Slot;
  dishId?: number;
  /** A side's id when the rule concerns a side. */
  sideId?: number;
  nutrient?: NutrientKey;
  /** The offending amount (kcal, mg, µg, count) and the limit it broke, where numeric. */
  amount?: number;
  limit?: number;
  message: string;
}

/** How far the plan falls short of a target nutrient's RDA. */
export interface NutrientShortfall {
  nutrient: TargetNutrient;
  flagged: boolean;
  rdaPerDay: number;
  averagePerDay: number;
  /** max(0, RDA − average per day). */
  shortfallPerDay: number;
  /** Weekly average as % of the RDA, capped at 100. */
  coveragePercent: number;
  daysBelowHalfRda: number;
  /** Some dish lacks this value: the true intake is at least the figure shown. */
  lowerBound: boolean;
}

/** How varied a week is: what a person notices. */
export interface Variety {
  distinctDishes: number;
  meals: number;
  /** Distinct dishes of this week that were also planned in the previous two weeks. */
  fromRecentWeeks: number;
}

/** What favouring a nutrient did: its daily average with the flag and for the same week without. */
export interface FavouringEffect {
  nutrient: TargetNutrient;
  perDay: number;
  /** From a cheaper solve of the same request without flags (stage A's LP rounded and searched). */
  perDayWithoutFavouring: number;
}

export interface WeekPlan {
  days: PlanDay[];
  variety: Variety;
  /** One entry per favoured nutrient (empty when none is favoured). */
  favouring: FavouringEffect[];
  solver: SolverReport;
  shortfalls: NutrientShortfall[];
  /** Hard rules the plan breaks (empty unless status is "infeasible"). */
  violations: HardRuleViolation[];
}
