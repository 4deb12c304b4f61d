import { AppError } from "@/lib/errors/app-error";
import { viewedItem, type ViewedItem } from "@/lib/services/catalogue/viewed-item";
import { getDatabase, type Db } from "@/lib/db";
import { findRecipeForViewer } from "@/lib/db/own-recipes";
import { summarizeRecipe, type RecipeSummary } from "@/lib/nutrition/catalogue-view";

/** A catalogue recipe, or the viewer's own (archived too); NOT_FOUND for anyone else's (never 403). */
export async function getRecipe(which: ViewedItem, db: Db = getDatabase()): Promise<RecipeSummary> {
  const { id, viewerId } = viewedItem(which);
  const recipe = await findRecipeForViewer(await db, id, viewerId);
  if (!recipe) throw AppError.notFound("Recipe");
  return summarizeRecipe(recipe);
}
