// The profile a test starts from: the form's starter profile (a woman of 40, omnivore, nothing flagged) with
// what the test cares about changed. A fixed year keeps targets and plans the same whenever the test runs.
import { starterProfile } from "@/lib/nutrition/default-profile";
import type { DietaryProfile } from "@/lib/nutrition/profile";

export const PROFILE_YEAR = 2026;

export function buildProfile(overrides: Partial<DietaryProfile> = {}): DietaryProfile {
  return { ...starterProfile(PROFILE_YEAR), ...overrides };
}

/** A preview body as a script sends it: the fields the JSON API needs, for a vegan who favours B12. */
export const VEGAN_B12_PREVIEW_BODY = {
  sex: "female",
  birthYear: 1990,
  heightCm: 165,
  weightKg: 60,
  activityLevel: "light",
  diet: "vegan",
  allergens: [],
  dislikedFoodIds: [],
  favouredNutrients: ["vitaminB12Mcg"],
  householdSize: 1,
  riskFactors: [],
  sunExposure: "some",
};
