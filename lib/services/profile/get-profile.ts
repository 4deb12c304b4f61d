import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findProfile } from "@/lib/db/profiles";
import type { DietaryProfile } from "@/lib/nutrition/profile";

export async function getProfile(
  userId: string,
  db: Database | Promise<Database> = getDatabase(),
): Promise<{ version: number; profile: DietaryProfile } | null> {
  return findProfile(await db, userId);
}
