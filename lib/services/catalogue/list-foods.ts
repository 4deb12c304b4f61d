import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import { findFoods } from "../../db/foods";
import { summarizeFood, type FoodSummary } from "../../nutrition/catalogue-view";
import type { TFoodListQuery } from "../../schemas/catalogue";

export async function listFoods(
  query: TFoodListQuery,
  db: Database | Promise<Database> = getDatabase(),
): Promise<{ total: number; items: FoodSummary[] }> {
  const { total, foods } = await findFoods(await db, query);
  return { total, items: foods.map(summarizeFood) };
}
