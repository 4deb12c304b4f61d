import type { DietaryProfile } from "@/lib/nutrition/profile";

/** What a new profile form starts from: an adult woman, omnivore, nothing flagged. */
export function starterProfile(asOfYear: number): DietaryProfile {
  return {
    sex: "female",
    birthYear: asOfYear - 40,
    birthMonth: null,
    pregnancy: null,
    heightCm: 165,
    weightKg: 65,
    activityLevel: "light",
    energyTargetOverrideKcal: null,
    diet: "omnivore",
    allergens: [],
    dislikedFoodIds: [],
    dislikedFamilies: [],
    dislikedRecipeIds: [],
    favouredNutrients: [],
    householdSize: 1,
    riskFactors: [],
    sunExposure: "some",
    units: "metric",
    plannedMeals: ["breakfast", "lunch", "dinner"],
    snacksPerDay: 1,
    mealShares: null,
  };
}
