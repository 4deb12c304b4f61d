// The demo account a newcomer signs in with after `npm run app` (credentials in the README).
import { createAuth } from "@/lib/auth/config";
import type { Database } from "@/lib/db/client";
import { findProfile, saveProfileVersion } from "@/lib/db/profiles";
import type { DietaryProfile } from "@/lib/nutrition/profile";

export const DEMO_ACCOUNT = {
  email: "demo@nutriweek.app",
  password: "magnesium-and-b12",
  name: "Demo",
} as const;

/** A vegan who flags B12 and magnesium: the case the app exists for. */
export function demoProfile(asOfYear: number): DietaryProfile {
  return {
    sex: "female",
    birthYear: asOfYear - 34,
    birthMonth: null,
    pregnancy: null,
    heightCm: 168,
    weightKg: 62,
    activityLevel: "moderate",
    energyTargetOverrideKcal: null,
    diet: "vegan",
    allergens: [],
    dislikedFoodIds: [],
    dislikedFamilies: [],
    dislikedRecipeIds: [],
    favouredNutrients: ["magnesiumMg", "vitaminB12Mcg"],
    householdSize: 1,
    riskFactors: [],
    sunExposure: "some",
  };
}

/** Idempotent: creates the account and its profile only when missing. */
export async function ensureDemoAccount(db: Database, asOf = new Date()): Promise<"created" | "exists"> {
  let user = await db.prisma.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  const existed = user !== null;
  if (!user) {
    const { user: created } = await createAuth(db).api.signUpEmail({ body: { ...DEMO_ACCOUNT } });
    user = { id: created.id };
  }
  if (!(await findProfile(db, user.id))) {
    await saveProfileVersion(db, user.id, demoProfile(asOf.getUTCFullYear()), null);
  }
  return existed ? "exists" : "created";
}
