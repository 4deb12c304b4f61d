import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { saveProfileVersion } from "@/lib/db/profiles";
import type { DietaryProfile } from "@/lib/nutrition/profile";

/** Saves a new version of the user's profile; `expectedVersion` guards against overwriting a newer save. */
export async function saveProfile(
  userId: string,
  profile: DietaryProfile,
  expectedVersion: number | null = null,
  db: Database | Promise<Database> = getDatabase(),
): Promise<number> {
  return saveProfileVersion(await db, userId, profile, expectedVersion);
}
