import { AppError } from "@/lib/errors/app-error";
import { getDatabase, type Db } from "@/lib/db";
import { findFoodById } from "@/lib/db/foods";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";

export async function getFood(id: number, db: Db = getDatabase()): Promise<FoodSummary> {
  const food = await findFoodById(await db, id);
  if (!food) throw AppError.notFound("Food");
  return summarizeFood(food);
}
