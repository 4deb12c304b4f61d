import type { CatalogueFood, FoodQuery } from "@/lib/nutrition/ingredient-lines/match-food";
import type { Database } from "@/lib/db/client";
import { foodInclude, toFood } from "@/lib/db/mappers";

const PER_LINE = 40;

const escapeLike = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Candidate foods for each line's words: names sharing a word (ILIKE, served by the trigram index
 * "Food_name_trgm_idx", ADR 007) or close as a whole (pg_trgm word similarity), plus the usual foods the
 * words mean (by ndbNo); the viewer's own foods first, then the closest PER_LINE by trigram similarity.
 * Only the catalogue and the viewer's own foods (ADR 022): someone else's never. The pure matcher picks.
 */
export async function findIngredientCandidates(
  db: Database,
  queries: readonly (FoodQuery & { preferred: string[] })[],
  viewerId: string | null,
): Promise<CatalogueFood[][]> {
  // One statement for every line: each line's row of the JSON parameter joins its own candidate search.
  const lines = queries.map((query, idx) => ({
    idx,
    phrase: query.phrase,
    patterns: query.words.filter((word) => word.length >= 3).map((word) => `%${escapeLike(word)}%`),
    preferred: query.preferred,
  }));
  const searched = lines.filter((line) => line.phrase);
  const rows = searched.length
    ? await db.prisma.$queryRaw<{ idx: number; id: number }[]>`
      SELECT q.idx, c.id
      FROM jsonb_to_recordset(${JSON.stringify(searched)}::jsonb)
        AS q(idx int, phrase text, patterns text[], preferred text[])
      CROSS JOIN LATERAL (
        SELECT f.id FROM "Food" f
        WHERE (f."ownerId" IS NULL OR f."ownerId" = ${viewerId})
          AND (f.name ILIKE ANY(q.patterns) OR f."ndbNo" = ANY(q.preferred) OR q.phrase <% f.name)
        ORDER BY (f."ownerId" IS NOT NULL) DESC, (f."ndbNo" = ANY(q.preferred)) DESC,
          similarity(lower(f.name), q.phrase) DESC, f.id
        LIMIT ${PER_LINE}
      ) c`
    : [];
  const idsPerLine: number[][] = queries.map(() => []);
  for (const row of rows) idsPerLine[Number(row.idx)]!.push(row.id);
  const all = [...new Set(idsPerLine.flat())];
  const foods = all.length
    ? await db.prisma.food.findMany({ where: { id: { in: all } }, include: foodInclude })
    : [];
  const byId = new Map(foods.map((row) => [row.id, toFood(row)]));
  return idsPerLine.map((ids) => ids.flatMap((id) => byId.get(id) ?? []));
}
