import { AppError } from "@/lib/errors/app-error";
import { viewedItem, type ViewedItem } from "@/lib/services/catalogue/viewed-item";
import { getDatabase, type Db } from "@/lib/db";
import { findFoodById } from "@/lib/db/foods";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";

/** A catalogue food, or the viewer's own; NOT_FOUND for anyone else's own food (never 403). */
export async function getFood(which: ViewedItem, db: Db = getDatabase()): Promise<FoodSummary> {
  const { id, viewerId } = viewedItem(which);
  const food = await findFoodById(await db, id, viewerId);
  if (!food) throw AppError.notFound("Food");
  return summarizeFood(food);
}
