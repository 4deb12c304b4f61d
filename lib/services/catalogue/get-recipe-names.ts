import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findAllRecipes } from "@/lib/db/recipes";

/** Names of the given recipes, in the order asked; unknown ids are left out. */
export async function getRecipeNames(
  ids: number[],
  db: Database | Promise<Database> = getDatabase(),
): Promise<{ id: number; name: string }[]> {
  if (ids.length === 0) return [];
  const names = new Map((await findAllRecipes(await db)).map((recipe) => [recipe.id, recipe.name]));
  return ids.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
}
