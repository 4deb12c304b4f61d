import { getDatabase, type Db } from "@/lib/db";
import { saveProfileVersion } from "@/lib/db/profiles";
import { AppError } from "@/lib/errors/app-error";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { formatNumber } from "@/lib/nutrition/units";
import { getEnergyCeilingKcal } from "@/lib/services/planning/get-energy-ceiling";

/**
 * Saves a new version of the user's profile; `expectedVersion` guards against overwriting a newer save.
 * INVALID_INPUT for a hand-set energy target no day of the catalogue can reach (it says the most).
 */
export async function saveProfile(
  userId: string,
  profile: DietaryProfile,
  expectedVersion: number | null = null,
  db: Db = getDatabase(),
): Promise<number> {
  const database = await db;
  const override = profile.energyTargetOverrideKcal;
  if (override !== null) {
    const ceiling = await getEnergyCeilingKcal(database);
    if (override > ceiling) {
      const message = `No day of today's recipes reaches ${formatNumber(override)} kcal: enter at most ${formatNumber(ceiling)} kcal, or leave it blank.`;
      throw new AppError("INVALID_INPUT", message, {
        fieldErrors: [{ field: "energyTargetOverrideKcal", message }],
      });
    }
  }
  return saveProfileVersion(database, userId, profile, expectedVersion);
}
