import type { DailyTargets } from "@/components/own/recipe-live-panel";
import { personalTargets } from "@/lib/nutrition/energy";
import { getProfile } from "@/lib/services/profile/get-profile";

/** The targets the editor's live panel compares a serving with; null without a profile. */
export async function editorTargets(userId: string): Promise<DailyTargets | null> {
  const stored = await getProfile(userId);
  if (!stored) return null;
  const { intakes, energy } = personalTargets(stored.profile, new Date());
  return {
    energyKcal: energy.kcal,
    magnesiumMg: intakes.magnesiumMg.rda,
    calciumMg: intakes.calciumMg.rda,
    vitaminDMcg: intakes.vitaminDMcg.rda,
    vitaminB12Mcg: intakes.vitaminB12Mcg.rda,
  };
}
