// `npm run bench:import [-- --csv <path>] [--skip-http]`: import and search targets, measured on this machine.
//
// 1. The whole SR28 file into Postgres and into PGlite (each freshly migrated and seeded): first run and
//    second run (idempotent: nothing to write).                     Targets: <= 20 s, second run <= 10 s.
// 2. `/api/foods?q=...` against `next start` on 127.0.0.1, the database holding the full import: a timed
//    loop of sequential requests, p50/p95.                          Target: p95 <= 50 ms.
//    Baseline in the same run: the same requests with the trigram index dropped (ILIKE by sequential scan,
//    what search was before ADR 007), and the search SQL alone (count + page) in-process, with and without.
// Postgres: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) must be local; a
// throwaway database is created and dropped. The app is built in a snapshot of the tree (see buildSnapshot).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase, type Database, type DatabaseTarget } from "@/lib/db/client";
import { findFoods } from "@/lib/db/foods";
import { seedCatalogue } from "@/lib/db/seed";
import { loadSeedCatalogue } from "@/lib/db/seed-data";
import { ZFoodListQuerySchema } from "@/lib/schemas/catalogue";
import { importUsdaFoods } from "@/lib/services/import-usda-foods";
import { assertLocalDatabaseUrl } from "@/tests/setup/local-database";
import { freePort } from "@/bench/load/server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { values } = parseArgs({
  options: {
    csv: { type: "string", default: path.resolve(ROOT, "../shared/data/usda-sr28-abbrev.csv") },
    "skip-http": { type: "boolean", default: false },
    requests: { type: "string", default: "200" },
  },
});
const csv = readFileSync(values.csv);
const REQUESTS = Number(values.requests);
const QUERIES = [
  "spinach",
  "chicken breast",
  "cheddar",
  "raw",
  "milk",
  "salmon canned",
  "beef ground",
  "apple",
  "bread whole wheat",
  "yogurt",
  "almonds",
  "tofu",
  "sardines",
  "kale",
  "oat",
];
const INDEX = `"Food_name_trgm_idx"`;
const CREATE_INDEX = `CREATE INDEX IF NOT EXISTS ${INDEX} ON "Food" USING GIN ("name" gin_trgm_ops)`;

interface Row {
  what: string;
  postgres?: number;
  pglite?: number;
  unit: string;
  target?: number;
  /** Same measurement without the trigram index, per database. */
  baseline?: { postgres?: number; pglite?: number };
}
const rows: Row[] = [];
const row = (what: string, unit: string, target?: number) => {
  let found = rows.find((r) => r.what === what);
  if (!found) rows.push((found = { what, unit, target }));
  return found;
};

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const seconds = async (fn: () => Promise<unknown>) => {
  const started = performance.now();
  await fn();
  return (performance.now() - started) / 1000;
};

async function benchImport(kind: "postgres" | "pglite", target: DatabaseTarget) {
  const db = await openDatabase(target);
  await seedCatalogue(db, loadSeedCatalogue());
  const first = await seconds(async () => {
    const report = await importUsdaFoods(db, csv);
    console.log(`${kind}: first import ${report.inserted} inserted, ${report.skipped.length} skipped`);
  });
  const second = await seconds(async () => {
    const report = await importUsdaFoods(db, csv);
    console.log(
      `${kind}: second import ${report.inserted + report.updated} written, ${report.unchanged} unchanged`,
    );
  });
  row("import whole file, first run", "s", 20)[kind] = first;
  row("import whole file, second run", "s", 10)[kind] = second;
  const total = await db.prisma.food.count();
  console.log(`${kind}: ${total} foods, first ${first.toFixed(1)} s, second ${second.toFixed(1)} s`);
  return db;
}

/** The search SQL alone (count + first page + rows), in-process, with the index and without. */
async function benchSql(kind: "postgres" | "pglite", db: Database) {
  const run = async () => {
    const samples: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const q = QUERIES[i % QUERIES.length];
      const started = performance.now();
      await findFoods(db, ZFoodListQuerySchema.parse({ q }));
      samples.push(performance.now() - started);
    }
    return percentile(samples, 95);
  };
  await run(); // warm up
  const indexed = await run();
  await db.prisma.$executeRawUnsafe(`DROP INDEX ${INDEX}`);
  await db.prisma.$executeRawUnsafe(`ANALYZE "Food"`);
  const plain = await run();
  await db.prisma.$executeRawUnsafe(CREATE_INDEX);
  await db.prisma.$executeRawUnsafe(`ANALYZE "Food"`);
  const r = row("search SQL in-process, p95 (findFoods)", "ms");
  r[kind] = indexed;
  r.baseline = { ...r.baseline, [kind]: plain };
}

