import { getDatabase, type Db } from "@/lib/db";
import { findFoodById } from "@/lib/db/foods";
import { findProfile } from "@/lib/db/profiles";
import { findPantry, foodExists, setPantryGrams, type PantryRecord } from "@/lib/db/shopping";
import { AppError } from "@/lib/errors/app-error";
import type { UnitSystem } from "@/lib/nutrition/profile";
import type { TPantryForm } from "@/lib/schemas/plan";
import { pantryGramsOf } from "@/lib/shopping/pantry-units";

export interface PantryView {
  units: UnitSystem;
  items: PantryRecord[];
}

/** What is at home, with the units of the user's profile. */
export async function listPantry(userId: string, db: Db = getDatabase()): Promise<PantryView> {
  const database = await db;
  const [items, profile] = await Promise.all([findPantry(database, userId), findProfile(database, userId)]);
  return { units: profile?.profile.units ?? "metric", items };
}

/** Sets what is at home, in grams of the food; 0 removes it. Throws NOT_FOUND for an unknown food. */
export async function setPantryItem(userId: string, foodId: number, grams: number, db: Db = getDatabase()) {
  const database = await db;
  if (!(await foodExists(database, foodId, userId))) throw AppError.notFound("Food");
  await setPantryGrams(database, userId, foodId, grams);
}

/**
 * Sets what is at home from an amount in a buying unit ("3" eggs, "1" bag, "1.5" L), converted to grams
 * of the food; 0 removes it. Throws NOT_FOUND for an unknown food, INVALID_INPUT for a unit it lacks.
 */
export async function setPantryAmount(userId: string, amount: TPantryForm, db: Db = getDatabase()) {
  const database = await db;
  const [food, profile] = await Promise.all([
    findFoodById(database, amount.foodId, userId),
    findProfile(database, userId),
  ]);
  if (!food) throw AppError.notFound("Food");
  let grams: number;
  try {
    grams = pantryGramsOf(amount.quantity, amount.unit, food, profile?.profile.units ?? "metric");
  } catch {
    throw new AppError("INVALID_INPUT", `${food.name} is not counted in ${amount.unit}`, {
      fieldErrors: [{ field: "unit", message: `Choose a unit ${food.name} comes in` }],
    });
  }
  await setPantryGrams(database, userId, food.id, grams);
  return { name: food.name, grams };
}

/** "I have this": adds grams of a food to what is at home. */
export async function addToPantry(userId: string, foodId: number, grams: number, db: Db = getDatabase()) {
  const database = await db;
  if (!(await foodExists(database, foodId, userId))) throw AppError.notFound("Food");
  const current = (await findPantry(database, userId)).find((item) => item.foodId === foodId)?.grams ?? 0;
  await setPantryGrams(database, userId, foodId, current + grams);
}
