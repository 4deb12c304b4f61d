import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import { findFoodById } from "../../db/foods";
import { summarizeFood, type FoodSummary } from "../../nutrition/catalogue-view";

export async function getFood(
  id: number,
  db: Database | Promise<Database> = getDatabase(),
): Promise<FoodSummary | null> {
  const food = await findFoodById(await db, id);
  return food ? summarizeFood(food) : null;
}