function startServer(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(
    path.join(appDir, "node_modules/.bin/next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: appDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 60_000;
    const poll = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/foods?limit=1`);
        if (response.ok) return resolve(child);
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null || Date.now() > deadline) {
        child.kill();
        return reject(new Error(`next start did not come up:\n${output}`));
      }
      setTimeout(() => void poll(), 250);
    };
    void poll();
  });
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function httpP95(port: number) {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS + 20; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/foods?q=${encodeURIComponent(q)}`);
    const body = (await response.json()) as { total: number };
    if (!response.ok || typeof body.total !== "number") throw new Error(`bad response for ${q}`);
    if (i >= 20) samples.push(performance.now() - started); // the first 20 warm the server up
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function benchHttp(
  kind: "postgres" | "pglite",
  env: Record<string, string>,
  toggleIndex: (on: boolean) => Promise<void>,
) {
  const port = await freePort();
  const serverEnv = {
    BETTER_AUTH_SECRET: "bench-only-secret-bench-only-secret-0123456789",
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    ...env,
  };
  let server = await startServer(serverEnv, port);
  const indexed = await httpP95(port);
  await stopServer(server);
  await toggleIndex(false);
  server = await startServer(serverEnv, port);
  const plain = await httpP95(port);
  await stopServer(server);
  await toggleIndex(true);
  const p95 = row("GET /api/foods?q= p95 (next start, loopback)", "ms", 50);
  p95[kind] = indexed.p95;
  p95.baseline = { ...p95.baseline, [kind]: plain.p95 };
  const p50 = row("GET /api/foods?q= p50 (next start, loopback)", "ms");
  p50[kind] = indexed.p50;
  p50.baseline = { ...p50.baseline, [kind]: plain.p50 };
}

function printTable() {
  const fmt = (n: number | undefined, unit: string) =>
    n === undefined ? "-" : unit === "s" ? `${n.toFixed(2)} s` : `${n.toFixed(1)} ms`;
  const ratio = (value?: number, base?: number) => (value && base ? `${(base / value).toFixed(1)}x` : "-");
  const lines = [
    "| measurement | Postgres | PGlite | target | Postgres without trigram index | PGlite without trigram index | speed-up Postgres / PGlite | Postgres / PGlite vs target |",
    "|---|---|---|---|---|---|---|---|",
    ...rows
      .map((r) =>
        [
          r.what,
          fmt(r.postgres, r.unit),
          fmt(r.pglite, r.unit),
          r.target ? `<= ${r.target} ${r.unit}` : "-",
          fmt(r.baseline?.postgres, r.unit),
          fmt(r.baseline?.pglite, r.unit),
          `${ratio(r.postgres, r.baseline?.postgres)} / ${ratio(r.pglite, r.baseline?.pglite)}`,
          r.target
            ? `${((r.postgres ?? NaN) / r.target).toFixed(2)} / ${((r.pglite ?? NaN) / r.target).toFixed(2)}`
            : "-",
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];
  console.log(`\n${lines.join("\n")}\n`);
  const failed = rows.filter((r) => r.target && ((r.postgres ?? 0) > r.target || (r.pglite ?? 0) > r.target));
  console.log(failed.length ? `MISSED: ${failed.map((r) => r.what).join(", ")}` : "All targets met.");
  return failed.length === 0;
}

/**
 * Builds the app in a snapshot of the working tree (node_modules hard-linked): the timings are of this code,
 * and a `next build` or `next dev` running in the working tree meanwhile does not get in the way.
 */
function buildSnapshot(workDir: string): string {
  const dir = path.join(workDir, "app");
  mkdirSync(dir);
  for (const entry of readdirSync(ROOT)) {
    if (
      [".next", ".data", ".git", "dist", "node_modules", "test-results", "playwright-report"].includes(entry)
    )
      continue;
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  // Hard links: as fast as a symlink, but Turbopack only resolves packages inside the project root.
  const link = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")]);
  if (link.status !== 0) throw new Error(`cp -al node_modules failed: ${String(link.stderr)}`);
  console.log(`next build in a snapshot (${dir}) ...`);
  const build = spawnSync(path.join(dir, "node_modules/.bin/next"), ["build"], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (build.status !== 0) throw new Error("next build failed");
  return dir;
}

// ---- run ----
const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const pgUrl = assertLocalDatabaseUrl(adminUrl);
const dbName = `nutriweek_bench_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${dbName}"`);
pgUrl.pathname = `/${dbName}`;
const workDir = mkdtempSync(path.join(tmpdir(), "nutriweek-bench-"));
const pgliteDir = path.join(workDir, "pglite");
let ok = false;
let appDir = ROOT;
try {
  const postgres = await benchImport("postgres", { kind: "postgres", url: pgUrl.toString() });
  await benchSql("postgres", postgres);
  await postgres.close();
  const pglite = await benchImport("pglite", { kind: "pglite", dataDir: pgliteDir });
  await benchSql("pglite", pglite);
  await pglite.close(); // PGlite is single-process: the server opens it next

  if (!values["skip-http"]) {
    appDir = buildSnapshot(workDir);
    const pgPool = new pg.Pool({ connectionString: pgUrl.toString(), max: 1 });
    await benchHttp("postgres", { DATABASE_URL: pgUrl.toString() }, async (on) => {
      await pgPool.query(on ? CREATE_INDEX : `DROP INDEX ${INDEX}`);
      await pgPool.query(`ANALYZE "Food"`);
    });
    await pgPool.end();
    await benchHttp("pglite", { DATABASE_URL: "", PGLITE_DATA_DIR: pgliteDir }, async (on) => {
      const db = await openDatabase({ kind: "pglite", dataDir: pgliteDir }, { migrate: false });
      await db.prisma.$executeRawUnsafe(on ? CREATE_INDEX : `DROP INDEX ${INDEX}`);
      await db.prisma.$executeRawUnsafe(`ANALYZE "Food"`);
      await db.close();
    });
  }
  ok = printTable();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
