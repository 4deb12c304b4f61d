// Reads the USDA SR28 "ABBREV" table (CSV, one food per row, values per 100 g edible portion).
// Shared by the importer (lib/services/import-usda-foods.ts) and the seed builder (scripts/build-seed-foods.ts).
// No I/O and no database: it parses text it is given and reports bad rows with their line numbers.
import { parse } from "csv-parse/sync";
import { NUTRIENT_KEYS, type NutrientKey, type Nutrients, type Portion } from "@/lib/nutrition/types";

/** SR28 column for each nutrient key (per 100 g edible portion). */
export const SR28_NUTRIENT_COLUMNS: Readonly<Record<NutrientKey, string>> = Object.freeze({
  energyKcal: "Energ_Kcal",
  proteinG: "Protein_(g)",
  fatG: "Lipid_Tot_(g)",
  carbohydrateG: "Carbohydrt_(g)",
  fiberG: "Fiber_TD_(g)",
  magnesiumMg: "Magnesium_(mg)",
  calciumMg: "Calcium_(mg)",
  vitaminDMcg: "Vit_D_µg",
  vitaminB12Mcg: "Vit_B12_(µg)",
});

const PORTION_COLUMNS = [
  ["GmWt_1", "GmWt_Desc1"],
  ["GmWt_2", "GmWt_Desc2"],
] as const;

/** Cholesterol per 100 g: only animal products have it (lib/nutrition/sr28-certainty.ts). */
export const SR28_CHOLESTEROL_COLUMN = "Cholestrl_(mg)";

/** Columns the project reads; a file without any of them is not an SR28 ABBREV file. */
export const SR28_REQUIRED_COLUMNS: readonly string[] = [
  "NDB_No",
  "Shrt_Desc",
  SR28_CHOLESTEROL_COLUMN,
  ...NUTRIENT_KEYS.map((key) => SR28_NUTRIENT_COLUMNS[key]),
  ...PORTION_COLUMNS.flat(),
];

/** One food as the file has it: figures exactly as written, a blank cell as null ("not measured"). */
export interface Sr28Row {
  /** 1-based line of the file the row is on (the header is line 1). */
  line: number;
  /** Five digits, leading zeros kept. */
  ndbNo: string;
  /** SR28 short description, e.g. "SPINACH,RAW". */
  description: string;
  per100g: Nutrients;
  /** Cholesterol in mg per 100 g; null when not measured. */
  cholesterolMg: number | null;
  /** Household portions with a positive weight and a description, in file order. */
  portions: Portion[];
}

export interface Sr28RowError {
  line: number;
  /** The row's NDB_No when it could be read. */
  ndbNo?: string;
  reason: string;
}

export interface Sr28File {
  rows: Sr28Row[];
  errors: Sr28RowError[];
}

/** The file as a whole cannot be read (not CSV, or not the ABBREV table). */
export class Sr28FormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "Sr28FormatError";
  }
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A numeric cell: null when blank, a number when numeric, undefined when it is not a number. */
export function parseSr28Number(value: string | undefined): number | null | undefined {
  const text = (value ?? "").trim();
  if (text === "") return null;
  return NUMBER.test(text) ? Number(text) : undefined;
}

/** A household portion, or null when the weight is missing or not positive or the description blank. */
export function sr28Portion(grams: number | null, description: string | undefined): Portion | null {
  const desc = (description ?? "").replace(/\s+/g, " ").trim();
  if (grams === null || grams <= 0 || desc === "") return null;
  return { grams, description: desc };
}

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/**
 * Parses an SR28 ABBREV CSV (UTF-8, optional byte-order mark, quoted text). Rows with the wrong number of
 * columns, a non-numeric value in a column the project reads, or a malformed NDB_No are returned in
 * `errors` with their line number; all other rows in `rows`. Throws Sr28FormatError when the header
 * lacks a required column or the CSV itself is broken beyond one row (e.g. an unclosed quote).
 */
export function parseSr28Csv(input: string | Buffer): Sr28File {
  const errors: Sr28RowError[] = [];
  let records: ParsedRecord[];
  try {
    records = parse(input, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) errors.push({ line: Number(error.lines), reason: `unreadable CSV: ${error.message}` });
      },
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new Sr28FormatError(`not a readable CSV file: ${(error as Error).message}`, line);
  }
  const [header, ...body] = records;
  if (!header) throw new Sr28FormatError("the file is empty");
  const columns = header.record.map((name) => name.trim());
  const index = new Map(columns.map((name, i) => [name, i]));
  const missing = SR28_REQUIRED_COLUMNS.filter((name) => !index.has(name));
  if (missing.length > 0) {
    throw new Sr28FormatError(
      `not an SR28 ABBREV file: missing column(s) ${missing.join(", ")}`,
      header.info.lines,
    );
  }
  const at = (record: string[], column: string) => record[index.get(column)!];

  const rows: Sr28Row[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    const rawNdb = (at(record, "NDB_No") ?? "").trim();
    const ndbNo = /^\d{4,5}$/.test(rawNdb) ? rawNdb.padStart(5, "0") : undefined;
    if (record.length !== columns.length) {
      errors.push({
        line,
        ndbNo,
        reason: `wrong column count: expected ${columns.length}, found ${record.length}`,
      });
      continue;
    }
    if (!ndbNo) {
      errors.push({ line, reason: `NDB_No is not a 4-5 digit number: ${JSON.stringify(rawNdb)}` });
      continue;
    }
    const description = (at(record, "Shrt_Desc") ?? "").replace(/\s+/g, " ").trim();
    if (description === "") {
      errors.push({ line, ndbNo, reason: "Shrt_Desc is blank" });
      continue;
    }
    const bad: string[] = [];
    const number = (column: string) => {
      const value = parseSr28Number(at(record, column));
      if (value === undefined) bad.push(`${column} is not a number: ${JSON.stringify(at(record, column))}`);
      return value ?? null;
    };
    const per100g = Object.fromEntries(
      NUTRIENT_KEYS.map((key) => [key, number(SR28_NUTRIENT_COLUMNS[key])]),
    ) as Nutrients;
    const cholesterolMg = number(SR28_CHOLESTEROL_COLUMN);
    const portions = PORTION_COLUMNS.map(([grams, desc]) =>
      sr28Portion(number(grams), at(record, desc)),
    ).filter((portion): portion is Portion => portion !== null);
    if (bad.length > 0) {
      errors.push({ line, ndbNo, reason: bad.join("; ") });
      continue;
    }
    rows.push({ line, ndbNo, description, per100g, cholesterolMg, portions });
  }
  return { rows, errors };
}
