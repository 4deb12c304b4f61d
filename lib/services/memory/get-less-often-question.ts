import { getDatabase, type Db } from "@/lib/db";
import { findOpenLessOftenQuestion } from "@/lib/db/swap-aways";
import type { LessOftenQuestion } from "@/lib/nutrition/memory/ratings";

/** The open "show it less often?" question of the user's last swaps, or null. */
export async function getLessOftenQuestion(
  userId: string,
  db: Db = getDatabase(),
): Promise<LessOftenQuestion | null> {
  return findOpenLessOftenQuestion(await db, userId);
}
