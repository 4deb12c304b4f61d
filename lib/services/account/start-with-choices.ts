import { getDatabase, type Db } from "@/lib/db";
import { findProfile, saveProfileVersion } from "@/lib/db/profiles";
import { starterProfile } from "@/lib/nutrition/default-profile";
import type { TStarterChoices } from "@/lib/schemas/welcome";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";

/**
 * After sign-up from the home page: a profile from the visitor's choices (unless one exists) and this
 * week's plan, the same plan the preview showed (same profile, same seed).
 */
export async function startWithChoices(
  userId: string,
  choices: TStarterChoices,
  weekStart: string,
  db: Db = getDatabase(),
): Promise<void> {
  const database = await db;
  if (!(await findProfile(database, userId))) {
    const profile = {
      ...starterProfile(new Date().getUTCFullYear()),
      diet: choices.diet,
      favouredNutrients: choices.favour,
    };
    await saveProfileVersion(database, userId, profile, null);
  }
  await generateWeeklyPlan(userId, weekStart, database);
}
