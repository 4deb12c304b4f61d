// Pantry, shopping-list checks and free-text items. Every plan-scoped call is made after the service has
// checked that the plan belongs to the user.
import type { Database } from "@/lib/db/client";

export interface PantryRecord {
  foodId: number;
  name: string;
  grams: number;
}

export async function findPantry(db: Database, userId: string): Promise<PantryRecord[]> {
  const rows = await db.prisma.pantryItem.findMany({
    where: { userId },
    include: { food: { select: { name: true } } },
    orderBy: { food: { name: "asc" } },
  });
  return rows.map((row) => ({ foodId: row.foodId, name: row.food.name, grams: row.grams }));
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
 * concurrent writers never create two rows for one food, and the last write wins.
 */
export async function setChecks(
  db: Database,
  planId: number,
  items: { foodId: number; checked: boolean }[],
): Promise<void> {
  await db.prisma.$transaction(
    items.map(
      (item) => db.prisma.$executeRaw`
      INSERT INTO "ShoppingCheck" ("planId", "foodId", checked, cleared, "updatedAt")
      VALUES (${planId}, ${item.foodId}, ${item.checked}, false, now())
      ON CONFLICT ("planId", "foodId") DO UPDATE SET checked = EXCLUDED.checked, cleared = false, "updatedAt" = now()`,
    ),
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

export async function foodExists(db: Database, foodId: number): Promise<boolean> {
  return (await db.prisma.food.count({ where: { id: foodId } })) > 0;
}
