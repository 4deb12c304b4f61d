import { getDatabase, type Db } from "@/lib/db";
import { deleteSupplement as deleteSupplementRow } from "@/lib/db/memory";
import { AppError } from "@/lib/errors/app-error";

/** Deletes a supplement of this user (a mistake; stopping one keeps its history); NOT_FOUND otherwise. */
export async function deleteSupplement(userId: string, id: number, db: Db = getDatabase()): Promise<void> {
  if (!(await deleteSupplementRow(await db, userId, id))) throw AppError.notFound("Supplement");
}
