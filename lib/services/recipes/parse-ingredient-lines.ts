import "server-only";
import { getDatabase, type Db } from "@/lib/db";
import { findIngredientCandidates } from "@/lib/db/ingredient-candidates";
import { preferredNdbNos } from "@/lib/nutrition/ingredient-lines/match-food";
import { prepareLine, resolveLine, type ResolvedLine } from "@/lib/nutrition/ingredient-lines/resolve-line";

export interface ParseIngredientLinesOptions {
  lines: readonly string[];
  /** Whose own foods are candidates too (and preferred when they match); null: the catalogue only. */
  viewerId: string | null;
}

/** Each line → the food it names (the user's own first), its grams and a confidence, in the same order. */
export async function parseIngredientLines(
  { lines, viewerId }: ParseIngredientLinesOptions,
  db: Db = getDatabase(),
): Promise<ResolvedLine[]> {
  const database = await db;
  const prepared = lines.map(prepareLine);
  const candidates = await findIngredientCandidates(
    database,
    prepared.map(({ query }) => ({ ...query, preferred: preferredNdbNos(query) })),
    viewerId,
  );
  return prepared.map((line, index) => resolveLine(line, candidates[index] ?? []));
}
