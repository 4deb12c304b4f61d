import { deletePersonalData } from "@/lib/db/account";
import type { Database } from "@/lib/db/client";
import { saveProfileVersion } from "@/lib/db/profiles";
import { starterProfile } from "@/lib/nutrition/default-profile";
import type { DietaryProfile } from "@/lib/nutrition/profile";

/** A vegan who flags B12 and magnesium: the case the app exists for. */
export function demoProfile(asOfYear: number): DietaryProfile {
  return {
    ...starterProfile(asOfYear),
    birthYear: asOfYear - 34,
    heightCm: 168,
    weightKg: 62,
    activityLevel: "moderate",
    diet: "vegan",
    favouredNutrients: ["magnesiumMg", "vitaminB12Mcg"],
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
