import { getDatabase, type Db } from "@/lib/db";
import { findProfile } from "@/lib/db/profiles";
import type { DietaryProfile } from "@/lib/nutrition/profile";

export async function getProfile(
  userId: string,
  db: Db = getDatabase(),
): Promise<{ version: number; profile: DietaryProfile } | null> {
  return findProfile(await db, userId);
}
