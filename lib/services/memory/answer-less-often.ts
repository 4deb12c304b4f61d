import { getDatabase, type Db } from "@/lib/db";
import { isRecipeVisibleTo, upsertRating } from "@/lib/db/memory";
import { findRatingOf, saveLessOftenAnswer } from "@/lib/db/swap-aways";
import { AppError } from "@/lib/errors/app-error";
import type { DishRatingValue } from "@/lib/nutrition/memory/ratings";

/**
 * Answers "show it less often?" for a dish swapped away twice in a row: yes rates it "not for me"
 * (dislike), no leaves the rating; either way the question is not asked again for that dish.
 * NOT_FOUND for a recipe the user cannot see.
 */
export async function answerLessOften(
  userId: string,
  input: { recipeId: number; lessOften: boolean },
  db: Db = getDatabase(),
): Promise<{ recipeId: number; lessOften: boolean; rating: DishRatingValue | null }> {
  const database = await db;
  if (!(await isRecipeVisibleTo(database, userId, input.recipeId))) throw AppError.notFound("Recipe");
  if (input.lessOften) await upsertRating(database, userId, input.recipeId, "dislike");
  await saveLessOftenAnswer(database, userId, input.recipeId, input.lessOften);
  const rating = await findRatingOf(database, userId, input.recipeId);
  return { recipeId: input.recipeId, lessOften: input.lessOften, rating };
}
