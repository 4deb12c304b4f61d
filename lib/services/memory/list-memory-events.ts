import { getDatabase, type Db } from "@/lib/db";
import { findRatings, findSupplements } from "@/lib/db/memory";
import { RATING_LABELS } from "@/lib/nutrition/memory/ratings";
import { formatAmount, NUTRIENT_META } from "@/lib/nutrition/units";

export interface MemoryEvent {
  /** YYYY-MM-DD. */
  date: string;
  kind: "supplement-started" | "supplement-stopped" | "rating";
  text: string;
}

const often = (times: number) => (times === 7 ? "daily" : `${times} times a week`);

/** Supplements started and stopped and dishes rated, newest first, in plain words. */
export async function listMemoryEvents(userId: string, db: Db = getDatabase(), today = new Date()) {
  const database = await db;
  const [supplements, ratings] = await Promise.all([
    findSupplements(database, userId),
    findRatings(database, userId),
  ]);
  const todayIso = today.toISOString().slice(0, 10);
  const events: MemoryEvent[] = supplements.flatMap((s) => {
    const what = `${NUTRIENT_META[s.nutrient].label} ${formatAmount(s.nutrient, s.amount)} ${often(s.timesPerWeek)}`;
    const started: MemoryEvent = { date: s.startDate, kind: "supplement-started", text: `started ${what}` };
    return s.stopDate && s.stopDate <= todayIso
      ? [started, { date: s.stopDate, kind: "supplement-stopped", text: `stopped ${what}` }]
      : [started];
  });
  for (const r of ratings) {
    events.push({
      date: r.updatedAt.toISOString().slice(0, 10),
      kind: "rating",
      text: `rated ${r.recipeName} “${RATING_LABELS[r.rating].toLowerCase()}”`,
    });
  }
  return events.sort((a, b) => b.date.localeCompare(a.date));
}
