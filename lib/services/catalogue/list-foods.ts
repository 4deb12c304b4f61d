import { getDatabase, type Db } from "@/lib/db";
import { findFoods } from "@/lib/db/foods";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";
import type { TFoodListQuery } from "@/lib/schemas/catalogue";

/** Catalogue foods matching the query; with a `viewerId`, that user's own foods too (first in a search). */
export async function listFoods(
  query: TFoodListQuery & { viewerId?: string | null },
  db: Db = getDatabase(),
): Promise<{ total: number; items: FoodSummary[] }> {
  const { total, foods } = await findFoods(await db, query, query.viewerId ?? null);
  return { total, items: foods.map(summarizeFood) };
}
