import { AppError } from "@/lib/errors/app-error";
import { isFoodFamilyId } from "@/lib/nutrition/food-families";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { MAIN_MEALS } from "@/lib/nutrition/profile";
import { ZMealSharesSchema, ZProfileSchema } from "@/lib/schemas/profile";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { Profile as ProfileRow } from "@/lib/db/generated/client";

export interface ProfileVersionRecord {
  version: number;
  createdAt: Date;
  profile: DietaryProfile;
}

function toProfile(row: ProfileRow): DietaryProfile {
  return {
    sex: row.sex,
    birthYear: row.birthYear,
    birthMonth: row.birthMonth,
    pregnancy: row.pregnancy,
    heightCm: row.heightCm,
    weightKg: row.weightKg,
    activityLevel: row.activityLevel,
    energyTargetOverrideKcal: row.energyTargetOverrideKcal,
    diet: row.diet,
    allergens: [...row.allergens],
    dislikedFoodIds: [...row.dislikedFoodIds],
    // Stored as text: a family id this version no longer knows is dropped, not passed on.
    dislikedFamilies: row.dislikedFamilies.filter(isFoodFamilyId),
    dislikedRecipeIds: [...row.dislikedRecipeIds],
    favouredNutrients: [...row.favouredNutrients],
    householdSize: row.householdSize,
    riskFactors: [...row.riskFactors],
    sunExposure: row.sunExposure,
    units: row.units,
    plannedMeals: MAIN_MEALS.filter((meal) => row.plannedMeals.includes(meal)),
    snacksPerDay: row.snacksPerDay,
    // JSON: validated on read; anything unreadable means the defaults.
    mealShares: ZMealSharesSchema.nullable().catch(null).parse(row.mealShares),
  };
}

/** The profile as Prisma columns: meal shares are JSON (null as the database's NULL). */
function profileColumns(profile: DietaryProfile) {
  const shares = profile.mealShares as Prisma.InputJsonObject | null;
  return { ...profile, mealShares: shares ?? Prisma.DbNull };
}

export async function findProfile(
  db: Database,
  userId: string,
): Promise<{ version: number; profile: DietaryProfile } | null> {
  const row = await db.prisma.profile.findUnique({ where: { userId } });
  return row ? { version: row.version, profile: toProfile(row) } : null;
}

function profileChanged(): AppError {
  return new AppError("CONFLICT", "Your profile was saved elsewhere at the same time; please try again.");
}

/**
 * Saves the profile and a dated snapshot of it as the next version, atomically. Two saves racing for the
 * same version: the unique (userId, version) index lets one win; the other gets a CONFLICT AppError.
 */
export async function saveProfileVersion(
  db: Database,
  userId: string,
  profile: DietaryProfile,
  expectedVersion: number | null,
): Promise<number> {
  try {
    return await db.prisma.$transaction(async (tx) => {
      const current = await tx.profile.findUnique({ where: { userId }, select: { version: true } });
      if (expectedVersion !== null && current && current.version !== expectedVersion) {
        throw profileChanged();
      }
      const version = (current?.version ?? 0) + 1;
      await tx.profileVersion.create({
        data: { userId, version, profile: JSON.parse(JSON.stringify(profile)) },
      });
      await tx.profile.upsert({
        where: { userId },
        create: { userId, version, ...profileColumns(profile) },
        update: { version, ...profileColumns(profile) },
      });
      return version;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw profileChanged();
    }
    throw error;
  }
}

/** Newest first. Snapshots are validated on read: they are JSON. */
export async function listProfileVersions(db: Database, userId: string): Promise<ProfileVersionRecord[]> {
  const rows = await db.prisma.profileVersion.findMany({ where: { userId }, orderBy: { version: "desc" } });
  return rows.map((row) => ({
    version: row.version,
    createdAt: row.createdAt,
    profile: ZProfileSchema.parse(row.profile),
  }));
}

/** One saved version of a user's profile (what a plan was built for); null when there is none. */
export async function findProfileVersion(
  db: Database,
  userId: string,
  version: number,
): Promise<DietaryProfile | null> {
  const row = await db.prisma.profileVersion.findUnique({ where: { userId_version: { userId, version } } });
  if (!row) return null;
  const parsed = ZProfileSchema.safeParse(row.profile);
  // A snapshot an older schema wrote and this one refuses: say nothing about drift rather than fail.
  return parsed.success ? parsed.data : null;
}
