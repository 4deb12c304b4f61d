import { getDatabase, type Db } from "@/lib/db";
import { updateSupplement as updateSupplementRow, type StoredSupplement } from "@/lib/db/memory";
import { AppError } from "@/lib/errors/app-error";

export interface SupplementChange {
  amount?: number;
  timesPerWeek?: number;
  startDate?: string;
  stopDate?: string | null;
}

/** Changes a supplement of this user (stopping it is `stopDate`); NOT_FOUND for anyone else's. */
export async function updateSupplement(
  userId: string,
  id: number,
  change: SupplementChange,
  db: Db = getDatabase(),
): Promise<StoredSupplement> {
  let refusal: AppError | null = null;
  const updated = await updateSupplementRow(await db, userId, id, (current) => {
    const next = {
      ...current,
      ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
    };
    if (next.stopDate !== null && next.stopDate < next.startDate) {
      refusal = new AppError("UNPROCESSABLE", "The stop date must not be before the start date.");
      return current;
    }
    return next;
  });
  if (!updated) throw AppError.notFound("Supplement");
  if (refusal) throw refusal;
  return updated;
}
