import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findRecipeById } from "@/lib/db/recipes";
import { summarizeRecipe, type RecipeSummary } from "@/lib/nutrition/catalogue-view";

export async function getRecipe(
  id: number,
  db: Database | Promise<Database> = getDatabase(),
): Promise<RecipeSummary | null> {
  const recipe = await findRecipeById(await db, id);
  return recipe ? summarizeRecipe(recipe) : null;
}
