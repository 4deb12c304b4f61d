// The importer's rules against SR28 rows labelled by hand (tests/unit/nutrition/sr28-labelled.json):
// mixed dishes, fast foods, sweets, baked goods, soups, sauces, meat substitutes, seafood look-alikes and
// the false positives of earlier rules. Each row carries the diet it truly fits (the strictest), its true
// allergens and why. Run with the shared SR28 file present (skipped without it).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { certainDiets } from "@/lib/nutrition/diet";
import { DIETS, type Allergen, type Diet, type NewFood } from "@/lib/nutrition/types";
import { foodFromSr28Row } from "@/lib/nutrition/usda-rules";
import { parseSr28Csv, type Sr28Row } from "@/lib/usda/sr28-csv";
import { SR28_CSV_PATH } from "@/tests/support/sr28-csv-path";

const CSV_PATH = SR28_CSV_PATH;

interface Label {
  ndbNo: string;
  /** SR28's short description, to catch a mistyped NDB_No. */
  description: string;
  /** The strictest diet the food truly fits (it fits every less strict one too). */
  diet: Diet;
  allergens: Allergen[];
  reason: string;
}

const LABELS = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, "sr28-labelled.json"), "utf8"),
) as Label[];

/** Diets a label allows: its own and every less strict one. */
function trueDiets(label: Label): Diet[] {
  return DIETS.slice(DIETS.indexOf(label.diet));
}

function derive(row: Sr28Row): NewFood {
  const derived = foodFromSr28Row(row);
  if (!derived.ok) throw new Error(derived.reason);
  return derived.food;
}

it("has at least 150 labelled rows, each with a reason", () => {
  expect(LABELS.length).toBeGreaterThanOrEqual(150);
  expect(new Set(LABELS.map((label) => label.ndbNo)).size).toBe(LABELS.length);
  expect(LABELS.filter((label) => label.reason.trim() === "")).toEqual([]);
});

describe.runIf(existsSync(CSV_PATH))("the importer's rules on hand-labelled SR28 rows", () => {
  let rows: Map<string, Sr28Row>;
  beforeAll(() => {
    rows = new Map(parseSr28Csv(readFileSync(CSV_PATH)).rows.map((row) => [row.ndbNo, row]));
  });

  function labelled() {
    return LABELS.map((label) => {
      const row = rows.get(label.ndbNo);
      if (!row) throw new Error(`NDB_No ${label.ndbNo} is not in ${CSV_PATH}`);
      return { label, row, food: derive(row) };
    });
  }

  it("labels the rows it means to (descriptions match SR28)", () => {
    const mismatched = labelled().filter(({ label, row }) => row.description !== label.description);
    expect(mismatched.map(({ label }) => label.ndbNo)).toEqual([]);
  });

  it("offers no food to a diet it breaks", () => {
    const wrong = labelled().flatMap(({ label, food }) => {
      const offered = certainDiets(food).filter((diet) => !trueDiets(label).includes(diet));
      return offered.length > 0 ? [`${label.ndbNo} ${food.name}: offered ${offered.join(", ")}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("finds at least 95 % of the true allergens in allergens or mayContain, and prints the precision", () => {
    let truePairs = 0;
    let found = 0;
    let flagged = 0;
    let flaggedTrue = 0;
    let certain = 0;
    let certainTrue = 0;
    let missedDiets = 0;
    const missed: string[] = [];
    for (const { label, food } of labelled()) {
      const flaggedHere = new Set<Allergen>([...food.allergens, ...food.mayContain]);
      truePairs += label.allergens.length;
      for (const allergen of label.allergens) {
        if (flaggedHere.has(allergen)) found++;
        else missed.push(`${label.ndbNo} ${food.name}: ${allergen}`);
      }
      flagged += flaggedHere.size;
      flaggedTrue += [...flaggedHere].filter((a) => label.allergens.includes(a)).length;
      certain += food.allergens.length;
      certainTrue += food.allergens.filter((a) => label.allergens.includes(a)).length;
      missedDiets += trueDiets(label).length - certainDiets(food).length;
    }
    const recall = found / truePairs;
    console.log(
      [
        `labelled SR28 rows: ${LABELS.length}, true allergen pairs: ${truePairs}`,
        `recall (allergens ∪ mayContain): ${(recall * 100).toFixed(1)} %`,
        `precision (allergens ∪ mayContain): ${((flaggedTrue / flagged) * 100).toFixed(1)} % of ${flagged} flags`,
        `precision (allergens alone): ${((certainTrue / certain) * 100).toFixed(1)} % of ${certain}`,
        `diets a food truly fits but is not offered (over-caution): ${missedDiets}`,
        ...missed.map((line) => `  missed ${line}`),
      ].join("\n"),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});

describe.runIf(existsSync(CSV_PATH))("the importer's rules on every row of the shared SR28 file", () => {
  it("calls no food with cholesterol vegan, and says how many are uncertain", () => {
    const { rows } = parseSr28Csv(readFileSync(CSV_PATH));
    expect(rows.length).toBe(8790);
    const foods = rows.map((row) => ({ row, food: derive(row) }));
    const veganWithCholesterol = foods
      .filter(({ row, food }) => (row.cholesterolMg ?? 0) > 0 && certainDiets(food).includes("vegan"))
      .map(({ row, food }) => `${row.ndbNo} ${food.name}`);
    const uncertain = foods.filter(({ food }) => food.dietUncertain.length > 0).length;
    const vegan = foods.filter(({ food }) => certainDiets(food).includes("vegan")).length;
    console.log(`SR28 rows: ${rows.length}; uncertain diet facts: ${uncertain}; offered to vegans: ${vegan}`);
    expect(veganWithCholesterol).toEqual([]);
  }, 30_000);
});
