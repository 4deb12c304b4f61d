import "server-only";
import { getDatabase, type Db } from "@/lib/db";
import { findIngredientCandidates } from "@/lib/db/ingredient-candidates";
import { preferredNdbNos } from "@/lib/nutrition/ingredient-lines/match-food";
import { prepareLine, resolveLine, type ResolvedLine } from "@/lib/nutrition/ingredient-lines/resolve-line";

export interface ParseIngredientLinesOptions {
  lines: readonly string[];
}

/** Each line → the catalogue food it names, its grams and a confidence, in the same order. */
export async function parseIngredientLines(
  { lines }: ParseIngredientLinesOptions,
  db: Db = getDatabase(),
): Promise<ResolvedLine[]> {
  const database = await db;
  const prepared = lines.map(prepareLine);
  const candidates = await findIngredientCandidates(
    database,
    prepared.map(({ query }) => ({ ...query, preferred: preferredNdbNos(query) })),
  );
  return prepared.map((line, index) => resolveLine(line, candidates[index] ?? []));
}
