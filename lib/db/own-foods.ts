// A user's own foods (from nutrition labels): private rows of Food with ownerId set (ADR 022).
import type { Database } from "@/lib/db/client";
import { foodColumns, foodInclude, toFood } from "@/lib/db/mappers";
import type { Food } from "@/lib/nutrition/types";

export type OwnFoodColumns = Omit<Food, "id" | "portions" | "ownerId">;

export async function countOwnFoods(db: Database, userId: string): Promise<number> {
  return db.prisma.food.count({ where: { ownerId: userId } });
}

export async function findOwnFoods(db: Database, userId: string): Promise<Food[]> {
  const rows = await db.prisma.food.findMany({
    where: { ownerId: userId },
    include: foodInclude,
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map(toFood);
}

export async function insertOwnFood(
  db: Database,
  userId: string,
  food: OwnFoodColumns,
  portion: { grams: number; description: string },
): Promise<Food> {
  const row = await db.prisma.food.create({
    data: {
      ...foodColumns(food),
      source: "user",
      ownerId: userId,
      portions: { create: [{ position: 0, ...portion }] },
    },
    include: foodInclude,
  });
  return toFood(row);
}

/** Replaces an own food's label; null when the user has no such food. */
export async function replaceOwnFood(
  db: Database,
  userId: string,
  id: number,
  food: OwnFoodColumns,
  portion: { grams: number; description: string },
): Promise<Food | null> {
  return db.prisma.$transaction(async (tx) => {
    const { count } = await tx.food.updateMany({ where: { id, ownerId: userId }, data: foodColumns(food) });
    if (count === 0) return null;
    await tx.foodPortion.deleteMany({ where: { foodId: id } });
    await tx.foodPortion.create({ data: { foodId: id, position: 0, ...portion } });
    return toFood(await tx.food.findUniqueOrThrow({ where: { id }, include: foodInclude }));
  });
}

/** The names of the recipes (own, archived ones too) that use an own food. */
export async function recipesUsingFood(db: Database, foodId: number): Promise<string[]> {
  const rows = await db.prisma.recipe.findMany({
    where: { ingredients: { some: { foodId } } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((row) => row.name);
}

/** Deletes an own food (its pantry and shopping-list rows go with it); false when there was none. */
export async function deleteOwnFood(db: Database, userId: string, id: number): Promise<boolean> {
  const { count } = await db.prisma.food.deleteMany({ where: { id, ownerId: userId } });
  return count > 0;
}
