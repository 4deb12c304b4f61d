// Idempotent catalogue seed: creates what is missing, updates what differs, leaves equal rows untouched.
// Writes are batched (one createMany per table and change kind): a row-by-row seed of the catalogue
// spent most of a first start in round trips to PGlite.
import { isDeepStrictEqual } from "node:util";
import type { TFoodInput, TRecipeInput, TSeedCatalogue, TSideInput } from "@/lib/schemas/food";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { forgetCachedRecipes } from "@/lib/db/recipes";
import { foodColumns, foodInclude, recipeInclude, toFood, toRecipe } from "@/lib/db/mappers";

export interface SeedReport {
  foods: { created: number; updated: number; unchanged: number };
  recipes: { created: number; updated: number; unchanged: number };
  sides: { created: number; updated: number; unchanged: number };
}

type Transaction = Prisma.TransactionClient;

export async function seedCatalogue(db: Database, catalogue: TSeedCatalogue): Promise<SeedReport> {
  const report = await db.prisma.$transaction(
    async (tx) => ({
      foods: await seedFoods(tx, catalogue.foods),
      recipes: await seedRecipes(tx, catalogue.recipes),
      sides: await seedSides(tx, catalogue.sides),
    }),
    { timeout: 120_000, maxWait: 30_000 },
  );
  forgetCachedRecipes(db);
  return report;
}

async function seedFoods(tx: Transaction, foods: readonly TFoodInput[]): Promise<SeedReport["foods"]> {
  const existingFoods = await tx.food.findMany({ where: { ndbNo: { not: null } }, include: foodInclude });
  const foodByNdb = new Map(existingFoods.map((row) => [row.ndbNo!, row]));
  const created: TFoodInput[] = [];
  const updated: { id: number; food: TFoodInput; takenBack: boolean }[] = [];
  for (const food of foods) {
    const existing = foodByNdb.get(food.ndbNo);
    if (!existing) created.push(food);
    // A curated food that `import:usda --force` overwrote is taken back (ADR 007).
    else if (existing.source === "usda_import" || !isDeepStrictEqual(seedFoodOf(toFood(existing)), food)) {
      updated.push({ id: existing.id, food, takenBack: existing.source === "usda_import" });
    }
  }

  const createdRows = await tx.food.createManyAndReturn({
    data: created.map((food) => ({ ...foodColumns(food), source: "seed" as const })),
    select: { id: true, ndbNo: true },
  });
  const idByNdb = new Map(createdRows.map((row) => [row.ndbNo!, row.id]));
  for (const { id, food, takenBack } of updated) {
    await tx.food.update({
      where: { id },
      data: { ...foodColumns(food), ...(takenBack ? { source: "seed" as const } : {}) },
    });
  }
  await tx.foodPortion.deleteMany({ where: { foodId: { in: updated.map((u) => u.id) } } });
  await tx.foodPortion.createMany({
    data: [
      ...created.flatMap((food) => portionRows(idByNdb.get(food.ndbNo)!, food)),
      ...updated.flatMap(({ id, food }) => portionRows(id, food)),
    ],
  });
  return counts(foods.length, created.length, updated.length);
}

function portionRows(foodId: number, food: TFoodInput) {
  return food.portions.map((portion, position) => ({ foodId, position, ...portion }));
}

