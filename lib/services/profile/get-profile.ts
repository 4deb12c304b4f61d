import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import { findProfile } from "../../db/profiles";
import type { DietaryProfile } from "../../nutrition/profile";

export async function getProfile(
  userId: string,
  db: Database | Promise<Database> = getDatabase(),
): Promise<{ version: number; profile: DietaryProfile } | null> {
  return findProfile(await db, userId);
}
