import { getDatabase, type Db } from "@/lib/db";
import { findRatings, upsertRating, type RatingRecord } from "@/lib/db/memory";
import { AppError } from "@/lib/errors/app-error";
import type { DishRatingValue } from "@/lib/nutrition/memory/ratings";

/** Rates a catalogue recipe for this user (a second rating replaces the first); NOT_FOUND for no recipe. */
export async function rateRecipe(
  userId: string,
  input: { recipeId: number; rating: DishRatingValue },
  db: Db = getDatabase(),
): Promise<RatingRecord> {
  const database = await db;
  if (!(await upsertRating(database, userId, input.recipeId, input.rating)))
    throw AppError.notFound("Recipe");
  const saved = (await findRatings(database, userId)).find((r) => r.recipeId === input.recipeId);
  if (!saved) throw AppError.notFound("Recipe");
  return saved;
}
