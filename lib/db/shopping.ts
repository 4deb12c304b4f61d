// Pantry, shopping-list checks and free-text items. Every plan-scoped call is made after the service has
// checked that the plan belongs to the user.
import type { Database } from "@/lib/db/client";
import { foodInclude } from "@/lib/db/mappers";
import type { Portion } from "@/lib/nutrition/types";

export interface PantryRecord {
  foodId: number;
  name: string;
  /** SR28 number and portions: the pantry shows and takes amounts in the food's buying unit. */
  ndbNo: string | null;
  portions: Portion[];
  grams: number;
}

export async function findPantry(db: Database, userId: string): Promise<PantryRecord[]> {
  const rows = await db.prisma.pantryItem.findMany({
    where: { userId },
    include: { food: { select: { name: true, ndbNo: true, portions: foodInclude.portions } } },
    orderBy: { food: { name: "asc" } },
  });
  return rows.map((row) => ({
    foodId: row.foodId,
    name: row.food.name,
    ndbNo: row.food.ndbNo,
    portions: row.food.portions.map(({ grams, description }) => ({ grams, description })),
    grams: row.grams,
  }));
}

/** Sets how much of a food is at home; 0 removes it. */
export async function setPantryGrams(
  db: Database,
  userId: string,
  foodId: number,
  grams: number,
): Promise<void> {
  if (grams <= 0) {
    await db.prisma.pantryItem.deleteMany({ where: { userId, foodId } });
    return;
  }
  await db.prisma.pantryItem.upsert({
    where: { userId_foodId: { userId, foodId } },
    create: { userId, foodId, grams },
    update: { grams },
  });
}

export interface ShoppingState {
  checks: Map<number, { checked: boolean; cleared: boolean }>;
  extras: { id: number; text: string; checked: boolean }[];
}

export async function findShoppingState(db: Database, planId: number): Promise<ShoppingState> {
  const [checks, extras] = await Promise.all([
    db.prisma.shoppingCheck.findMany({ where: { planId } }),
    db.prisma.shoppingExtraItem.findMany({ where: { planId }, orderBy: { id: "asc" } }),
  ]);
  return {
    checks: new Map(checks.map((row) => [row.foodId, { checked: row.checked, cleared: row.cleared }])),
    extras: extras.map(({ id, text, checked }) => ({ id, text, checked })),
  };
}

/**
 * Checks or unchecks foods on a list, all in one transaction. One atomic INSERT … ON CONFLICT per food:
 * concurrent writers never create two rows for one food. Each tick carries when it was made (`at`, now
 * when absent): the latest tick wins, so a phone that was offline cannot undo a newer tick from elsewhere.
 */
export async function setChecks(
  db: Database,
  planId: number,
  items: { foodId: number; checked: boolean; at?: string }[],
): Promise<void> {
  const now = new Date();
  await db.prisma.$transaction(
    items.map((item) => {
      const at = item.at ? new Date(item.at) : now;
      return db.prisma.$executeRaw`
      INSERT INTO "ShoppingCheck" ("planId", "foodId", checked, cleared, "updatedAt")
      VALUES (${planId}, ${item.foodId}, ${item.checked}, false, ${at})
      ON CONFLICT ("planId", "foodId") DO UPDATE SET checked = EXCLUDED.checked, cleared = false,
        "updatedAt" = EXCLUDED."updatedAt"
      WHERE "ShoppingCheck"."updatedAt" <= EXCLUDED."updatedAt"`;
    }),
  );
}

export async function addExtraItem(db: Database, planId: number, text: string): Promise<void> {
  await db.prisma.shoppingExtraItem.create({ data: { planId, text } });
}

export async function setExtraChecked(
  db: Database,
  planId: number,
  id: number,
  checked: boolean,
): Promise<boolean> {
  const { count } = await db.prisma.shoppingExtraItem.updateMany({
    where: { id, planId },
    data: { checked },
  });
  return count > 0;
}

/** "Clear checked": bought foods leave the list view, bought free-text lines are deleted. */
export async function clearChecked(db: Database, planId: number): Promise<void> {
  await db.prisma.$transaction([
    db.prisma.shoppingCheck.updateMany({ where: { planId, checked: true }, data: { cleared: true } }),
    db.prisma.shoppingExtraItem.deleteMany({ where: { planId, checked: true } }),
  ]);
}

/** A catalogue food or one of the user's own (someone else's own food does not exist for them). */
export async function foodExists(db: Database, foodId: number, userId: string): Promise<boolean> {
  const where = { id: foodId, OR: [{ ownerId: null }, { ownerId: userId }] };
  return (await db.prisma.food.count({ where })) > 0;
}
