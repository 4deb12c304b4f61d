// Which catalogue food a line names: every candidate (from the trigram search in lib/db) is scored on the
// words it shares with the line, its state (raw, cooked, canned…) and the cook's usual meaning of a bare
// word (defaults.ts). Pure: candidates in, the best one and a confidence out.
import type { Food } from "@/lib/nutrition/types";
import { PREFERRED_FOODS } from "@/lib/nutrition/ingredient-lines/defaults";
import {
  normalizeName,
  type FoodState,
  type NormalizedName,
} from "@/lib/nutrition/ingredient-lines/normalize-name";

/** A candidate: a catalogue food, or one of the user's own (`ownerId` set, ADR 022). */
export type CatalogueFood = Pick<Food, "id" | "ndbNo" | "name" | "foodGroup" | "portions"> & {
  ownerId?: string | null;
};

export interface FoodQuery {
  words: string[];
  state: FoodState | null;
  /** The words joined: the key of PREFERRED_FOODS and the trigram search phrase. */
  phrase: string;
}

export interface FoodMatch {
  food: CatalogueFood;
  /** 0-1: how sure the match is. */
  score: number;
}

/** The query for a line's food words and notes ("chickpeas" + "drained and rinsed", unit can). */
export function foodQuery(foodText: string, notes: string, canned: boolean): FoodQuery {
  const name = normalizeName(foodText);
  const state = name.state ?? normalizeName(notes).state ?? (canned ? "canned" : null);
  return { words: name.words, state, phrase: name.words.join(" ") };
}

/** The ndbNos a line's words most likely mean (also searched directly, whatever their names). */
export function preferredNdbNos(query: FoodQuery): string[] {
  const withState = query.state ? PREFERRED_FOODS[`${query.state} ${query.phrase}`] : undefined;
  return withState ?? PREFERRED_FOODS[query.phrase] ?? [];
}

const nameCache = new Map<string, { main: NormalizedName; extra: string[] }>();

function namesOf(name: string): { main: NormalizedName; extra: string[] } {
  const cached = nameCache.get(name);
  if (cached) return cached;
  // "Tofu, firm (calcium sulfate & nigari)": the parentheses may match but are not required.
  const inParens = [...name.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!).join(" ");
  const main = normalizeName(name.replace(/\([^)]*\)/g, " "), { catalogue: true });
  const extra = normalizeName(inParens, { catalogue: true }).words;
  const value = { main, extra };
  if (nameCache.size > 20_000) nameCache.clear();
  nameCache.set(name, value);
  return value;
}

/** Default states when the line names none: legumes are usually cooked or canned, grains weighed dry. */
function unstatedPenalty(foodGroup: string, state: FoodState | null): number {
  if (state === null || state === "raw") return 0;
  if (foodGroup === "legumes") return state === "dried" ? 0.08 : 0.03;
  if (foodGroup === "grains-pasta") return state === "dried" ? 0 : 0.1;
  if (foodGroup === "spices-herbs" && state === "dried") return 0.04;
  return 0.1;
}

function stateScore(query: FoodState | null, food: FoodState | null, foodGroup: string): number {
  if (query === null) return -unstatedPenalty(foodGroup, food);
  if (food === query) return 0.12;
  // Grains and legumes: "dry" in the catalogue is what "uncooked" means in a line.
  if (query === "raw" && food === "dried" && ["grains-pasta", "legumes"].includes(foodGroup)) return 0.08;
  if (food === null) return query === "raw" ? 0.04 : -0.06;
  if (query === "canned" && food === "cooked") return -0.05;
  if (query === "cooked" && food === "canned") return -0.05;
  return -0.2;
}

const UNLIKELY_GROUPS = new Set(["baby-foods", "fast-foods", "restaurant", "meals", "indigenous"]);

/**
 * Words that make a different food: a line naming one wants a food that names it too. "Oat milk" is not
 * goat milk and "nutritional yeast" not baker's yeast (neither is in SR28: better no food than a wrong
 * one, which for a plant milk would also be the wrong diet).
 */
const DEFINING_WORDS = new Set([
  "oat",
  "almond",
  "soy",
  "rice",
  "coconut",
  "cashew",
  "hemp",
  "hazelnut",
  "nutritional",
]);

export function scoreFood(query: FoodQuery, food: CatalogueFood, preferred: readonly string[] = []): number {
  if (query.words.length === 0) return 0;
  const { main, extra } = namesOf(food.name);
  const nameWords = new Set(main.words);
  const matched = query.words.filter((word) => nameWords.has(word) || extra.includes(word));
  const nameMatched = main.words.filter((word) => query.words.includes(word));
  const recall = matched.length / query.words.length;
  const precision = main.words.length ? nameMatched.length / main.words.length : 0;
  let score = 0.6 * recall + 0.4 * precision;
  const head = query.words[query.words.length - 1]!;
  if (!nameWords.has(head) && !extra.includes(head)) score -= 0.25;
  // "Olive oil" is an oil, not olives: the catalogue name's own main word should be in the line.
  const foodHead = normalizeName(food.name.split(",")[0]!.replace(/\([^)]*\)/g, " "), {
    catalogue: true,
  }).words.at(-1);
  if (foodHead && !query.words.includes(foodHead)) score -= 0.12;
  const state = stateScore(query.state, main.state, food.foodGroup);
  score += state;
  // The usual food for the words, unless the line asks for another state ("cooked brown rice").
  const rank = food.ndbNo && (query.state === null || state >= -0.06) ? preferred.indexOf(food.ndbNo) : -1;
  if (rank >= 0) score = Math.max(score + 0.35, 0.85 + state) - rank * 0.02;
  if (UNLIKELY_GROUPS.has(food.foodGroup)) score -= 0.2;
  if (query.words.some((word) => DEFINING_WORDS.has(word) && !nameWords.has(word) && !extra.includes(word))) {
    score -= 0.3;
  }
  return score;
}

/** The best candidate, or null when none shares the line's main word. */
/** Lines that name no food with nutrients: water, ice, cooking spray. */
const NO_FOOD = new Set(["water", "ice", "ice cube", "cooking spray", "nonstick spray"]);

/** An own food this good a match wins over any catalogue food: it is what the person buys. */
const OWN_FOOD_MIN_SCORE = 0.5;

function better(candidate: FoodMatch, best: FoodMatch | null): boolean {
  if (!best || candidate.score > best.score) return true;
  return candidate.score === best.score && candidate.food.name.length < best.food.name.length;
}

export function bestFood(query: FoodQuery, candidates: readonly CatalogueFood[]): FoodMatch | null {
  if (NO_FOOD.has(query.phrase)) return null;
  const preferred = preferredNdbNos(query);
  let best: FoodMatch | null = null;
  let bestOwn: FoodMatch | null = null;
  for (const food of candidates) {
    const match = { food, score: scoreFood(query, food, preferred) };
    if (better(match, best)) best = match;
    if (food.ownerId && better(match, bestOwn)) bestOwn = match;
  }
  const chosen = bestOwn && bestOwn.score >= OWN_FOOD_MIN_SCORE ? bestOwn : best;
  if (!chosen || chosen.score < 0.4) return null;
  return { food: chosen.food, score: Math.min(1, Math.max(0, chosen.score)) };
}
