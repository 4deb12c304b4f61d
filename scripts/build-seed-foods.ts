/**
 * Builds prisma/seed/foods.json from the hand-curated prisma/seed/food-selection.json and the USDA SR28
 * ABBREV table (public domain). The SR28 file is reference data that is NOT part of the project: it is read
 * from ../shared/data/usda-sr28-abbrev.csv (override with USDA_CSV_PATH or the first CLI argument).
 *
 *   npx tsx scripts/build-seed-foods.ts [path/to/usda-sr28-abbrev.csv]
 *
 * Figures are copied exactly; a blank CSV cell becomes null ("not measured"), never 0.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Aisle, Allergen, DietFact, DietFacts, Nutrients, Portion } from "@/lib/nutrition/types.ts";
import { AISLES, ALLERGENS, DIET_FACTS } from "@/lib/nutrition/types.ts";
import { foodGroupFromNdbNo } from "@/lib/nutrition/food-groups.ts";
import { curatedDietCertainty } from "@/lib/nutrition/sr28-certainty.ts";
import { parseSr28Csv, type Sr28Row } from "@/lib/usda/sr28-csv.ts";

interface Selection {
  ndbNo: string;
  name: string;
  aisle: Aisle;
  fortified: boolean;
  diet: DietFacts;
  allergens: Allergen[];
}

export interface SeedFood extends Selection {
  foodGroup: string;
  /** Written only for a food whose facts are not certain (the schema's default is certain). */
  dietUncertain?: DietFact[];
  uncertainReason?: string;
  per100g: Nutrients;
  portions: Portion[];
}

const DIET_KEYS = DIET_FACTS;

/** SR28 rows by NDB_No; a selected food on a row the parser rejected is an error. */
export function readSr28(csvPath: string): Map<string, Sr28Row> {
  const { rows, errors } = parseSr28Csv(readFileSync(csvPath));
  for (const error of errors) console.warn(`${csvPath}:${error.line}: ${error.reason}`);
  return new Map(rows.map((row) => [row.ndbNo, row]));
}

export function buildFood(sel: Selection, row: Sr28Row): SeedFood {
  const per100g = { ...row.per100g };
  const portions = row.portions.map((portion) => ({ ...portion }));
  // Food-group slug from the first two digits of NDB_No (lib/nutrition/food-groups.ts).
  const foodGroup = foodGroupFromNdbNo(sel.ndbNo);
  if (!foodGroup) throw new Error(`${sel.ndbNo}: no food group for prefix ${sel.ndbNo.slice(0, 2)}`);
  const diet = Object.fromEntries(DIET_KEYS.map((k) => [k, sel.diet[k]])) as unknown as DietFacts;
  const certainty = curatedDietCertainty(diet, row.cholesterolMg);
  return {
    ndbNo: sel.ndbNo,
    name: sel.name,
    foodGroup,
    aisle: sel.aisle,
    fortified: sel.fortified,
    diet,
    ...(certainty.reason === null
      ? {}
      : { dietUncertain: certainty.uncertain, uncertainReason: certainty.reason }),
    allergens: sel.allergens,
    per100g,
    portions,
  };
}

function validateSelection(selection: Selection[]): void {
  const ndbs = new Set<string>();
  const names = new Set<string>();
  for (const s of selection) {
    if (!/^\d{5}$/.test(s.ndbNo)) throw new Error(`bad ndbNo ${s.ndbNo}`);
    if (ndbs.has(s.ndbNo)) throw new Error(`duplicate ndbNo ${s.ndbNo}`);
    if (names.has(s.name)) throw new Error(`duplicate name ${s.name}`);
    ndbs.add(s.ndbNo);
    names.add(s.name);
    if (!(AISLES as readonly string[]).includes(s.aisle)) throw new Error(`${s.ndbNo}: bad aisle ${s.aisle}`);
    for (const a of s.allergens) {
      if (!(ALLERGENS as readonly string[]).includes(a)) throw new Error(`${s.ndbNo}: bad allergen ${a}`);
    }
    for (const k of DIET_KEYS) {
      if (typeof s.diet?.[k] !== "boolean") throw new Error(`${s.ndbNo}: diet.${k} missing`);
    }
  }
}

function main(): void {
  const root = process.cwd();
  const csvPath = path.resolve(
    process.argv[2] ?? process.env.USDA_CSV_PATH ?? path.resolve(root, "../shared/data/usda-sr28-abbrev.csv"),
  );
  const selectionPath = path.resolve(root, "prisma/seed/food-selection.json");
  const outPath = path.resolve(root, "prisma/seed/foods.json");

  const selection = JSON.parse(readFileSync(selectionPath, "utf8")) as Selection[];
  validateSelection(selection);
  const sr28 = readSr28(csvPath);

  const foods = selection.map((sel) => {
    const row = sr28.get(sel.ndbNo);
    if (!row) throw new Error(`NDB_No ${sel.ndbNo} (${sel.name}) not found in ${csvPath}`);
    return buildFood(sel, row);
  });

  // One food per line keeps diffs readable.
  const json = "[\n" + foods.map((f) => "  " + JSON.stringify(f)).join(",\n") + "\n]\n";
  writeFileSync(outPath, json);
  console.log(`wrote ${foods.length} foods to ${path.relative(root, outPath)}`);
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]).endsWith("build-seed-foods.ts");
if (invokedDirectly) main();
