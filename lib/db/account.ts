// Everything stored about one user, read for export and deleted as a whole. Every personal row hangs off
// User with onDelete: Cascade (prisma/schema.prisma); rows without a foreign key are removed by hand.
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

// The memory (ADR 021): ratings, supplements, the diary; meal logs hang off plans.
const memoryDataSelect = {
  recipeRatings: {
    omit: { userId: true },
    orderBy: { recipeId: "asc" },
    include: { recipe: { select: { name: true } } },
  },
  swapAways: {
    omit: { userId: true },
    orderBy: { recipeId: "asc" },
    include: { recipe: { select: { name: true } } },
  },
  supplements: { omit: { userId: true }, orderBy: { id: "asc" } },
  diaryEntries: { omit: { userId: true }, orderBy: { date: "asc" } },
} satisfies Prisma.UserSelect;

const accountDataSelect = {
  id: true,
  name: true,
  email: true,
  emailVerified: true,
  image: true,
  createdAt: true,
  updatedAt: true,
  // Sign-in methods and sessions, without secrets (password hashes, tokens).
  accounts: { select: { providerId: true, createdAt: true, updatedAt: true }, orderBy: { createdAt: "asc" } },
  sessions: {
    select: { createdAt: true, updatedAt: true, expiresAt: true, ipAddress: true, userAgent: true },
    orderBy: { createdAt: "asc" },
  },
  profile: { omit: { userId: true } },
  profileVersions: { select: { version: true, createdAt: true, profile: true }, orderBy: { version: "asc" } },
  plans: {
    omit: { userId: true },
    orderBy: { weekStart: "asc" },
    include: {
      entries: {
        omit: { planId: true },
        orderBy: [{ day: "asc" }, { slot: "asc" }],
        include: {
          recipe: { select: { name: true } },
          sides: { orderBy: { position: "asc" }, include: { side: { select: { name: true } } } },
        },
      },
      revisions: { omit: { planId: true }, orderBy: { id: "asc" } },
      shoppingChecks: {
        omit: { planId: true },
        orderBy: { foodId: "asc" },
        include: { food: { select: { name: true } } },
      },
      shoppingExtras: { omit: { planId: true }, orderBy: { id: "asc" } },
      mealLogs: { omit: { planId: true, userId: true }, orderBy: [{ day: "asc" }, { slot: "asc" }] },
    },
  },
  ...memoryDataSelect,
  pantryItems: {
    omit: { userId: true },
    orderBy: { foodId: "asc" },
    include: { food: { select: { name: true } } },
  },
  foods: {
    omit: { ownerId: true },
    orderBy: { id: "asc" },
    include: { portions: { orderBy: { position: "asc" } } },
  },
  recipes: {
    omit: { ownerId: true },
    orderBy: { id: "asc" },
    include: { ingredients: { orderBy: { position: "asc" }, include: { food: { select: { name: true } } } } },
  },
} satisfies Prisma.UserSelect;

export type AccountDataRow = Prisma.UserGetPayload<{ select: typeof accountDataSelect }>;

export async function findAccountData(db: Database, userId: string): Promise<AccountDataRow | null> {
  return db.prisma.user.findUnique({ where: { id: userId }, select: accountDataSelect });
}

type Tx = Parameters<Parameters<Database["prisma"]["$transaction"]>[0]>[0];

/**
 * Plans first, then own recipes, then own foods: plan entries and recipe ingredients restrict deleting
 * what they point at, and a single cascade from User would not order them.
 */
async function deleteOwnCatalogue(tx: Tx, userId: string): Promise<void> {
  await tx.plan.deleteMany({ where: { userId } });
  await tx.recipe.deleteMany({ where: { ownerId: userId } });
  await tx.food.deleteMany({ where: { ownerId: userId } });
}

/**
 * Deletes the user and every row of theirs in one transaction: the cascade takes sessions (so every
 * sign-in ends), sign-in methods, profile and its versions, plans with their entries, revisions and
 * shopping lists, the pantry, own foods and recipes. Rate-limit counters keyed by the user's id and pending verifications
 * have no foreign key and go explicitly. False when there was no such user.
 */
export async function deleteUserAndData(db: Database, userId: string): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!user) return false;
    await tx.rateLimit.deleteMany({ where: { key: { endsWith: `|${userId}` } } });
    await tx.verification.deleteMany({ where: { OR: [{ identifier: user.email }, { value: userId }] } });
    await deleteOwnCatalogue(tx, userId);
    await tx.user.delete({ where: { id: userId } });
    return true;
  });
}

/**
 * Deletes what a user made (plans with everything hanging off them, own recipes and foods, the pantry,
 * the profile and its versions) and keeps the account, its sign-in methods and sessions. In one
 * transaction, so a reader sees the old data or none.
 */
export async function deletePersonalData(db: Database, userId: string): Promise<void> {
  await db.prisma.$transaction(async (tx) => {
    await deleteOwnCatalogue(tx, userId);
    await tx.pantryItem.deleteMany({ where: { userId } });
    await tx.recipeRating.deleteMany({ where: { userId } });
    await tx.dishSwapAway.deleteMany({ where: { userId } });
    await tx.supplement.deleteMany({ where: { userId } });
    await tx.diaryEntry.deleteMany({ where: { userId } });
    await tx.profileVersion.deleteMany({ where: { userId } });
    await tx.profile.deleteMany({ where: { userId } });
  });
}
