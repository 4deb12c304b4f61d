import { describe, expect, it } from "vitest";
import { deleteUserAndData } from "@/lib/db/account";
import { exportAccountData } from "@/lib/services/account/export-account-data";
import { getFood } from "@/lib/services/catalogue/get-food";
import { getRecipe } from "@/lib/services/catalogue/get-recipe";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { deleteOwnFood } from "@/lib/services/own-foods/delete-own-food";
import { createOwnFood } from "@/lib/services/own-foods/save-own-food";
import { createOwnRecipe } from "@/lib/services/own-recipes/create-own-recipe";
import { deleteOwnRecipe } from "@/lib/services/own-recipes/delete-own-recipe";
import { updateOwnRecipe } from "@/lib/services/own-recipes/update-own-recipe";
import { listMealAlternatives, swapMeal } from "@/lib/services/planning/change-meal";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { ZFoodListQuerySchema, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { OWN_RECIPE_LIMITS, ZRecipeDraftSchema } from "@/lib/schemas/own-recipe";
import { shiftWeek } from "@/lib/planner/week";
import { createProfile, createUser } from "@/tests/db-utils";
import { plantMilkLabel, recipeDraft } from "@/tests/factories/own-catalogue";
import { PLAN_WEEK } from "@/tests/factories/plan";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

describe.each(testDatabaseKinds())("own foods and recipes on %s", (kind) => {
  const db = useTestDatabase(kind);

  const foodQuery = (q: string) => ZFoodListQuerySchema.parse({ q });
  const recipeQuery = (q: string) => ZRecipeListQuerySchema.parse({ q });

  async function ownFood(userId: string, overrides = {}) {
    return (await createOwnFood({ userId, label: plantMilkLabel(overrides) }, db)).food;
  }

  it("stores a label per 100 g: % DV with the FDA 2016 values, IU as µg, a missing figure as null", async () => {
    const { id: userId } = await createUser(db, "label");
    const food = await ownFood(userId);
    // 240 ml is taken as 240 g: 35 % of 1,300 mg calcium, 200 IU = 5 µg vitamin D, per 240 g.
    expect(food.per100g.calciumMg).toBeCloseTo((0.35 * 1300 * 100) / 240, 6);
    expect(food.per100g.vitaminDMcg).toBeCloseTo((5 * 100) / 240, 6);
    expect(food.per100g.vitaminB12Mcg).toBeCloseTo(0.5, 6);
    expect(food.per100g.energyKcal).toBeCloseTo(50, 6);
    expect(food.per100g.magnesiumMg).toBeNull();
    expect(food.portions).toEqual([{ grams: 240, description: "1 serving (240 ml)" }]);
    expect(food).toMatchObject({ fortified: true, dietUncertain: [], ownerId: userId });
    await expect(
      createOwnFood(
        {
          userId,
          label: plantMilkLabel({ servingSize: 10, perServing: { ...plantMilkLabel().perServing } }),
        },
        db,
      ),
    ).rejects.toMatchObject({
      status: 400,
      fieldErrors: expect.arrayContaining([
        { field: "perServing.carbohydrateG", message: expect.any(String) },
      ]),
    });
  });

  it("keeps own foods and recipes private: another user and visitors get 404 and never find them", async () => {
    const { id: owner } = await createUser(db, "owner");
    const { id: other } = await createUser(db, "other");
    const food = await ownFood(owner, { name: "Zqx private yeast" });
    const { recipe } = await createOwnRecipe(
      { userId: owner, draft: recipeDraft(food.id, { name: "Zqx private bowl" }) },
      db,
    );

    expect((await getFood({ id: food.id, viewerId: owner }, db)).food.name).toBe("Zqx private yeast");
    expect((await getRecipe({ id: recipe.id, viewerId: owner }, db)).recipe.ownerId).toBe(owner);
    for (const viewerId of [other, null]) {
      await expect(getFood({ id: food.id, viewerId }, db)).rejects.toMatchObject({ status: 404 });
      await expect(getRecipe({ id: recipe.id, viewerId }, db)).rejects.toMatchObject({ status: 404 });
      expect((await listFoods({ ...foodQuery("zqx"), viewerId }, db)).total).toBe(0);
      expect((await listRecipes({ ...recipeQuery("zqx"), viewerId }, db)).total).toBe(0);
    }
    expect((await listFoods({ ...foodQuery("zqx"), viewerId: owner }, db)).items[0]?.food.id).toBe(food.id);
    expect((await listRecipes({ ...recipeQuery("zqx"), viewerId: owner }, db)).items[0]?.recipe.id).toBe(
      recipe.id,
    );

    // Another user can neither cook with the food nor change or delete either.
    await expect(createOwnRecipe({ userId: other, draft: recipeDraft(food.id) }, db)).rejects.toMatchObject({
      status: 400,
      fieldErrors: [{ field: "ingredients.0.foodId", message: `There is no food ${food.id}` }],
    });
    await expect(
      updateOwnRecipe({ userId: other, recipeId: recipe.id, patch: { name: "Mine now" } }, db),
    ).rejects.toMatchObject({ status: 404 });
    await expect(deleteOwnRecipe({ userId: other, recipeId: recipe.id }, db)).rejects.toMatchObject({
      status: 404,
    });
    await expect(deleteOwnFood({ userId: other, foodId: food.id }, db)).rejects.toMatchObject({
      status: 404,
    });
    // The owner cannot delete a food their recipe still uses.
    await expect(deleteOwnFood({ userId: owner, foodId: food.id }, db)).rejects.toMatchObject({
      status: 409,
    });
  });

  it("computes diets and allergens from the ingredients: a stated dairy food makes the recipe not vegan", async () => {
    const { id: userId } = await createUser(db, "diets");
    const plant = await ownFood(userId);
    const dairy = await ownFood(userId, {
      name: "Skyr (my brand)",
      contains: ["containsDairy"],
      allergens: ["milk"],
    });
    const vegan = await createOwnRecipe({ userId, draft: recipeDraft(plant.id) }, db);
    expect(vegan.diets).toContain("vegan");
    const updated = await updateOwnRecipe(
      {
        userId,
        recipeId: vegan.recipe.id,
        patch: {
          ingredients: [
            { foodId: plant.id, grams: 240 },
            { foodId: dairy.id, grams: 150 },
          ],
        },
      },
      db,
    );
    expect(updated.diets).not.toContain("vegan");
    expect(updated.diets).toContain("vegetarian");
    expect(updated.allergens).toEqual(["milk"]);
    expect(updated.perServing.calciumMg.amount).toBeCloseTo(0.35 * 1300 + (0.35 * 1300 * 150) / 240, 6);
  });

  it("plans the owner's recipe, and archives it on delete so the past week still shows it", async () => {
    const { id: userId } = await createUser(db, "cook");
    await createProfile(db, userId, { diet: "vegan", favouredNutrients: ["vitaminDMcg", "calciumMg"] });
    const food = await ownFood(userId);
    const { recipe } = await createOwnRecipe({ userId, draft: recipeDraft(food.id) }, db);

    const planned = await generateWeeklyPlan(userId, PLAN_WEEK, db);
    expect(planned.request.dishes.some((dish) => dish.id === recipe.id)).toBe(true);
    expect(planned.plan.entries.some((entry) => entry.recipeId === recipe.id)).toBe(true);

    expect(await deleteOwnRecipe({ userId, recipeId: recipe.id }, db)).toEqual({ outcome: "archived" });
    const past = await getWeeklyPlan(userId, { planId: planned.plan.id }, db);
    const names = past.view.days.flatMap((day) => day.meals.map((meal) => meal.recipeName));
    expect(names).toContain(recipe.name);
    expect(past.violations).toEqual([]);
    expect((await getRecipe({ id: recipe.id, viewerId: userId }, db)).recipe.archived).toBe(true);
    expect((await listRecipes({ ...recipeQuery(recipe.name), viewerId: userId }, db)).total).toBe(0);
    await expect(
      updateOwnRecipe({ userId, recipeId: recipe.id, patch: { servings: 2 } }, db),
    ).rejects.toMatchObject({ status: 404 });

    const next = await generateWeeklyPlan(userId, shiftWeek(PLAN_WEEK, 1), db);
    expect(next.plan.entries.some((entry) => entry.recipeId === recipe.id)).toBe(false);
    const swap = { planId: next.plan.id, day: 0, slot: "breakfast" as const };
    const alternatives = await listMealAlternatives(userId, swap, db);
    expect(alternatives?.some((alternative) => alternative.dishId === recipe.id)).toBe(false);
    await expect(swapMeal(userId, { ...swap, recipeId: recipe.id }, db)).rejects.toMatchObject({
      status: 422,
    });

    // A recipe no plan ever used is deleted outright.
    const unused = await createOwnRecipe(
      { userId, draft: recipeDraft(food.id, { name: "Never planned" }) },
      db,
    );
    expect(await deleteOwnRecipe({ userId, recipeId: unused.recipe.id }, db)).toEqual({ outcome: "deleted" });
    expect(await db.prisma.recipe.count({ where: { id: unused.recipe.id } })).toBe(0);
  });

  it("refuses past the limits with a message that says which", async () => {
    const { id: userId } = await createUser(db, "limits");
    const food = await ownFood(userId);
    const tooMany = recipeDraft(food.id, {
      ingredients: Array.from({ length: OWN_RECIPE_LIMITS.ingredients + 1 }, () => ({
        foodId: food.id,
        grams: 1,
      })),
    });
    const parsed = ZRecipeDraftSchema.safeParse(tooMany);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("A recipe has at most 60 ingredients");

    await db.prisma.recipe.createMany({
      data: Array.from({ length: OWN_RECIPE_LIMITS.recipesPerUser }, (_, i) => ({
        slug: `limit-${userId}-${i}`,
        name: `Filler ${i}`,
        mealTypes: ["snack"],
        servings: 1,
        steps: [],
        ownerId: userId,
      })),
    });
    await expect(createOwnRecipe({ userId, draft: recipeDraft(food.id) }, db)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining("200 recipes"),
    });
  });

  it("exports own foods and recipes, and deleting the account removes them with the plans that use them", async () => {
    const { id: userId } = await createUser(db, "leaver");
    await createProfile(db, userId, { diet: "vegan", favouredNutrients: ["vitaminDMcg"] });
    const food = await ownFood(userId);
    const { recipe } = await createOwnRecipe({ userId, draft: recipeDraft(food.id) }, db);
    await generateWeeklyPlan(userId, PLAN_WEEK, db);

    const data = await exportAccountData(userId, db);
    expect(data.ownFoods).toMatchObject([
      { id: food.id, name: food.name, calciumMg: food.per100g.calciumMg },
    ]);
    expect(data.ownRecipes).toMatchObject([
      {
        id: recipe.id,
        name: recipe.name,
        ingredients: [{ foodId: food.id, grams: 480, line: "2 cups oat drink" }],
      },
    ]);

    expect(await deleteUserAndData(db, userId)).toBe(true);
    expect(await db.prisma.food.count({ where: { id: food.id } })).toBe(0);
    expect(await db.prisma.recipe.count({ where: { id: recipe.id } })).toBe(0);
  });
});
