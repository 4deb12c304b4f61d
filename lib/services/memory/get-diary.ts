import { getDatabase, type Db } from "@/lib/db";
import { findDiaryEntries, type StoredDiaryEntry } from "@/lib/db/memory";
import { diaryAlerts, PERSISTENCE_WINDOW_DAYS, type DiaryAlert } from "@/lib/nutrition/memory/diary";
import { isoDate } from "@/lib/planner/week";

export interface Diary {
  from: string;
  to: string;
  entries: StoredDiaryEntry[];
  /** For the 14 days ending on `to`. */
  alerts: DiaryAlert[];
}

/** Default range: the 28 days ending today. */
const DEFAULT_DAYS = 28;

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The user's check-ins from `from` to `to` (inclusive) and the alerts of the 14 days ending on `to`. */
export async function getDiary(
  userId: string,
  range: { from?: string; to?: string },
  db: Db = getDatabase(),
  today = new Date(),
): Promise<Diary> {
  const database = await db;
  const to = range.to ?? isoDate(today);
  const from = range.from ?? shift(to, -(DEFAULT_DAYS - 1));
  const windowStart = shift(to, -(PERSISTENCE_WINDOW_DAYS - 1));
  const loadFrom = windowStart < from ? windowStart : from;
  const loaded = await findDiaryEntries(database, userId, loadFrom, to);
  return {
    from,
    to,
    entries: loaded.filter((entry) => entry.date >= from),
    alerts: diaryAlerts(loaded, to),
  };
}
export type { StoredDiaryEntry };
