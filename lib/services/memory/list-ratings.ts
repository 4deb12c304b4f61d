import { getDatabase, type Db } from "@/lib/db";
import { findRatings, type RatingRecord } from "@/lib/db/memory";

/** The user's dish ratings, most recently changed first. */
export async function listRatings(userId: string, db: Db = getDatabase()): Promise<RatingRecord[]> {
  return findRatings(await db, userId);
}
export type { RatingRecord };
