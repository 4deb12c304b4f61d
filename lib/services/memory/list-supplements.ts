import { getDatabase, type Db } from "@/lib/db";
import { findSupplements, type StoredSupplement } from "@/lib/db/memory";

/** Every supplement the user has recorded, current and stopped, oldest first. */
export async function listSupplements(userId: string, db: Db = getDatabase()): Promise<StoredSupplement[]> {
  return findSupplements(await db, userId);
}
export type { StoredSupplement };