async function seedRecipes(
  tx: Transaction,
  recipes: readonly TRecipeInput[],
): Promise<SeedReport["recipes"]> {
  const foodIds = new Map(
    (await tx.food.findMany({ where: { ndbNo: { not: null } }, select: { id: true, ndbNo: true } })).map(
      (row) => [row.ndbNo!, row.id],
    ),
  );
  const existingRecipes = new Map(
    (await tx.recipe.findMany({ include: recipeInclude })).map((row) => [row.slug, toRecipe(row)]),
  );
  const created: TRecipeInput[] = [];
  const updated: { id: number; recipe: TRecipeInput }[] = [];
  for (const recipe of recipes) {
    for (const ingredient of recipe.ingredients) {
      if (!foodIds.has(ingredient.ndbNo))
        throw new Error(`Recipe ${recipe.slug}: no food with NDB_No ${ingredient.ndbNo}`);
    }
    const existing = existingRecipes.get(recipe.slug);
    if (!existing) created.push(recipe);
    else if (!isDeepStrictEqual(seedRecipeOf(existing), comparableRecipe(recipe))) {
      updated.push({ id: existing.id, recipe });
    }
  }

  const createdRows = await tx.recipe.createManyAndReturn({
    data: created.map((recipe) => ({ slug: recipe.slug, ...recipeColumns(recipe) })),
    select: { id: true, slug: true },
  });
  const idBySlug = new Map(createdRows.map((row) => [row.slug, row.id]));
  for (const { id, recipe } of updated)
    await tx.recipe.update({ where: { id }, data: recipeColumns(recipe) });
  await tx.recipeIngredient.deleteMany({ where: { recipeId: { in: updated.map((u) => u.id) } } });
  const ingredientRows = (recipeId: number, recipe: TRecipeInput) =>
    recipe.ingredients.map((ingredient, position) => ({
      recipeId,
      position,
      foodId: foodIds.get(ingredient.ndbNo)!,
      grams: ingredient.grams,
    }));
  await tx.recipeIngredient.createMany({
    data: [
      ...created.flatMap((recipe) => ingredientRows(idBySlug.get(recipe.slug)!, recipe)),
      ...updated.flatMap(({ id, recipe }) => ingredientRows(id, recipe)),
    ],
  });
  return counts(recipes.length, created.length, updated.length);
}

/** The side catalogue by slug: created, or updated where it differs (a side in a plan is never deleted). */
async function seedSides(tx: Transaction, sides: readonly TSideInput[]): Promise<SeedReport["sides"]> {
  const foods = await tx.food.findMany({
    where: { ndbNo: { not: null } },
    select: { id: true, ndbNo: true },
  });
  const foodIds = new Map(foods.map((row) => [row.ndbNo!, row.id]));
  const existing = new Map((await tx.side.findMany()).map((row) => [row.slug, row]));
  const columns = (side: TSideInput) => {
    const foodId = foodIds.get(side.ndbNo);
    if (foodId === undefined) throw new Error(`Side ${side.slug}: no food with NDB_No ${side.ndbNo}`);
    const { slug, name, grams, portion, group, mealTypes } = side;
    return { slug, name, grams, portion, group, mealTypes, foodId };
  };
  const created = sides.filter((side) => !existing.has(side.slug));
  const updated = sides.filter((side) => {
    const row = existing.get(side.slug);
    if (!row) return false;
    const { slug, name, grams, portion, group, mealTypes, foodId } = row;
    return !isDeepStrictEqual({ slug, name, grams, portion, group, mealTypes, foodId }, columns(side));
  });
  await tx.side.createMany({ data: created.map(columns) });
  for (const side of updated) await tx.side.update({ where: { slug: side.slug }, data: columns(side) });
  return counts(sides.length, created.length, updated.length);
}

function recipeColumns(recipe: TRecipeInput) {
  return {
    name: recipe.name,
    description: recipe.description ?? "",
    mealTypes: recipe.mealTypes,
    servings: recipe.servings,
    steps: recipe.steps,
  };
}

function comparableRecipe(recipe: TRecipeInput) {
  return { ...recipe, description: recipe.description ?? "" };
}

function seedFoodOf({ id, ndbNo, ownerId, ...food }: ReturnType<typeof toFood>): TFoodInput {
  return { ...food, ndbNo: ndbNo! };
}

function seedRecipeOf(recipe: ReturnType<typeof toRecipe>): TRecipeInput {
  return {
    slug: recipe.slug,
    name: recipe.name,
    description: recipe.description,
    mealTypes: recipe.mealTypes,
    servings: recipe.servings,
    steps: recipe.steps,
    ingredients: recipe.ingredients.map((ingredient) => ({
      ndbNo: ingredient.food.ndbNo!,
      grams: ingredient.grams,
    })),
  };
}

function counts(total: number, created: number, updated: number): SeedReport["foods"] {
  return { created, updated, unchanged: total - created - updated };
}
