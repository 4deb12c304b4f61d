import { DIET_EXCLUSIONS } from "@/lib/nutrition/diet";
import type { Food, TargetNutrient } from "@/lib/nutrition/types";
import type { TFoodListQuery } from "@/lib/schemas/catalogue";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { foodInclude, toFood } from "@/lib/db/mappers";

const nutrientColumn: Record<TargetNutrient, Prisma.Sql> = {
  magnesiumMg: Prisma.sql`f."magnesiumMg"`,
  calciumMg: Prisma.sql`f."calciumMg"`,
  vitaminDMcg: Prisma.sql`f."vitaminDMcg"`,
  vitaminB12Mcg: Prisma.sql`f."vitaminB12Mcg"`,
};

/** The words of a search: split on spaces and commas ("raw spinach", "spinach,raw"). */
export function searchWords(q: string | undefined): string[] {
  return (q ?? "").split(/[\s,]+/).filter(Boolean);
}

/**
 * Every word of the search must appear in the name, in any case. `ILIKE '%word%'` is served by the
 * trigram index "Food_name_trgm_idx" (pg_trgm GIN, ADR 007) for words of three letters or more.
 */
export function nameMatchesAllWords(q: string | undefined): Prisma.Sql[] {
  return searchWords(q).map((word) => {
    const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return Prisma.sql`f.name ILIKE ${pattern}`;
  });
}

/** The shared catalogue, and the viewer's own foods (private: nobody else sees them, ADR 022). */
export function visibleTo(viewerId: string | null): Prisma.Sql {
  return viewerId === null
    ? Prisma.sql`f."ownerId" IS NULL`
    : Prisma.sql`(f."ownerId" IS NULL OR f."ownerId" = ${viewerId})`;
}

function whereClause(query: TFoodListQuery, viewerId: string | null): Prisma.Sql {
  const conditions = [visibleTo(viewerId), ...nameMatchesAllWords(query.q)];
  if (query.group) conditions.push(Prisma.sql`f."foodGroup" = ${query.group}`);
  if (query.diet) {
    const excluded = DIET_EXCLUSIONS[query.diet];
    for (const column of excluded) conditions.push(Prisma.sql`NOT ${Prisma.raw(`f."${column}"`)}`);
    // Only foods that certainly fit: none of the excluded facts may be unverified either.
    if (excluded.length > 0)
      conditions.push(Prisma.sql`NOT (f."dietUncertain" && ${[...excluded]}::"DietFact"[])`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

function orderClause(query: TFoodListQuery): Prisma.Sql {
  const words = searchWords(query.q);
  if (query.sort === "name" && words.length > 0) {
    // Best match first: names that start with the first word ("Spinach, raw" before "Babyfood, spinach"),
    // then by trigram similarity to the whole search (short, close names first), then by name.
    const prefix = `${words[0]!.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // The viewer's own foods first: they are what a person who added them searches for.
    return Prisma.sql`ORDER BY (f."ownerId" IS NOT NULL) DESC, (f.name ILIKE ${prefix}) DESC, similarity(f.name, ${words.join(" ")}) DESC,
      f.name ASC, f.id ASC`;
  }
  if (query.sort === "name") return Prisma.sql`ORDER BY f.name ASC, f.id ASC`;
  const amount =
    query.per === "portion"
      ? Prisma.sql`${nutrientColumn[query.sort]} * COALESCE(p.grams, 100) / 100`
      : nutrientColumn[query.sort];
  return Prisma.sql`ORDER BY ${amount} DESC NULLS LAST, f.name ASC, f.id ASC`;
}

export async function findFoods(
  db: Database,
  query: TFoodListQuery,
  viewerId: string | null = null,
): Promise<{ total: number; foods: Food[] }> {
  const where = whereClause(query, viewerId);
  // The first portion is only needed to sort per portion; it is at most one row per food either way.
  const from =
    query.sort !== "name" && query.per === "portion"
      ? Prisma.sql`FROM "Food" f LEFT JOIN "FoodPortion" p ON p."foodId" = f.id AND p.position = 0`
      : Prisma.sql`FROM "Food" f`;
  // One scan gives the page and the total (a window count); a page past the end needs its own count.
  const idRows = await db.prisma.$queryRaw<{ id: number; total: bigint }[]>`
    SELECT f.id, count(*) OVER () AS total ${from} ${where} ${orderClause(query)}
    LIMIT ${query.limit} OFFSET ${query.offset}`;
  const countRows =
    idRows.length > 0
      ? idRows
      : await db.prisma.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Food" f ${where}`;
  const ids = idRows.map((row) => row.id);
  const rows = await db.prisma.food.findMany({ where: { id: { in: ids } }, include: foodInclude });
  const byId = new Map(rows.map((row) => [row.id, toFood(row)]));
  return {
    total: Number(countRows[0]?.total ?? 0),
    foods: ids.flatMap((id) => byId.get(id) ?? []),
  };
}

/** A catalogue food, or the viewer's own; someone else's own food is not found (null). */
export async function findFoodById(
  db: Database,
  id: number,
  viewerId: string | null = null,
): Promise<Food | null> {
  const row = await db.prisma.food.findUnique({ where: { id }, include: foodInclude });
  if (!row || (row.ownerId !== null && row.ownerId !== viewerId)) return null;
  return toFood(row);
}

export async function foodNamesByIds(db: Database, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.prisma.food.findMany({
    // Catalogue foods only: someone's own food stays private even to a hand-made id list.
    where: { id: { in: ids }, ownerId: null },
    select: { id: true, name: true },
  });
  return new Map(rows.map((row) => [row.id, row.name]));
}
