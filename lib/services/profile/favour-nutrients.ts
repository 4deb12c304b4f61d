import { getDatabase, type Db } from "@/lib/db";
import { findProfile, saveProfileVersion } from "@/lib/db/profiles";
import { AppError } from "@/lib/errors/app-error";
import { magnesiumNeedsCaution } from "@/lib/nutrition/warnings";
import type { TargetNutrient } from "@/lib/nutrition/types";

/** Adds nutrients to the ones the profile favours (the symptom helper's "favour these"), as a new version. */
export async function favourNutrients(
  userId: string,
  nutrients: readonly TargetNutrient[],
  db: Db = getDatabase(),
): Promise<number> {
  const database = await db;
  const current = await findProfile(database, userId);
  if (!current) {
    throw new AppError("PROFILE_REQUIRED", "Fill in your profile first, then favour these nutrients.");
  }
  // Kidney disease: magnesium is never favoured from here (kidney-magnesium-caution).
  const asked = magnesiumNeedsCaution(current.profile)
    ? nutrients.filter((nutrient) => nutrient !== "magnesiumMg")
    : nutrients;
  const favouredNutrients = [...new Set([...current.profile.favouredNutrients, ...asked])];
  return saveProfileVersion(database, userId, { ...current.profile, favouredNutrients }, current.version);
}
