import { getDatabase, type Db } from "@/lib/db";
import { countOwnRecipes, insertOwnRecipe } from "@/lib/db/own-recipes";
import { AppError } from "@/lib/errors/app-error";
import { summarizeRecipe, type RecipeSummary } from "@/lib/nutrition/catalogue-view";
import { OWN_RECIPE_LIMITS, type TRecipeDraft } from "@/lib/schemas/own-recipe";
import { checkIngredients } from "@/lib/services/own-recipes/check-ingredients";

/**
 * Saves a recipe the user wrote (or confirmed after an import) as their own: private, planned for them
 * only. Nutrients, diets and allergens are computed from the ingredients as for catalogue recipes.
 * CONFLICT past OWN_RECIPE_LIMITS.recipesPerUser recipes.
 */
export async function createOwnRecipe(
  options: { userId: string; draft: TRecipeDraft },
  db: Db = getDatabase(),
): Promise<RecipeSummary> {
  const database = await db;
  const limit = OWN_RECIPE_LIMITS.recipesPerUser;
  if ((await countOwnRecipes(database, options.userId)) >= limit) {
    throw new AppError(
      "CONFLICT",
      `You have ${limit} recipes of your own, the most there can be; delete one to add another.`,
    );
  }
  await checkIngredients(database, options.userId, options.draft.ingredients);
  return summarizeRecipe(await insertOwnRecipe(database, options.userId, options.draft));
}
