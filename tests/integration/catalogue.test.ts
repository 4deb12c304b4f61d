import { describe, expect, it } from "vitest";
import { seedCatalogue } from "@/lib/db/seed";
import { loadSeedCatalogue } from "@/lib/db/seed-data";
import { isAllowedFor, recipeDiets } from "@/lib/nutrition/diet";
import { recipeNutrition } from "@/lib/nutrition/recipe-nutrition";
import { ZFoodListQuerySchema, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { getFood } from "@/lib/services/catalogue/get-food";
import { getRecipe } from "@/lib/services/catalogue/get-recipe";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

const foodQuery = (input: Record<string, unknown>) => ZFoodListQuerySchema.parse(input);
const recipeQuery = (input: Record<string, unknown>) => ZRecipeListQuerySchema.parse(input);

function isNonIncreasing(values: (number | null)[]) {
  const known = values.filter((value): value is number => value !== null);
  const nullsLast =
    values.indexOf(null) === -1 || values.slice(values.indexOf(null)).every((v) => v === null);
  return nullsLast && known.every((value, index) => index === 0 || value <= known[index - 1]!);
}

describe.each(testDatabaseKinds())("catalogue on %s", (kind) => {
  const db = useTestDatabase(kind);

  it("serves at least 400 foods and finds raw spinach with its SR28 magnesium", async () => {
    expect((await listFoods(foodQuery({}), db)).total).toBeGreaterThanOrEqual(400);
    const { items } = await listFoods(foodQuery({ q: "spinach" }), db);
    const spinach = items.find((item) => item.food.ndbNo === "11457");
    expect(spinach?.food.name).toMatch(/spinach, raw/i);
    expect(spinach?.food.per100g.magnesiumMg).toBe(79);
  });

  it("matches every search word in any case and order", async () => {
    const { items } = await listFoods(foodQuery({ q: "RAW spinach" }), db);
    expect(items.map((item) => item.food.ndbNo)).toContain("11457");
    expect((await listFoods(foodQuery({ q: "no-such-food-zzz" }), db)).total).toBe(0);
  });

  it("filters by diet and food group", async () => {
    const vegan = await listFoods(foodQuery({ diet: "vegan", limit: 100 }), db);
    expect(vegan.total).toBeGreaterThan(100);
    expect(vegan.items.every((item) => isAllowedFor("vegan", item.food.diet))).toBe(true);
    const fish = await listFoods(foodQuery({ group: "fish-shellfish", limit: 100 }), db);
    expect(fish.total).toBeGreaterThan(5);
    expect(fish.items.every((item) => item.food.foodGroup === "fish-shellfish")).toBe(true);
    expect((await listFoods(foodQuery({ group: "fish-shellfish", diet: "vegan" }), db)).total).toBe(0);
  });

  it.each(["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"] as const)(
    "sorts by %s per 100 g and per portion, highest first, unknown last",
    async (nutrient) => {
      const per100g = await listFoods(foodQuery({ sort: nutrient, limit: 100 }), db);
      expect(isNonIncreasing(per100g.items.map((item) => item.food.per100g[nutrient]))).toBe(true);
      const perPortion = await listFoods(foodQuery({ sort: nutrient, per: "portion", limit: 100 }), db);
      expect(isNonIncreasing(perPortion.items.map((item) => item.perPortion[nutrient]))).toBe(true);
    },
  );

  it("pages through the catalogue without overlap", async () => {
    const first = await listFoods(foodQuery({ limit: 10 }), db);
    const second = await listFoods(foodQuery({ limit: 10, offset: 10 }), db);
    const firstIds = new Set(first.items.map((item) => item.food.id));
    expect(second.items.some((item) => firstIds.has(item.food.id))).toBe(false);
    expect((await listFoods(foodQuery({ offset: 100_000 }), db)).items).toEqual([]);
  });

  it("answers NOT_FOUND for an unknown food or recipe id", async () => {
    await expect(getFood(2_000_000_000, db)).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
    await expect(getRecipe(2_000_000_000, db)).rejects.toMatchObject({ code: "NOT_FOUND", status: 404 });
  });

  it("lists recipes by diet and meal type with nutrients computed from ingredients", async () => {
    const all = await listRecipes(recipeQuery({ limit: 100 }), db);
    expect(all.total).toBeGreaterThanOrEqual(150);
    const veganBreakfasts = await listRecipes(
      recipeQuery({ diet: "vegan", mealType: "breakfast", limit: 100 }),
      db,
    );
    expect(veganBreakfasts.total).toBeGreaterThanOrEqual(8);
    for (const { recipe } of veganBreakfasts.items) {
      expect(recipeDiets(recipe)).toContain("vegan");
      expect(recipe.mealTypes).toContain("breakfast");
    }
    const first = all.items[0]!;
    const detail = await getRecipe(first.recipe.id, db);
    expect(detail?.perServing).toEqual(recipeNutrition(first.recipe).perServing);
  });

  it("seeding again changes nothing", async () => {
    const report = await seedCatalogue(db, loadSeedCatalogue());
    expect(report.foods.created + report.foods.updated).toBe(0);
    expect(report.recipes.created + report.recipes.updated).toBe(0);
  });

  it("seeding a changed recipe replaces its servings and ingredients, and seeding the original restores it", async () => {
    const catalogue = loadSeedCatalogue();
    const [original] = catalogue.recipes;
    const changed = {
      ...original!,
      servings: original!.servings + 1,
      ingredients: [...original!.ingredients.slice(1), { ndbNo: "11457", grams: 30 }],
    };
    const stored = async () =>
      (await listRecipes(recipeQuery({ q: original!.name, limit: 100 }), db)).items.find(
        (item) => item.recipe.slug === original!.slug,
      )!.recipe;
    const ingredientsOf = (recipe: Awaited<ReturnType<typeof stored>>) =>
      recipe.ingredients.map((ingredient) => ({ ndbNo: ingredient.food.ndbNo, grams: ingredient.grams }));

    const report = await seedCatalogue(db, {
      ...catalogue,
      recipes: [changed, ...catalogue.recipes.slice(1)],
    });
    expect(report.recipes).toEqual({ created: 0, updated: 1, unchanged: catalogue.recipes.length - 1 });
    expect((await stored()).servings).toBe(changed.servings);
    expect(ingredientsOf(await stored())).toEqual(changed.ingredients);

    expect((await seedCatalogue(db, catalogue)).recipes.updated).toBe(1);
    expect(ingredientsOf(await stored())).toEqual(original!.ingredients);
  });
});
