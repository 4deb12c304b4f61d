import type { Recipe } from "../nutrition/types";
import type { Database } from "./client";
import { recipeInclude, toRecipe } from "./mappers";

/** All recipes with their ingredients; nutrients are computed from them by lib/nutrition. */
export async function findAllRecipes(db: Database): Promise<Recipe[]> {
  const rows = await db.prisma.recipe.findMany({
    include: recipeInclude,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(toRecipe);
}

export async function findRecipeById(db: Database, id: number): Promise<Recipe | null> {
  const row = await db.prisma.recipe.findUnique({ where: { id }, include: recipeInclude });
  return row ? toRecipe(row) : null;
}
