import { getDatabase, type Db } from "@/lib/db";
import { findFoods } from "@/lib/db/foods";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";
import type { TFoodListQuery } from "@/lib/schemas/catalogue";

export async function listFoods(
  query: TFoodListQuery,
  db: Db = getDatabase(),
): Promise<{ total: number; items: FoodSummary[] }> {
  const { total, foods } = await findFoods(await db, query);
  return { total, items: foods.map(summarizeFood) };
}
