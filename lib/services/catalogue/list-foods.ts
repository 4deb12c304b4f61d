import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findFoods } from "@/lib/db/foods";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";
import type { TFoodListQuery } from "@/lib/schemas/catalogue";

export async function listFoods(
  query: TFoodListQuery,
  db: Database | Promise<Database> = getDatabase(),
): Promise<{ total: number; items: FoodSummary[] }> {
  const { total, foods } = await findFoods(await db, query);
  return { total, items: foods.map(summarizeFood) };
}
