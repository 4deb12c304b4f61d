import { getDatabase, type Db } from "@/lib/db";
import { findAllRecipes } from "@/lib/db/recipes";
import { summarizeRecipe, type RecipeSummary } from "@/lib/nutrition/catalogue-view";
import type { TRecipeListQuery } from "@/lib/schemas/catalogue";

// Recipes are filtered after their nutrients are computed from ingredients (they are never stored).
// A few hundred recipes take a few milliseconds; revisit when the catalogue grows past thousands.
export async function listRecipes(
  query: TRecipeListQuery,
  db: Db = getDatabase(),
): Promise<{ total: number; items: RecipeSummary[] }> {
  const words = (query.q ?? "")
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const matching = (await findAllRecipes(await db)).map(summarizeRecipe).filter(({ recipe, diets }) => {
    const name = recipe.name.toLowerCase();
    return (
      words.every((word) => name.includes(word)) &&
      (!query.diet || diets.includes(query.diet)) &&
      (!query.mealType || recipe.mealTypes.includes(query.mealType))
    );
  });
  const sort = query.sort;
  if (sort !== "name") {
    matching.sort((a, b) => (b.perServing[sort].amount ?? -1) - (a.perServing[sort].amount ?? -1));
  }
  return { total: matching.length, items: matching.slice(query.offset, query.offset + query.limit) };
}
