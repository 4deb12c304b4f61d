import { getDatabase, type Db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findPantry, foodExists, setPantryGrams, type PantryRecord } from "@/lib/db/shopping";

export async function listPantry(userId: string, db: Db = getDatabase()): Promise<PantryRecord[]> {
  return findPantry(await db, userId);
}

/** Sets what is at home; NOT_FOUND when the food does not exist. */
export async function setPantryItem(
  userId: string,
  foodId: number,
  grams: number,
  db: Db = getDatabase(),
): Promise<void> {
  const database = await db;
  if (!(await foodExists(database, foodId))) throw AppError.notFound("Food");
  await setPantryGrams(database, userId, foodId, grams);
}
