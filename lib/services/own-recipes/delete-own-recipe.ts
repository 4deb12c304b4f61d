import { getDatabase, type Db } from "@/lib/db";
import { removeOwnRecipe } from "@/lib/db/own-recipes";
import { AppError } from "@/lib/errors/app-error";

/**
 * Deletes one of the user's own recipes, or archives it when a saved plan (or its undo history) uses it:
 * past weeks keep showing it, the planner never offers it again. NOT_FOUND for any other recipe.
 */
export async function deleteOwnRecipe(
  options: { userId: string; recipeId: number },
  db: Db = getDatabase(),
): Promise<{ outcome: "archived" | "deleted" }> {
  const outcome = await removeOwnRecipe(await db, options.userId, options.recipeId);
  if (!outcome) throw AppError.notFound("Recipe");
  return { outcome };
}
