// Use case: import a USDA SR28 ABBREV file into the catalogue (ADR 007).
// Parse (lib/usda) -> derive names, group, aisle, diet facts and their certainty, allergens and what a
// food may contain (lib/nutrition/usda-rules) ->
// validate (lib/schemas ZFoodInputSchema) -> upsert in batches, one transaction each (lib/db/usda-import).
// Running it again changes nothing; an interrupted run is resumed by running it again.
import type { Database } from "@/lib/db/client";
import { upsertUsdaFoodBatch } from "@/lib/db/usda-import";
import { foodFromSr28Row } from "@/lib/nutrition/usda-rules";
import { fieldErrors } from "@/lib/schemas/catalogue";
import { ZFoodInputSchema, type TFoodInput } from "@/lib/schemas/food";
import { parseSr28Csv } from "@/lib/usda/sr28-csv";

export interface SkippedRow {
  line: number;
  ndbNo?: string;
  reason: string;
}

export interface UsdaImportReport {
  /** Food rows in the file (the header excluded). */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /**
   * Foods of the file whose diet facts are not certain (mixed dishes, unexplained cholesterol): they are
   * offered only to diets they cannot break (docs/NUTRITION.md, "The importer's rules").
   */
  uncertain: number;
  /** Rows not written, with their line and why: bad rows, and seed or user foods left alone. */
  skipped: SkippedRow[];
  /** Batches committed; with `interrupted`, the rows after them were not looked at. */
  batches: number;
  interrupted: boolean;
}

export interface UsdaImportProgress {
  /** Rows dealt with so far (written, unchanged or skipped) and in all. */
  done: number;
  total: number;
  inserted: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface ImportUsdaFoodsOptions {
  /** Overwrite foods from the curated seed or a user too. */
  force?: boolean;
  /** Rows per transaction. */
  batchSize?: number;
  onProgress?: (progress: UsdaImportProgress) => void;
  /** Stops after the batch in flight (that batch is committed); the report says `interrupted`. */
  signal?: AbortSignal;
}

export const PROTECTED_REASON = {
  seed: "curated seed food, kept (use --force to overwrite)",
  user: "edited by a user, kept (use --force to overwrite)",
} as const;

/** Imports an SR28 ABBREV CSV (its text or bytes). Throws Sr28FormatError when it is not such a file. */
export async function importUsdaFoods(
  db: Database,
  csv: string | Buffer,
  options: ImportUsdaFoodsOptions = {},
): Promise<UsdaImportReport> {
  const batchSize = options.batchSize ?? 500;
  const { rows, errors } = parseSr28Csv(csv);
  const skipped: SkippedRow[] = [...errors];
  const total = rows.length + errors.length;

  // Derive and validate every row first: bad rows are reported, never half-written.
  const foods: { line: number; food: TFoodInput }[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const earlier = firstLine.get(row.ndbNo);
    if (earlier !== undefined) {
      skipped.push({
        line: row.line,
        ndbNo: row.ndbNo,
        reason: `duplicate NDB_No (first on line ${earlier})`,
      });
      continue;
    }
    firstLine.set(row.ndbNo, row.line);
    const derived = foodFromSr28Row(row);
    if (!derived.ok) {
      skipped.push({ line: row.line, ndbNo: row.ndbNo, reason: derived.reason });
      continue;
    }
    const parsed = ZFoodInputSchema.safeParse(derived.food);
    if (!parsed.success) {
      const why = fieldErrors(parsed.error).map((e) => `${e.field}: ${e.message}`);
      skipped.push({ line: row.line, ndbNo: row.ndbNo, reason: `invalid food: ${why.join("; ")}` });
      continue;
    }
    foods.push({ line: row.line, food: parsed.data });
  }

  const report: UsdaImportReport = {
    rows: total,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    uncertain: foods.filter(({ food }) => food.dietUncertain.length > 0).length,
    skipped,
    batches: 0,
    interrupted: false,
  };
  const progress = () =>
    options.onProgress?.({
      done: report.inserted + report.updated + report.unchanged + report.skipped.length,
      total,
      inserted: report.inserted,
      updated: report.updated,
      unchanged: report.unchanged,
      skipped: report.skipped.length,
    });
  progress();

  for (let start = 0; start < foods.length; start += batchSize) {
    if (options.signal?.aborted) {
      report.interrupted = true;
      break;
    }
    const batch = foods.slice(start, start + batchSize);
    const outcomes = await upsertUsdaFoodBatch(
      db,
      batch.map(({ food }) => food),
      { force: options.force },
    );
    outcomes.forEach((outcome, i) => {
      if (outcome.result === "protected") {
        skipped.push({
          line: batch[i]!.line,
          ndbNo: outcome.ndbNo,
          reason: PROTECTED_REASON[outcome.source],
        });
      } else {
        report[outcome.result]++;
      }
    });
    report.batches++;
    progress();
  }
  skipped.sort((a, b) => a.line - b.line);
  return report;
}
