// Dishes swapped away in a row and the "show it less often?" question (ADR 021). Always by user id.
import type { Database } from "@/lib/db/client";
import {
  shouldAskLessOften,
  type DishRatingValue,
  type LessOftenQuestion,
} from "@/lib/nutrition/memory/ratings";

type RatingReader = Pick<Database["prisma"], "recipeRating">;

/**
 * Counts one swap away of `recipeId`: its streak goes up, every other dish's streak of this user goes back
 * to zero (a swap of another dish breaks the row). Returns true when this swap asks the question, which is
 * then marked asked, so it is asked once per dish.
 */
export async function recordSwapAway(db: Database, userId: string, recipeId: number): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    await tx.dishSwapAway.updateMany({
      where: { userId, recipeId: { not: recipeId }, streak: { gt: 0 } },
      data: { streak: 0 },
    });
    const row = await tx.dishSwapAway.upsert({
      where: { userId_recipeId: { userId, recipeId } },
      create: { userId, recipeId, streak: 1 },
      update: { streak: { increment: 1 } },
    });
    const ask = shouldAskLessOften({
      streak: row.streak,
      alreadyAsked: row.askedAt !== null,
      rating: await ratingOf(tx, userId, recipeId),
    });
    if (ask)
      await tx.dishSwapAway.update({
        where: { userId_recipeId: { userId, recipeId } },
        data: { askedAt: new Date() },
      });
    return ask;
  });
}

/** The question asked by the last swaps and not answered yet; null once answered or the row is broken. */
export async function findOpenLessOftenQuestion(
  db: Database,
  userId: string,
): Promise<LessOftenQuestion | null> {
  const row = await db.prisma.dishSwapAway.findFirst({
    where: { userId, askedAt: { not: null }, answeredAt: null, streak: { gt: 1 } },
    include: { recipe: { select: { name: true } } },
    orderBy: { updatedAt: "desc" },
  });
  return row ? { recipeId: row.recipeId, recipeName: row.recipe.name } : null;
}

/** Remembers the answer (asked or not: the API may answer first), so the question is not asked again. */
export async function saveLessOftenAnswer(
  db: Database,
  userId: string,
  recipeId: number,
  lessOften: boolean,
): Promise<void> {
  const now = new Date();
  await db.prisma.dishSwapAway.upsert({
    where: { userId_recipeId: { userId, recipeId } },
    create: { userId, recipeId, askedAt: now, answeredAt: now, lessOften },
    update: { answeredAt: now, lessOften, askedAt: now },
  });
}

/** The user's rating of one recipe; null when not rated. */
export async function findRatingOf(db: Database, userId: string, recipeId: number) {
  return ratingOf(db.prisma, userId, recipeId);
}

async function ratingOf(
  client: RatingReader,
  userId: string,
  recipeId: number,
): Promise<DishRatingValue | null> {
  const row = await client.recipeRating.findUnique({
    where: { userId_recipeId: { userId, recipeId } },
    select: { rating: true },
  });
  return row?.rating ?? null;
}
