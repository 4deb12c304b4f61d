import { getDatabase, type Db } from "@/lib/db";
import { deleteOwnFood as deleteOwnFoodRow, recipesUsingFood } from "@/lib/db/own-foods";
import { findFoodById } from "@/lib/db/foods";
import { AppError } from "@/lib/errors/app-error";

/**
 * Deletes one of the user's own foods (with its pantry and shopping-list ticks). CONFLICT while a recipe
 * of theirs uses it: the recipe would lose an ingredient. NOT_FOUND for any food that is not theirs.
 */
export async function deleteOwnFood(
  options: { userId: string; foodId: number },
  db: Db = getDatabase(),
): Promise<void> {
  const database = await db;
  const food = await findFoodById(database, options.foodId, options.userId);
  if (!food || food.ownerId !== options.userId) throw AppError.notFound("Food");
  const recipes = await recipesUsingFood(database, options.foodId);
  if (recipes.length > 0) {
    throw new AppError(
      "CONFLICT",
      `${food.name} is in your recipe${recipes.length > 1 ? "s" : ""} ${recipes.join(", ")}; take it out first.`,
    );
  }
  if (!(await deleteOwnFoodRow(database, options.userId, options.foodId))) throw AppError.notFound("Food");
}
