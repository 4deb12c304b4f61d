// fast-check arbitraries and a builder for DietaryProfile, shared by the profile tests.
import fc from "fast-check";
import { starterProfile } from "@/lib/nutrition/default-profile";
import { FOOD_FAMILY_IDS } from "@/lib/nutrition/food-families";
import {
  ACTIVITY_LEVELS,
  RISK_FACTORS,
  SUN_EXPOSURES,
  UNIT_SYSTEMS,
  type DietaryProfile,
} from "@/lib/nutrition/profile";
import type { Pregnancy, Sex } from "@/lib/nutrition/reference-intakes";
import { ALLERGENS, DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";

/** The fixed "today" of the profile tests: 2026-06-15 (UTC). */
export const AS_OF = new Date(Date.UTC(2026, 5, 15));

/** A 40-year-old sedentary omnivore woman with nothing flagged: override what a test needs. */
export function profile(overrides: Partial<DietaryProfile> = {}): DietaryProfile {
  return {
    ...starterProfile(AS_OF.getUTCFullYear()),
    weightKg: 62,
    activityLevel: "sedentary",
    ...overrides,
  };
}

const arbSexPregnancy: fc.Arbitrary<{ sex: Sex; pregnancy: Pregnancy | null }> = fc.oneof(
  fc.constant({ sex: "male" as const, pregnancy: null }),
  fc.record({
    sex: fc.constant("female" as const),
    pregnancy: fc.constantFrom<Pregnancy | null>(null, null, "pregnant", "lactating"),
  }),
);

/** Adult profiles (age 19–100 on AS_OF), valid for every function of lib/nutrition. */
export const arbProfile: fc.Arbitrary<DietaryProfile> = fc
  .record({
    sexPregnancy: arbSexPregnancy,
    birthYear: fc.integer({ min: AS_OF.getUTCFullYear() - 100, max: AS_OF.getUTCFullYear() - 19 }),
    // Up to June: AS_OF is in June, so a month keeps every profile 19 or older.
    birthMonth: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 2 }),
    heightCm: fc.integer({ min: 140, max: 210 }),
    weightKg: fc
      .double({ min: 40, max: 160, noNaN: true, noDefaultInfinity: true })
      .map((w) => Math.round(w * 10) / 10),
    activityLevel: fc.constantFrom(...ACTIVITY_LEVELS),
    energyTargetOverrideKcal: fc.option(fc.integer({ min: 1200, max: 4000 }), { nil: null, freq: 3 }),
    diet: fc.constantFrom(...DIETS),
    allergens: fc.subarray([...ALLERGENS]),
    dislikedFoodIds: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 6 }),
    dislikedFamilies: fc.subarray([...FOOD_FAMILY_IDS], { maxLength: 4 }),
    dislikedRecipeIds: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 4 }),
    favouredNutrients: fc.subarray([...TARGET_NUTRIENTS]),
    householdSize: fc.integer({ min: 1, max: 8 }),
    riskFactors: fc.subarray([...RISK_FACTORS]),
    sunExposure: fc.constantFrom(...SUN_EXPOSURES),
    units: fc.constantFrom(...UNIT_SYSTEMS),
    plannedMeals: fc.constantFrom<DietaryProfile["plannedMeals"][]>(
      ["breakfast", "lunch", "dinner"],
      ["lunch", "dinner"],
      ["breakfast", "dinner"],
    ),
    snacksPerDay: fc.integer({ min: 0, max: 3 }),
    mealShares: fc.constant(null),
  })
  .map(({ sexPregnancy, ...rest }) => ({ ...rest, ...sexPregnancy }));
