import { getDatabase, type Db } from "@/lib/db";
import { largestDayKcal } from "@/lib/planner/largest-day";
import { loadPlanningCatalogue } from "@/lib/services/planning/planning-context";

/**
 * The highest daily energy target a plan can meet with today's catalogue, rounded down to 50 kcal: the
 * most energetic day it holds, less the energy window's ±10 % (a day may be 10 % above its target).
 */
export async function getEnergyCeilingKcal(db: Db = getDatabase()): Promise<number> {
  const { dishes } = await loadPlanningCatalogue(await db);
  return Math.floor(largestDayKcal(dishes) / 1.1 / 50) * 50;
}
