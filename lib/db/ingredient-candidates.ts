import type { CatalogueFood, FoodQuery } from "@/lib/nutrition/ingredient-lines/match-food";
import type { Database } from "@/lib/db/client";
import { foodInclude, toFood } from "@/lib/db/mappers";

const PER_LINE = 40;

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Candidate foods for each line's words: names sharing a word (ILIKE, served by the trigram index
 * "Food_name_trgm_idx", ADR 007) or close as a whole (pg_trgm word similarity), plus the usual foods the
 * words mean (by ndbNo); the closest PER_LINE by trigram similarity. The pure matcher then picks one.
 */
export async function findIngredientCandidates(
  db: Database,
  queries: readonly (FoodQuery & { preferred: string[] })[],
): Promise<CatalogueFood[][]> {
  const idsPerLine: number[][] = [];
  for (const query of queries) {
    if (!query.words.length) {
      idsPerLine.push([]);
      continue;
    }
    const patterns = query.words.filter((word) => word.length >= 3).map((word) => `%${escapeLike(word)}%`);
    const rows = await db.prisma.$queryRaw<{ id: number }[]>`
      SELECT f.id FROM "Food" f
      WHERE f.name ILIKE ANY(${patterns}::text[]) OR f."ndbNo" = ANY(${query.preferred}::text[])
        OR ${query.phrase} <% f.name
      ORDER BY (f."ndbNo" = ANY(${query.preferred}::text[])) DESC,
        similarity(lower(f.name), ${query.phrase}) DESC, f.id
      LIMIT ${PER_LINE}`;
    idsPerLine.push(rows.map((row) => row.id));
  }
  const all = [...new Set(idsPerLine.flat())];
  const foods = all.length
    ? await db.prisma.food.findMany({ where: { id: { in: all } }, include: foodInclude })
    : [];
  const byId = new Map(foods.map((row) => [row.id, toFood(row)]));
  return idsPerLine.map((ids) => ids.flatMap((id) => byId.get(id) ?? []));
}
