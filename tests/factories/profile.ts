// The profile a test starts from: the form's starter profile (a woman of 40, omnivore, nothing flagged) with
// what the test cares about changed. A fixed year keeps targets and plans the same whenever the test runs.
import { starterProfile } from "@/lib/nutrition/default-profile";
import type { DietaryProfile } from "@/lib/nutrition/profile";

export const PROFILE_YEAR = 2026;

export function buildProfile(overrides: Partial<DietaryProfile> = {}): DietaryProfile {
  return { ...starterProfile(PROFILE_YEAR), ...overrides };
}
