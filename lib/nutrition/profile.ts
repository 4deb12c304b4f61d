// The dietary profile a person keeps (issue 3). Pure types and constants.
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
}
