import { getDatabase, type Db } from "@/lib/db";
import { largestDayKcal } from "@/lib/planner/largest-day";
import { SLOTS } from "@/lib/planner/types";
import { loadPlanningCatalogue } from "@/lib/services/planning/planning-context";

/**
 * The highest daily energy target a plan can meet with today's catalogue, rounded down to 50 kcal: the
 * most energetic day it holds with every meal a profile can plan (three snacks) and their sides, less the
 * energy window's ±10 % (a day may be 10 % above its target). A profile with fewer meals may need more of
 * them for such a target: the week then offers "add a snack" (lib/planner/relaxations.ts).
 */
export async function getEnergyCeilingKcal(db: Db = getDatabase()): Promise<number> {
  const { dishes, sides } = await loadPlanningCatalogue(await db);
  return Math.floor(largestDayKcal(dishes, { slots: SLOTS, sides }) / 1.1 / 50) * 50;
}
