import { AppError } from "@/lib/errors/app-error";
import { getDatabase, type Db } from "@/lib/db";
import { findFoodById } from "@/lib/db/foods";
import { summarizeFood, type FoodSummary } from "@/lib/nutrition/catalogue-view";

/** A catalogue food, or the viewer's own; NOT_FOUND for anyone else's own food (never 403). */
export async function getFood(
  which: number | { id: number; viewerId: string | null },
  db: Db = getDatabase(),
): Promise<FoodSummary> {
  const { id, viewerId } = typeof which === "number" ? { id: which, viewerId: null } : which;
  const food = await findFoodById(await db, id, viewerId);
  if (!food) throw AppError.notFound("Food");
  return summarizeFood(food);
}
