import { ZMealSharesSchema } from "@/lib/schemas/profile";
import { isDemoAccount } from "@/lib/auth/demo-account";
import { AppError } from "@/lib/errors/app-error";
import { getDatabase, type Db } from "@/lib/db";
import { findAccountData } from "@/lib/db/account";
import { isFoodFamilyId } from "@/lib/nutrition/food-families";
import { ownFoodsExport, ownRecipesExport } from "@/lib/services/account/export-own-catalogue";
import { mealLogExport, memoryExport } from "@/lib/services/account/export-memory";
import { MAIN_MEALS } from "@/lib/nutrition/profile";

const EXPORT_FORMAT = "nutriweek-account-export/1";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

type AccountRow = NonNullable<Awaited<ReturnType<typeof findAccountData>>>;

/** The account, its sign-in methods and sessions (no secrets; none for the shared demo account). */
function accountExport(row: AccountRow) {
  const { id, email, name, emailVerified, image } = row;
  return {
    ...{ id, email, name, emailVerified, image },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    signInMethods: row.accounts.map((account) => ({
      provider: account.providerId,
      createdAt: account.createdAt.toISOString(),
      updatedAt: account.updatedAt.toISOString(),
    })),
    sessions: (isDemoAccount(row.email) ? [] : row.sessions).map((session) => ({
      createdAt: session.createdAt.toISOString(),
      lastActiveAt: session.updatedAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      ipAddress: session.ipAddress,
      userAgent: session.userAgent,
    })),
  };
}

/** The current profile, its stored lists read back through the same rules as the app. */
function profileExport({ profile }: AccountRow) {
  if (!profile) return null;
  return {
    ...profile,
    dislikedFamilies: profile.dislikedFamilies.filter(isFoodFamilyId),
    plannedMeals: MAIN_MEALS.filter((meal) => profile.plannedMeals.includes(meal)),
    mealShares: ZMealSharesSchema.nullable().catch(null).parse(profile.mealShares),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

/** A plan with its meals, undo history, shopping list and meal logs. */
function planExport(plan: AccountRow["plans"][number]) {
  return {
    id: plan.id,
    weekStart: isoDate(plan.weekStart),
    profileVersion: plan.profileVersion,
    relaxations: [...plan.relaxations],
    favouring: plan.favouring,
    solver: {
      status: plan.status,
      objective: plan.objective,
      bound: plan.bound,
      gapPercent: plan.gapPercent,
      ms: plan.solveMs,
    },
    createdAt: plan.createdAt.toISOString(),
    updatedAt: plan.updatedAt.toISOString(),
    entries: plan.entries.map((entry) => ({
      day: entry.day,
      slot: entry.slot,
      recipeId: entry.recipeId,
      recipeName: entry.recipe.name,
      portion: entry.portion,
      locked: entry.locked,
      sides: entry.sides.map((s) => ({ sideId: s.sideId, name: s.side.name, portion: s.portion })),
    })),
    revisions: plan.revisions.map((revision) => ({
      id: revision.id,
      label: revision.label,
      createdAt: revision.createdAt.toISOString(),
      entries: revision.entries,
      solver: revision.solver,
    })),
    shoppingList: {
      checks: plan.shoppingChecks.map((check) => ({
        foodId: check.foodId,
        foodName: check.food.name,
        checked: check.checked,
        cleared: check.cleared,
        updatedAt: check.updatedAt.toISOString(),
      })),
      extraItems: plan.shoppingExtras.map((extra) => ({
        id: extra.id,
        text: extra.text,
        checked: extra.checked,
        createdAt: extra.createdAt.toISOString(),
      })),
    },
    mealLogs: plan.mealLogs.map(mealLogExport),
  };
}

/**
 * Everything NutriWeek holds about a user, as plain JSON (GDPR art. 15/20): the account, sign-in methods
 * and sessions (no secrets), the current profile and every saved version, each plan with its meals,
 * undo history and shopping list, and the pantry. Null when the user does not exist. The shared demo
 * account's sessions are other visitors' (their addresses and browsers), so its export lists none.
 */
export async function exportAccountData(userId: string, db: Db = getDatabase(), now = new Date()) {
  const row = await findAccountData(await db, userId);
  if (!row) throw new AppError("UNAUTHORIZED", "Sign in first");
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account: accountExport(row),
    profile: profileExport(row),
    profileVersions: row.profileVersions.map((version) => ({
      version: version.version,
      createdAt: version.createdAt.toISOString(),
      profile: version.profile,
    })),
    plans: row.plans.map(planExport),
    pantry: row.pantryItems.map((item) => ({
      foodId: item.foodId,
      foodName: item.food.name,
      grams: item.grams,
      updatedAt: item.updatedAt.toISOString(),
    })),
    ownFoods: ownFoodsExport(row.foods),
    ownRecipes: ownRecipesExport(row.recipes),
    ...memoryExport(row),
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof exportAccountData>>>;
