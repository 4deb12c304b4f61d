// Scores the ingredient-line parser against the hand-labelled set
// (tests/unit/nutrition/ingredient-lines-labelled.json): food accuracy, grams within 20 %, headings and
// "to taste" lines. Shared by `npm run bench:parser` and the test that holds the targets.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ResolvedLine } from "@/lib/nutrition/ingredient-lines/resolve-line";

export interface LabelledLine {
  line: string;
  kind: "ingredient" | "heading" | "to_taste";
  /** Acceptable SR28 foods; empty: the catalogue has none, and the right answer is no food. */
  ndbNos?: string[];
  grams?: number | null;
}

export const TARGETS = { food: 0.9, grams: 0.85, headings: 0.95 } as const;
export const GRAMS_TOLERANCE = 0.2;

export function loadLabelledLines(): LabelledLine[] {
  const file = path.resolve(process.cwd(), "tests/unit/nutrition/ingredient-lines-labelled.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { items: LabelledLine[] }).items;
}

export interface LineVerdict {
  label: LabelledLine;
  got: ResolvedLine;
  foodRight: boolean | null;
  gramsRight: boolean | null;
  noGramsRight: boolean | null;
  /** How wrong: 1 for a wrong food, else the relative grams error. */
  badness: number;
}

export function judge(label: LabelledLine, got: ResolvedLine): LineVerdict {
  if (label.kind !== "ingredient") {
    const right = got.grams === null && (label.kind === "to_taste" || got.foodId === null);
    return { label, got, foodRight: null, gramsRight: null, noGramsRight: right, badness: right ? 0 : 1 };
  }
  const accepted = label.ndbNos ?? [];
  const foodRight = accepted.length
    ? got.ndbNo !== null && accepted.includes(got.ndbNo)
    : got.foodId === null;
  const expected = label.grams ?? null;
  // Grams of the wrong food are wrong grams, however close the number.
  const gramsRight =
    expected === null
      ? null
      : foodRight && got.grams !== null && Math.abs(got.grams - expected) <= GRAMS_TOLERANCE * expected;
  const error = expected && got.grams !== null ? Math.abs(got.grams - expected) / expected : 1;
  return {
    label,
    got,
    foodRight,
    gramsRight,
    noGramsRight: null,
    badness: foodRight ? (gramsRight === false ? error : 0) : 1 + error,
  };
}

export interface Scores {
  food: number;
  grams: number;
  headings: number;
  counts: { food: number; grams: number; headings: number };
  worst: LineVerdict[];
}

const share = (values: (boolean | null)[]) => {
  const judged = values.filter((v): v is boolean => v !== null);
  return { rate: judged.length ? judged.filter(Boolean).length / judged.length : 1, count: judged.length };
};

export function scoreParser(labels: readonly LabelledLine[], results: readonly ResolvedLine[]): Scores {
  const verdicts = labels.map((label, index) => judge(label, results[index]!));
  const food = share(verdicts.map((v) => v.foodRight));
  const grams = share(verdicts.map((v) => v.gramsRight));
  const headings = share(verdicts.map((v) => v.noGramsRight));
  const worst = verdicts
    .filter((v) => v.badness > 0)
    .sort((a, b) => b.badness - a.badness)
    .slice(0, 15);
  return {
    food: food.rate,
    grams: grams.rate,
    headings: headings.rate,
    counts: { food: food.count, grams: grams.count, headings: headings.count },
    worst,
  };
}
