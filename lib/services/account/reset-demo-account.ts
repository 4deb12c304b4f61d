import { deletePersonalData } from "@/lib/db/account";
import type { Database } from "@/lib/db/client";
import { saveProfileVersion } from "@/lib/db/profiles";
import type { DietaryProfile } from "@/lib/nutrition/profile";

/** A vegan who flags B12 and magnesium: the case the app exists for. */
export function demoProfile(asOfYear: number): DietaryProfile {
  return {
    sex: "female",
    birthYear: asOfYear - 34,
    birthMonth: null,
    pregnancy: null,
    heightCm: 168,
    weightKg: 62,
    activityLevel: "moderate",
    energyTargetOverrideKcal: null,
    diet: "vegan",
    allergens: [],
    dislikedFoodIds: [],
    dislikedFamilies: [],
    dislikedRecipeIds: [],
    favouredNutrients: ["magnesiumMg", "vitaminB12Mcg"],
    householdSize: 1,
    riskFactors: [],
    sunExposure: "some",
    units: "metric",
    plannedMeals: ["breakfast", "lunch", "dinner"],
    snacksPerDay: 1,
    mealShares: null,
  };
}

/**
 * Puts the shared demo account back to its seeded state (the demo profile, no plans, an empty pantry), so
 * the next visitor never sees what the last one stored. Runs on every demo sign-in.
 */
export async function resetDemoAccount(db: Database, userId: string, asOf = new Date()): Promise<void> {
  await deletePersonalData(db, userId);
  await saveProfileVersion(db, userId, demoProfile(asOf.getUTCFullYear()), null);
}
