// A fresh, seeded database for one run: a temporary PGlite directory, or a throwaway database on the local
// Postgres server named by BENCH_DATABASE_URL (as bench:import does), dropped afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { assertLocalDatabaseUrl } from "@/tests/setup/local-database";
import { runCommand } from "@/bench/load/server";

export interface BenchDatabase {
  label: string;
  /** What the server (and db-setup) need in their environment to use it. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** `appEnv`: the server's other settings, which the demo account's sign-up reads too (auth URL, secret). */
export async function freshDatabase(
  root: string,
  adminUrl: string | undefined,
  appEnv: Record<string, string>,
): Promise<BenchDatabase> {
  const database = adminUrl ? await throwawayPostgres(adminUrl) : temporaryPglite();
  try {
    // The same migrate + seed + demo account as `npm run db:setup`, before the server opens it.
    const tsx = path.join(root, "node_modules/.bin/tsx");
    runCommand(root, tsx, ["scripts/db-setup.ts"], { ...appEnv, ...database.env });
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

function temporaryPglite(): BenchDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "nutriweek-load-"));
  return {
    label: `PGlite (${dir})`,
    env: { DATABASE_URL: "", PGLITE_DATA_DIR: dir },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function throwawayPostgres(adminUrl: string): Promise<BenchDatabase> {
  const url = assertLocalDatabaseUrl(adminUrl);
  const name = `nutriweek_load_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  return {
    label: `Postgres (${url.host}/${name}, dropped afterwards)`,
    env: { DATABASE_URL: url.toString() },
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
