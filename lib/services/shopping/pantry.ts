import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPantry, foodExists, setPantryGrams, type PantryRecord } from "@/lib/db/shopping";

type Db = Database | Promise<Database>;

export async function listPantry(userId: string, db: Db = getDatabase()): Promise<PantryRecord[]> {
  return findPantry(await db, userId);
}

/** Sets what is at home; false when the food does not exist. */
export async function setPantryItem(
  userId: string,
  foodId: number,
  grams: number,
  db: Db = getDatabase(),
): Promise<boolean> {
  const database = await db;
  if (!(await foodExists(database, foodId))) return false;
  await setPantryGrams(database, userId, foodId, grams);
  return true;
}
