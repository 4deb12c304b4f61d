import { AppError } from "@/lib/errors/app-error";
import { getDatabase, type Db } from "@/lib/db";
import { findRecipeById } from "@/lib/db/recipes";
import { summarizeRecipe, type RecipeSummary } from "@/lib/nutrition/catalogue-view";

export async function getRecipe(id: number, db: Db = getDatabase()): Promise<RecipeSummary> {
  const recipe = await findRecipeById(await db, id);
  if (!recipe) throw AppError.notFound("Recipe");
  return summarizeRecipe(recipe);
}
