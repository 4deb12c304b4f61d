import type { Recipe } from "@/lib/nutrition/types";
import type { Database } from "@/lib/db/client";
import { recipeInclude, toRecipe } from "@/lib/db/mappers";

/**
 * How long a process keeps the recipe catalogue. Every plan view, swap, shopping list and preview needs all
 * recipes with their foods (~70–120 ms to load), and the catalogue only changes when the seed or the USDA
 * import runs: in this process they forget it at once, from another process it is picked up within a minute.
 */
const CATALOGUE_TTL_MS = 60_000;

const cachedCatalogues = new WeakMap<Database, { loadedAt: number; recipes: Promise<readonly Recipe[]> }>();

async function loadAllRecipes(db: Database): Promise<readonly Recipe[]> {
  const rows = await db.prisma.recipe.findMany({
    // The shared catalogue only: users' own recipes are private and never cached (lib/db/own-recipes.ts).
    where: { ownerId: null },
    include: recipeInclude,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return Object.freeze(rows.map(toRecipe));
}

/** All catalogue recipes with their ingredients (shared and frozen: do not change them); nutrients come from lib/nutrition. */
export function findAllRecipes(db: Database): Promise<readonly Recipe[]> {
  const cached = cachedCatalogues.get(db);
  if (cached && Date.now() - cached.loadedAt < CATALOGUE_TTL_MS) return cached.recipes;
  const recipes = loadAllRecipes(db);
  cachedCatalogues.set(db, { loadedAt: Date.now(), recipes });
  recipes.catch(() => cachedCatalogues.delete(db));
  return recipes;
}

/** After writing foods or recipes: the next read loads the catalogue again. */
export function forgetCachedRecipes(db: Database): void {
  cachedCatalogues.delete(db);
}

/** A catalogue recipe by id; users' own recipes are found through lib/db/own-recipes.ts. */
export async function findRecipeById(db: Database, id: number): Promise<Recipe | null> {
  const row = await db.prisma.recipe.findFirst({ where: { id, ownerId: null }, include: recipeInclude });
  return row ? toRecipe(row) : null;
}
