// Integration tests' scratch Postgres databases (the global setup's and the USDA import test's own).
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/client";
import { seedCatalogue } from "@/lib/db/seed";
import type { loadSeedCatalogue } from "@/lib/db/seed-data";
import { assertLocalDatabaseUrl } from "@/tests/setup/local-database";

/** Drops the database once its last connection has closed (tries for about 5 s). */
async function dropOnceClosed(admin: pg.Client, name: string) {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * A new Postgres database on the local server of `adminUrl`, migrated and seeded with `catalogue`, named
 * `<prefix>_<pid>_<time>` so runs never share one; `drop` removes it (with FORCE, or once its connections
 * have closed: `dropWhenClosed`).
 */
export async function createSeededPostgres(
  adminUrl: string,
  prefix: string,
  catalogue: ReturnType<typeof loadSeedCatalogue>,
  options: { dropWhenClosed?: boolean } = {},
): Promise<{ url: string; db: Database; drop: () => Promise<void> }> {
  const url = assertLocalDatabaseUrl(adminUrl);
  const name = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString() });
  await seedCatalogue(db, catalogue);
  const drop = async () => {
    if (options.dropWhenClosed) await dropOnceClosed(admin, name);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  return { url: url.toString(), db, drop };
}
