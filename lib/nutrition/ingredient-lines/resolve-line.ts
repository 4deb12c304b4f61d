// A parsed line and its candidate foods → the food, grams and one confidence (match × amount).
import { estimateGrams } from "@/lib/nutrition/ingredient-lines/grams";
import {
  bestFood,
  foodQuery,
  type CatalogueFood,
  type FoodQuery,
} from "@/lib/nutrition/ingredient-lines/match-food";
import {
  parseIngredientLine,
  type LineKind,
  type ParsedLine,
} from "@/lib/nutrition/ingredient-lines/parse-line";

export interface ResolvedLine {
  line: string;
  kind: LineKind;
  foodId: number | null;
  ndbNo: string | null;
  name: string | null;
  grams: number | null;
  /** 0-1, two decimals: 1 for a heading, low when the food or the amount is a guess. */
  confidence: number;
}

export interface LineToResolve {
  parsed: ParsedLine;
  query: FoodQuery;
}

/** Parses each line and builds the food query the catalogue search needs. */
export function prepareLine(line: string): LineToResolve {
  const parsed = parseIngredientLine(line);
  const text = parsed.juiceOf ? `${parsed.juiceOf} juice` : parsed.foodText;
  const query = foodQuery(text, parsed.notes, parsed.unit === "can");
  return { parsed, query };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function resolveLine(
  { parsed, query }: LineToResolve,
  candidates: readonly CatalogueFood[],
): ResolvedLine {
  const base = { line: parsed.line, kind: parsed.kind };
  if (parsed.kind === "heading") {
    return { ...base, foodId: null, ndbNo: null, name: null, grams: null, confidence: 1 };
  }
  const match = query.words.length ? bestFood(query, candidates) : null;
  if (!match) return { ...base, foodId: null, ndbNo: null, name: null, grams: null, confidence: 0 };
  const estimate = estimateGrams(parsed, match.food, query.phrase);
  const food = { foodId: match.food.id, ndbNo: match.food.ndbNo, name: match.food.name };
  if (!estimate) return { ...base, ...food, grams: null, confidence: round(match.score, 2) };
  return {
    ...base,
    ...food,
    grams: round(estimate.grams, 1),
    confidence: round(match.score * estimate.confidence, 2),
  };
}
