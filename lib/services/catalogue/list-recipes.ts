import { getDatabase, type Db } from "@/lib/db";
import { findOwnRecipes } from "@/lib/db/own-recipes";
import { findAllRecipes } from "@/lib/db/recipes";
import { summarizeRecipe, type RecipeSummary } from "@/lib/nutrition/catalogue-view";
import type { TRecipeListQuery } from "@/lib/schemas/catalogue";

// Recipes are filtered after their nutrients are computed from ingredients (they are never stored).
// A few hundred recipes take a few milliseconds; revisit when the catalogue grows past thousands.
// With a `viewerId`, that user's own recipes (not archived) come first, marked "yours" by the pages.
export async function listRecipes(
  query: TRecipeListQuery & { viewerId?: string | null },
  db: Db = getDatabase(),
): Promise<{ total: number; items: RecipeSummary[] }> {
  const database = await db;
  const [own, catalogue] = await Promise.all([
    query.viewerId ? findOwnRecipes(database, query.viewerId) : [],
    findAllRecipes(database),
  ]);
  const words = (query.q ?? "")
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  const matching = [...own, ...catalogue].map(summarizeRecipe).filter(({ recipe, diets }) => {
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
