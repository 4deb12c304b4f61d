import { getDatabase, type Db } from "@/lib/db";
import { saveProfileVersion } from "@/lib/db/profiles";
import type { DietaryProfile } from "@/lib/nutrition/profile";

/** Saves a new version of the user's profile; `expectedVersion` guards against overwriting a newer save. */
export async function saveProfile(
  userId: string,
  profile: DietaryProfile,
  expectedVersion: number | null = null,
  db: Db = getDatabase(),
): Promise<number> {
  return saveProfileVersion(await db, userId, profile, expectedVersion);
}
