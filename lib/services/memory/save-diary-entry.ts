import { getDatabase, type Db } from "@/lib/db";
import { upsertDiaryEntry, type StoredDiaryEntry } from "@/lib/db/memory";
import type { DiarySymptom } from "@/lib/nutrition/memory/diary";

export interface DiaryInput {
  date: string;
  symptoms: DiarySymptom[];
  sleepHours?: number | null;
  caffeineDrinks?: number | null;
  stress?: number | null;
  note?: string;
}

/** Saves one day's check-in; a second check-in the same day replaces the first. */
export async function saveDiaryEntry(
  userId: string,
  input: DiaryInput,
  db: Db = getDatabase(),
): Promise<StoredDiaryEntry> {
  return upsertDiaryEntry(await db, userId, {
    date: input.date,
    // Severity 0 is "not today": only symptoms that were there are kept.
    symptoms: input.symptoms.filter((s) => s.severity > 0),
    sleepHours: input.sleepHours ?? null,
    caffeineDrinks: input.caffeineDrinks ?? null,
    stress: input.stress ?? null,
    note: input.note ?? "",
  });
}
