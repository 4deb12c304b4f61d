import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import { findRecipeById } from "../../db/recipes";
import { summarizeRecipe, type RecipeSummary } from "../../nutrition/catalogue-view";

export async function getRecipe(
  id: number,
  db: Database | Promise<Database> = getDatabase(),
): Promise<RecipeSummary | null> {
  const recipe = await findRecipeById(await db, id);
  return recipe ? summarizeRecipe(recipe) : null;
}
