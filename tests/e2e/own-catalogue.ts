// A user's own food and recipe, made through the API as the pages do (the matrix and the own-recipes spec).
import { expect, type APIRequestContext } from "@playwright/test";
import { plantMilkLabel, recipeDraft } from "@/tests/factories/own-catalogue";

export async function addOwnFoodAndRecipe(request: APIRequestContext, name: string) {
  const food = await request.post("/api/foods", { data: plantMilkLabel({ name: `${name} oat drink` }) });
  expect(food.status(), await food.text()).toBe(201);
  const foodId = ((await food.json()) as { id: number }).id;
  const recipe = await request.post("/api/recipes", {
    data: recipeDraft(foodId, { name: `${name} porridge` }),
  });
  expect(recipe.status(), await recipe.text()).toBe(201);
  return { foodId, recipeId: ((await recipe.json()) as { id: number }).id };
}
