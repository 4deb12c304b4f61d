// A user's own recipes: private rows of Recipe with ownerId set, outside the shared catalogue cache
// (lib/db/recipes.ts holds the catalogue only). A recipe a saved plan uses is archived, not deleted (ADR 022).
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { recipeInclude, toRecipe } from "@/lib/db/mappers";
import { findAllRecipes } from "@/lib/db/recipes";
import type { Recipe } from "@/lib/nutrition/types";
import type { TRecipeDraft, TRecipePatch } from "@/lib/schemas/own-recipe";

/** Own recipes that are not archived: what the limit counts. */
export async function countOwnRecipes(db: Database, userId: string): Promise<number> {
  return db.prisma.recipe.count({ where: { ownerId: userId, archivedAt: null } });
}

/** The user's own recipes, newest name order; archived ones only when asked (past plans show them). */
export async function findOwnRecipes(
  db: Database,
  userId: string,
  options: { includeArchived?: boolean } = {},
): Promise<Recipe[]> {
  const rows = await db.prisma.recipe.findMany({
    where: { ownerId: userId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    include: recipeInclude,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(toRecipe);
}

/** A catalogue recipe, or the viewer's own (archived too); someone else's own recipe is null. */
export async function findRecipeForViewer(
  db: Database,
  id: number,
  viewerId: string | null,
): Promise<Recipe | null> {
  const row = await db.prisma.recipe.findUnique({ where: { id }, include: recipeInclude });
  if (!row || (row.ownerId !== null && row.ownerId !== viewerId)) return null;
  return toRecipe(row);
}

/** Of the given food ids, those the user may cook with: the shared catalogue and their own foods. */
export async function usableFoodIds(db: Database, userId: string, ids: number[]): Promise<Set<number>> {
  const rows = await db.prisma.food.findMany({
    where: { id: { in: ids }, OR: [{ ownerId: null }, { ownerId: userId }] },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}

function ingredientRows(ingredients: TRecipeDraft["ingredients"]) {
  return ingredients.map((ingredient, position) => ({
    position,
    foodId: ingredient.foodId,
    grams: ingredient.grams,
    line: ingredient.line ?? null,
  }));
}

export async function insertOwnRecipe(db: Database, userId: string, draft: TRecipeDraft): Promise<Recipe> {
  const row = await db.prisma.recipe.create({
    data: {
      // Slugs are unique across the catalogue; an own recipe's says whose it is not, only that it is one.
      slug: `own-${randomUUID()}`,
      ownerId: userId,
      name: draft.name,
      description: draft.description,
      mealTypes: draft.mealTypes,
      servings: draft.servings,
      steps: draft.steps,
      ingredients: { create: ingredientRows(draft.ingredients) },
    },
    include: recipeInclude,
  });
  return toRecipe(row);
}

/** Applies a patch to an own, not archived recipe; null when the user has no such recipe. */
export async function updateOwnRecipe(
  db: Database,
  userId: string,
  id: number,
  patch: TRecipePatch,
): Promise<Recipe | null> {
  return db.prisma.$transaction(async (tx) => {
    const { ingredients, ...columns } = patch;
    const { count } = await tx.recipe.updateMany({
      where: { id, ownerId: userId, archivedAt: null },
      data: { ...columns, updatedAt: new Date() },
    });
    if (count === 0) return null;
    if (ingredients) {
      await tx.recipeIngredient.deleteMany({ where: { recipeId: id } });
      await tx.recipeIngredient.createMany({
        data: ingredientRows(ingredients).map((row) => ({ ...row, recipeId: id })),
      });
    }
    return toRecipe(await tx.recipe.findUniqueOrThrow({ where: { id }, include: recipeInclude }));
  });
}

/** True when a saved plan of the user has the recipe, as a meal or in its undo history. */
async function usedByPlans(
  tx: Pick<Database["prisma"], "planEntry" | "planRevision">,
  userId: string,
  id: number,
) {
  const entries = await tx.planEntry.count({ where: { recipeId: id, plan: { userId } } });
  if (entries > 0) return true;
  const revisions = await tx.planRevision.findMany({
    where: { plan: { userId } },
    select: { entries: true },
  });
  return revisions.some(
    ({ entries }) =>
      Array.isArray(entries) &&
      entries.some(
        (entry) =>
          typeof entry === "object" && entry !== null && "recipeId" in entry && entry.recipeId === id,
      ),
  );
}

/**
 * Removes an own recipe: archived when a saved plan uses it (past weeks stay intact), deleted otherwise.
 * Null when the user has no such (not yet archived) recipe.
 */
export async function removeOwnRecipe(
  db: Database,
  userId: string,
  id: number,
): Promise<"archived" | "deleted" | null> {
  return db.prisma.$transaction(async (tx) => {
    const recipe = await tx.recipe.findFirst({ where: { id, ownerId: userId, archivedAt: null } });
    if (!recipe) return null;
    if (await usedByPlans(tx, userId, id)) {
      await tx.recipe.update({ where: { id }, data: { archivedAt: new Date() } });
      return "archived";
    }
    await tx.recipe.delete({ where: { id } });
    return "deleted";
  });
}

/** The shared catalogue and the user's own recipes, archived ones too: what their saved plans may name. */
export async function findRecipesForUser(db: Database, userId: string): Promise<readonly Recipe[]> {
  const [catalogue, own] = await Promise.all([
    findAllRecipes(db),
    findOwnRecipes(db, userId, { includeArchived: true }),
  ]);
  return own.length === 0 ? catalogue : [...catalogue, ...own];
}
