// Idempotent catalogue seed: creates what is missing, updates what differs, leaves equal rows untouched.
import { isDeepStrictEqual } from "node:util";
import type { TFoodInput, TRecipeInput, TSeedCatalogue } from "@/lib/schemas/food";
import type { Database } from "@/lib/db/client";
import { forgetCachedRecipes } from "@/lib/db/recipes";
import { foodColumns, foodInclude, recipeInclude, toFood, toRecipe } from "@/lib/db/mappers";

export interface SeedReport {
  foods: { created: number; updated: number; unchanged: number };
  recipes: { created: number; updated: number; unchanged: number };
}

function comparableRecipe(recipe: TRecipeInput) {
  return { ...recipe, description: recipe.description ?? "" };
}

export async function seedCatalogue(db: Database, catalogue: TSeedCatalogue): Promise<SeedReport> {
  const report: SeedReport = {
    foods: { created: 0, updated: 0, unchanged: 0 },
    recipes: { created: 0, updated: 0, unchanged: 0 },
  };
  await db.prisma.$transaction(
    async (tx) => {
      const existingFoods = await tx.food.findMany({ where: { ndbNo: { not: null } }, include: foodInclude });
      const foodByNdb = new Map(existingFoods.map((row) => [row.ndbNo!, row]));
      for (const food of catalogue.foods) {
        const existing = foodByNdb.get(food.ndbNo);
        const portions = food.portions.map((portion, position) => ({ ...portion, position }));
        if (!existing) {
          await tx.food.create({
            data: { ...foodColumns(food), source: "seed", portions: { create: portions } },
          });
          report.foods.created++;
        } else if (
          // A curated food that `import:usda --force` overwrote is taken back (ADR 007).
          existing.source === "usda_import" ||
          !isDeepStrictEqual(seedFoodOf(toFood(existing), food.ndbNo), food)
        ) {
          await tx.food.update({
            where: { id: existing.id },
            data: {
              ...foodColumns(food),
              ...(existing.source === "usda_import" ? { source: "seed" as const } : {}),
              portions: { deleteMany: {}, create: portions },
            },
          });
          report.foods.updated++;
        } else {
          report.foods.unchanged++;
        }
      }

      const foodIds = new Map(
        (await tx.food.findMany({ where: { ndbNo: { not: null } }, select: { id: true, ndbNo: true } })).map(
          (row) => [row.ndbNo!, row.id],
        ),
      );
      const existingRecipes = new Map(
        (await tx.recipe.findMany({ include: recipeInclude })).map((row) => [row.slug, toRecipe(row)]),
      );
      for (const recipe of catalogue.recipes) {
        const ingredients = recipe.ingredients.map((ingredient, position) => {
          const foodId = foodIds.get(ingredient.ndbNo);
          if (foodId === undefined)
            throw new Error(`Recipe ${recipe.slug}: no food with NDB_No ${ingredient.ndbNo}`);
          return { position, foodId, grams: ingredient.grams };
        });
        const columns = {
          name: recipe.name,
          description: recipe.description ?? "",
          mealTypes: recipe.mealTypes,
          servings: recipe.servings,
          steps: recipe.steps,
        };
        const existing = existingRecipes.get(recipe.slug);
        if (!existing) {
          await tx.recipe.create({
            data: { slug: recipe.slug, ...columns, ingredients: { create: ingredients } },
          });
          report.recipes.created++;
        } else if (!isDeepStrictEqual(seedRecipeOf(existing), comparableRecipe(recipe))) {
          await tx.recipe.update({
            where: { id: existing.id },
            data: { ...columns, ingredients: { deleteMany: {}, create: ingredients } },
          });
          report.recipes.updated++;
        } else {
          report.recipes.unchanged++;
        }
      }
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  forgetCachedRecipes(db);
  return report;
}

function seedFoodOf(food: ReturnType<typeof toFood>, ndbNo: string): TFoodInput {
  return {
    ndbNo,
    name: food.name,
    foodGroup: food.foodGroup,
    aisle: food.aisle,
    fortified: food.fortified,
    diet: food.diet,
    dietUncertain: food.dietUncertain,
    uncertainReason: food.uncertainReason,
    allergens: food.allergens,
    mayContain: food.mayContain,
    per100g: food.per100g,
    portions: food.portions,
  };
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
