// `npm run import:usda -- <path/to/usda-sr28-abbrev.csv> [--force] [--batch-size N]`
// Imports a USDA SR28 ABBREV file into the configured database (Postgres by DATABASE_URL, else PGlite).
// Idempotent: a second run changes nothing. Interrupted (Ctrl-C, a crash)? Run it again: committed batches
// are found unchanged and the rest is imported. Curated seed foods and users' foods are kept unless --force.
// Exit code: 0 done, 1 failed, 2 bad arguments or not an SR28 file, 130 interrupted.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { configuredTarget } from "@/lib/db";
import { openDatabase } from "@/lib/db/client";
import {
  importUsdaFoods,
  type UsdaImportProgress,
  type UsdaImportReport,
} from "@/lib/services/import-usda-foods";
import { Sr28FormatError } from "@/lib/usda/sr28-csv";

const USAGE = "usage: npm run import:usda -- <path/to/usda-sr28-abbrev.csv> [--force] [--batch-size N]";

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        force: { type: "boolean", default: false },
        "batch-size": { type: "string", default: "500" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(USAGE);
const batchSize = Number(values["batch-size"]);
if (!Number.isInteger(batchSize) || batchSize < 1)
  fail(`--batch-size must be a positive whole number\n${USAGE}`);
const csvPath = path.resolve(positionals[0]!);
const csv = (() => {
  try {
    return readFileSync(csvPath);
  } catch (error) {
    return fail(`Cannot read ${csvPath}: ${(error as Error).message}`);
  }
})();

/** A bar with rate and ETA on a terminal; a plain line every 10 % (and at the end) in CI and logs. */
function progressReporter() {
  const started = performance.now();
  const rate = (done: number) => done / Math.max((performance.now() - started) / 1000, 0.001);
  if (process.stdout.isTTY && !process.env.CI) {
    const bar = new cliProgress.SingleBar(
      {
        format:
          "importing {bar} {percentage}% | {value}/{total} foods | {rate} foods/s | ETA {eta_formatted}",
        hideCursor: true,
        etaBuffer: 5,
      },
      cliProgress.Presets.shades_classic,
    );
    let startedBar = false;
    return {
      update(p: UsdaImportProgress) {
        if (!startedBar) {
          bar.start(p.total, p.done, { rate: "-" });
          startedBar = true;
        }
        bar.update(p.done, { rate: Math.round(rate(p.done)) });
      },
      stop: () => bar.stop(),
    };
  }
  let nextTenth = 0;
  return {
    update(p: UsdaImportProgress) {
      const tenth = Math.floor((p.done / Math.max(p.total, 1)) * 10);
      if (tenth < nextTenth && p.done < p.total) return;
      nextTenth = tenth + 1;
      const perSecond = rate(p.done);
      const eta = perSecond > 0 ? Math.ceil((p.total - p.done) / perSecond) : 0;
      console.log(
        `import: ${p.done}/${p.total} foods (${Math.round((p.done / Math.max(p.total, 1)) * 100)}%), ` +
          `${Math.round(perSecond)} foods/s, ETA ${eta} s`,
      );
    },
    stop() {},
  };
}

function printSummary(report: UsdaImportReport, seconds: string) {
  const reasons = new Map<string, number>();
  for (const row of report.skipped) {
    const kind =
      row.reason.startsWith("curated seed") || row.reason.startsWith("edited by a user")
        ? row.reason
        : row.reason.replace(/:.*$/, "");
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  console.log(
    `\n${report.interrupted ? "Interrupted" : "Imported"} ${csvPath} in ${seconds} s: ` +
      `${report.rows} rows, ${report.inserted} inserted, ${report.updated} updated, ` +
      `${report.unchanged} unchanged, ${report.skipped.length} skipped.`,
  );
  console.log(
    `  ${report.uncertain} foods have diet facts that are not certain (mixed dishes, unexplained ` +
      "cholesterol): they are offered only to diets they cannot break.",
  );
  for (const [reason, count] of reasons) console.log(`  skipped ${count}: ${reason}`);
  const bad = report.skipped.filter((row) => !/^(curated seed|edited by a user)/.test(row.reason));
  if (bad.length > 0) {
    console.log("Rows not imported:");
    for (const row of bad)
      console.log(`  line ${row.line}${row.ndbNo ? ` (NDB_No ${row.ndbNo})` : ""}: ${row.reason}`);
  }
  if (report.interrupted) console.log("Run the same command again to finish: committed batches are kept.");
}

const target = configuredTarget();
const started = performance.now();
const controller = new AbortController();
process.once("SIGINT", () => {
  console.error("\nStopping after the batch in flight (Ctrl-C again to quit at once)...");
  controller.abort();
  process.once("SIGINT", () => process.exit(130));
});

const db = await openDatabase(target);
const progress = progressReporter();
let exitCode = 0;
try {
  const report = await importUsdaFoods(db, csv, {
    force: values.force,
    batchSize,
    signal: controller.signal,
    onProgress: (p) => progress.update(p),
  });
  progress.stop();
  printSummary(report, ((performance.now() - started) / 1000).toFixed(1));
  if (report.interrupted) exitCode = 130;
} catch (error) {
  progress.stop();
  if (error instanceof Sr28FormatError) {
    console.error(`${csvPath}: ${error.message}`);
    exitCode = 2;
  } else {
    console.error(`Import failed: ${(error as Error).message}`);
    console.error(
      "Batches committed before the failure are kept; the failed batch was rolled back. Run again to resume.",
    );
    exitCode = 1;
  }
} finally {
  await db.close();
}
process.exit(exitCode);
