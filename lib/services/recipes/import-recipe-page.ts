import "server-only";
import { getDatabase, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { extractRecipe } from "@/lib/nutrition/recipe-page/extract-recipe";
import type { TRecipeImportRequest } from "@/lib/schemas/recipe-import";
import { MAX_INGREDIENT_LINES } from "@/lib/schemas/recipe-import";
import type { TRecipeImportResponse } from "@/lib/schemas/recipe-import-responses";
import { fetchPublicPage } from "@/lib/security/safe-fetch";
import { parseIngredientLines } from "@/lib/services/recipes/parse-ingredient-lines";

export interface ImportRecipePageOptions {
  source: TRecipeImportRequest;
  /** Hosts fetched without the address check (default: RECIPE_IMPORT_ALLOWED_HOSTS, empty unless set). */
  allowedHosts?: readonly string[];
  /** The user importing: their own foods are matched too. */
  viewerId: string | null;
}

/** A recipe page (fetched safely, or pasted) → a draft: name, servings, lines matched to foods, steps. Not saved. */
export async function importRecipePage(
  { source, viewerId, allowedHosts = env.RECIPE_IMPORT_ALLOWED_HOSTS }: ImportRecipePageOptions,
  db: Db = getDatabase(),
): Promise<TRecipeImportResponse> {
  const html = "url" in source ? await fetchPublicPage(source.url, { allowedHosts }) : source.html;
  const recipe = extractRecipe(html);
  if (!recipe) throw new AppError("UNPROCESSABLE", "No recipe found on this page.");
  const lines = recipe.ingredients.slice(0, MAX_INGREDIENT_LINES);
  const ingredients = lines.length ? await parseIngredientLines({ lines, viewerId }, db) : [];
  return {
    name: recipe.name,
    servings: recipe.servings,
    ingredients,
    steps: recipe.steps.slice(0, 100).map((step) => step.slice(0, 1000)),
  };
}
