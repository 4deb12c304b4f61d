import { getDatabase, type Db } from "@/lib/db";
import { foodNamesByIds } from "@/lib/db/foods";
import { listProfileVersions } from "@/lib/db/profiles";
import { findAllRecipes } from "@/lib/db/recipes";
import { describeProfileChanges } from "@/lib/nutrition/profile-history";

export interface ProfileHistoryEntry {
  version: number;
  savedAt: Date;
  changes: string[];
}

/** Newest first: what each saved version changed against the one before it. */
export async function listProfileHistory(
  userId: string,
  db: Db = getDatabase(),
): Promise<ProfileHistoryEntry[]> {
  const database = await db;
  const versions = await listProfileVersions(database, userId);
  const names = await foodNamesByIds(database, [
    ...new Set(versions.flatMap((v) => v.profile.dislikedFoodIds)),
  ]);
  const dishes = versions.some((v) => v.profile.dislikedRecipeIds.length > 0)
    ? new Map((await findAllRecipes(database)).map((recipe) => [recipe.id, recipe.name]))
    : new Map<number, string>();
  return versions.map((entry, index) => ({
    version: entry.version,
    savedAt: entry.createdAt,
    changes: describeProfileChanges(
      versions[index + 1]?.profile ?? null,
      entry.profile,
      (id) => names.get(id) ?? `food #${id}`,
      (id) => dishes.get(id) ?? `dish #${id}`,
    ),
  }));
}
