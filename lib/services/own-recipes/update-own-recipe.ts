import { getDatabase, type Db } from "@/lib/db";
import { updateOwnRecipe as updateOwnRecipeRow } from "@/lib/db/own-recipes";
import { AppError } from "@/lib/errors/app-error";
import { summarizeRecipe, type RecipeSummary } from "@/lib/nutrition/catalogue-view";
import type { TRecipePatch } from "@/lib/schemas/own-recipe";
import { checkIngredients } from "@/lib/services/own-recipes/check-ingredients";

/**
 * Changes one of the user's own recipes (the fields given replace the stored ones). NOT_FOUND for a
 * catalogue recipe, someone else's, or an archived one: none of them is the user's to edit.
 */
export async function updateOwnRecipe(
  options: { userId: string; recipeId: number; patch: TRecipePatch },
  db: Db = getDatabase(),
): Promise<RecipeSummary> {
  const database = await db;
  if (options.patch.ingredients) await checkIngredients(database, options.userId, options.patch.ingredients);
  const saved = await updateOwnRecipeRow(database, options.userId, options.recipeId, options.patch);
  if (!saved) throw AppError.notFound("Recipe");
  return summarizeRecipe(saved);
}
