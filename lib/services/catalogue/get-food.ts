import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findFoodById } from "@/lib/db/foods";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";

export async function getFood(
  id: number,
  db: Database | Promise<Database> = getDatabase(),
): Promise<FoodSummary | null> {
  const food = await findFoodById(await db, id);
  return food ? summarizeFood(food) : null;
}
