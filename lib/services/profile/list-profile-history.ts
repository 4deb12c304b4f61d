import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import { foodNamesByIds } from "../../db/foods";
import { listProfileVersions } from "../../db/profiles";
import { describeProfileChanges } from "../../nutrition/profile-history";

export interface ProfileHistoryEntry {
  version: number;
  savedAt: Date;
  changes: string[];
}

/** Newest first: what each saved version changed against the one before it. */
export async function listProfileHistory(
  userId: string,
  db: Database | Promise<Database> = getDatabase(),
): Promise<ProfileHistoryEntry[]> {
  const database = await db;
  const versions = await listProfileVersions(database, userId);
  const names = await foodNamesByIds(database, [
    ...new Set(versions.flatMap((v) => v.profile.dislikedFoodIds)),
  ]);
  return versions.map((entry, index) => ({
    version: entry.version,
    savedAt: entry.createdAt,
    changes: describeProfileChanges(
      versions[index + 1]?.profile ?? null,
      entry.profile,
      (id) => names.get(id) ?? `food #${id}`,
    ),
  }));
}
