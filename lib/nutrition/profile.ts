// The dietary profile a person keeps (docs/NUTRITION.md). Pure types and constants.
import type { FoodFamilyId } from "@/lib/nutrition/food-families";
import type { Pregnancy, Sex } from "@/lib/nutrition/reference-intakes";
import type { Allergen, Diet, TargetNutrient } from "@/lib/nutrition/types";

export const ACTIVITY_LEVELS = ["sedentary", "light", "moderate", "active", "very_active"] as const;
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number];

export const RISK_FACTORS = [
  "diuretics",
  "proton_pump_inhibitors",
  "metformin",
  "diabetes",
  "gi_disease",
  "kidney_disease",
  "alcohol",
] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

export const SUN_EXPOSURES = ["little", "some", "a_lot"] as const;
export type SunExposure = (typeof SUN_EXPOSURES)[number];

/** How amounts are shown: grams, litres and kilograms, or cups, ounces and pounds. */
export const UNIT_SYSTEMS = ["metric", "us"] as const;
export type UnitSystem = (typeof UNIT_SYSTEMS)[number];

export interface DietaryProfile {
  sex: Sex;
  birthYear: number;
  /** Month of birth, 1–12, when given: the age is then exact to the month (see ageOn). */
  birthMonth: number | null;
  pregnancy: Pregnancy | null;
  heightCm: number;
  weightKg: number;
  activityLevel: ActivityLevel;
  /** A hand-set daily energy target; null means "compute it" (Mifflin–St Jeor × activity). */
  energyTargetOverrideKcal: number | null;
  diet: Diet;
  allergens: Allergen[];
  dislikedFoodIds: number[];
  /** Ingredient families never to plan ("mushrooms"): every food of the family counts as disliked. */
  dislikedFamilies: FoodFamilyId[];
  /** Whole dishes never to plan again (recipe ids). */
  dislikedRecipeIds: number[];
  favouredNutrients: TargetNutrient[];
  /** People to shop for. */
  householdSize: number;
  riskFactors: RiskFactor[];
  sunExposure: SunExposure;
  /** Units of the shopping list, recipe and plan amounts. */
  units: UnitSystem;
  /** Breakfast, lunch and dinner: which are planned (at least two). */
  plannedMeals: MainMeal[];
  /** Snacks a day: 0 to 3 (lib/planner/types.ts MAX_SNACKS_PER_DAY). */
  snacksPerDay: number;
  /** Each meal's energy as a percent range of the day; null (or a meal left out): the defaults. */
  mealShares: MealSharesPercent | null;
}

/** The meals of a day besides snacks; a profile plans at least two of them. */
export const MAIN_MEALS = ["breakfast", "lunch", "dinner"] as const;
export type MainMeal = (typeof MAIN_MEALS)[number];

/** A meal's energy window in percent of the day's energy target. */
export interface MealSharePercent {
  min: number;
  max: number;
}
export type MealSharesPercent = Partial<Record<"breakfast" | "lunch" | "dinner" | "snack", MealSharePercent>>;
