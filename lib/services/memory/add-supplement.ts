import { getDatabase, type Db } from "@/lib/db";
import { createSupplement, type StoredSupplement } from "@/lib/db/memory";
import type { TargetNutrient } from "@/lib/nutrition/types";
import { isoDate } from "@/lib/planner/week";

export interface SupplementInput {
  nutrient: TargetNutrient;
  amount: number;
  timesPerWeek: number;
  startDate?: string;
  stopDate?: string | null;
}

/** Records a supplement; it starts today unless a start date is given. */
export async function addSupplement(
  userId: string,
  input: SupplementInput,
  db: Db = getDatabase(),
  today = new Date(),
): Promise<StoredSupplement> {
  return createSupplement(await db, userId, {
    nutrient: input.nutrient,
    amount: input.amount,
    timesPerWeek: input.timesPerWeek,
    startDate: input.startDate ?? isoDate(today),
    stopDate: input.stopDate ?? null,
  });
}
