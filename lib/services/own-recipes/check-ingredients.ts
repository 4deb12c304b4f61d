import type { Database } from "@/lib/db/client";
import { usableFoodIds } from "@/lib/db/own-recipes";
import { AppError } from "@/lib/errors/app-error";
import type { TRecipeDraft } from "@/lib/schemas/own-recipe";

/**
 * Every ingredient is a catalogue food or one of the user's own: someone else's food answers exactly as
 * a food that does not exist (a 400 naming the line), so ids reveal nothing.
 */
export async function checkIngredients(
  database: Database,
  userId: string,
  ingredients: TRecipeDraft["ingredients"],
): Promise<void> {
  const usable = await usableFoodIds(database, userId, [...new Set(ingredients.map((i) => i.foodId))]);
  const unknown = ingredients.flatMap((ingredient, index) =>
    usable.has(ingredient.foodId)
      ? []
      : [{ field: `ingredients.${index}.foodId`, message: `There is no food ${ingredient.foodId}` }],
  );
  if (unknown.length > 0) {
    throw new AppError("INVALID_INPUT", "Some ingredients are not foods you can use.", {
      fieldErrors: unknown,
    });
  }
}
