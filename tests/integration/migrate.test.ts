// The migration runner (lib/db/migrate.ts) on fresh databases, and the committed migrations against the
// schema (the same check as `npm run db:check`).
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PGLITE_EXTENSIONS } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { pgExecutor, pgliteExecutor, type SqlExecutor } from "@/lib/db/sql-executor";
import {
  diffMigrationsToSchema,
  MIGRATIONS_DIR,
  readMigrationList,
  withSchemaEngine,
} from "@/scripts/prisma/schema-engine";
import { assertLocalDatabaseUrl } from "@/tests/setup/local-database";

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
}

const committedMigrations = () =>
  readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** The same checks on any database: it must start empty. */
async function exerciseRunner(db: SqlExecutor) {
  // A private copy of prisma/migrations, so the test can edit and add migrations.
  const dir = mkdtempSync(path.join(tmpdir(), "nutriweek-migrations-"));
  try {
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const names = committedMigrations();
    expect(names.length).toBeGreaterThan(0);

    // 1. A fresh database gets every migration, recorded as `prisma migrate deploy` records them.
    expect(await applyMigrations(db, dir)).toEqual({ applied: names });
    const { rows: tables } = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(["Food", "FoodPortion", "Recipe", "RecipeIngredient", "_prisma_migrations"]),
    );
    const { rows } = await db.query<MigrationRow>(`SELECT * FROM _prisma_migrations ORDER BY migration_name`);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }

    // 2. Applying again applies nothing, and the advisory lock (Prisma's key) was released each time.
    expect(await applyMigrations(db, dir)).toEqual({ applied: [] });
    const locks = await db.query(
      `SELECT objid FROM pg_locks WHERE locktype = 'advisory' AND objid = 72707369`,
    );
    expect(locks.rows).toEqual([]);

    // 3. An applied migration edited afterwards is refused, before anything runs.
    const first = path.join(dir, names[0]!, "migration.sql");
    appendFileSync(first, "\n-- edited after it was applied\n");
    await expect(applyMigrations(db, dir)).rejects.toThrow(/checksum changed/);
    cpSync(path.join(MIGRATIONS_DIR, names[0]!, "migration.sql"), first);

    // 4. A failing migration is rolled back whole and recorded as rolled back; fixed, it applies.
    const broken = path.join(dir, "99990101000000_broken");
    mkdirSync(broken);
    writeFileSync(
      path.join(broken, "migration.sql"),
      `CREATE TABLE "Probe" (id int);\nSELECT * FROM "NoSuchTable";\n`,
    );
    await expect(applyMigrations(db, dir)).rejects.toThrow(
      /99990101000000_broken failed and was rolled back/,
    );
    const probe = await db.query(`SELECT to_regclass('"Probe"') AS probe`);
    expect(probe.rows[0]).toEqual({ probe: null });
    writeFileSync(path.join(broken, "migration.sql"), `CREATE TABLE "Probe" (id int);\n`);
    expect(await applyMigrations(db, dir)).toEqual({ applied: ["99990101000000_broken"] });
    const history = await db.query<MigrationRow>(
      `SELECT * FROM _prisma_migrations WHERE migration_name = '99990101000000_broken' ORDER BY started_at`,
    );
    expect(history.rows.map((r) => [r.rolled_back_at !== null, r.finished_at !== null])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(history.rows[0]!.logs).toMatch(/NoSuchTable/);

    // 5. A script with its own BEGIN/COMMIT (Prisma writes those for enum rewrites) runs as
    //    `prisma migrate deploy` runs it; if it fails, its row stays unfinished and blocks later runs.
    const ownTx = path.join(dir, "99990102000000_own_transaction");
    mkdirSync(ownTx);
    writeFileSync(path.join(ownTx, "migration.sql"), `BEGIN;\nCREATE TABLE "Probe2" (id int);\nCOMMIT;\n`);
    expect(await applyMigrations(db, dir)).toEqual({ applied: ["99990102000000_own_transaction"] });
    const halfDone = path.join(dir, "99990103000000_half_done");
    mkdirSync(halfDone);
    writeFileSync(path.join(halfDone, "migration.sql"), `BEGIN;\nSELECT * FROM "NoSuchTable";\nCOMMIT;\n`);
    await expect(applyMigrations(db, dir)).rejects.toThrow(/99990103000000_half_done failed/);
    await expect(applyMigrations(db, dir)).rejects.toThrow(
      /started but never finished[\s\S]*half_done: .*NoSuchTable/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("applyMigrations", () => {
  describe("on a fresh in-memory PGlite", () => {
    let pglite: PGlite | undefined;
    afterAll(async () => {
      await pglite?.close();
    });

    it("applies, skips, and refuses edited or failed migrations", async () => {
      pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS }); // in memory
      await exerciseRunner(pgliteExecutor(pglite));
    });
  });

  const adminUrl = process.env.TEST_DATABASE_URL;
  describe.runIf(adminUrl)("on a fresh Postgres database (TEST_DATABASE_URL)", () => {
    const name = `nutriweek_migrate_${process.pid}_${Date.now()}`;
    let admin: pg.Client;
    let pool: pg.Pool;

    afterAll(async () => {
      await pool?.end();
      await admin?.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin?.end();
    });

    it("applies, skips, and refuses edited or failed migrations", async () => {
      const url = assertLocalDatabaseUrl(adminUrl!);
      admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      url.pathname = `/${name}`;
      pool = new pg.Pool({ connectionString: url.toString(), max: 4 });
      // DROP DATABASE ... WITH (FORCE) in afterAll may still meet a closing connection; that is fine.
      pool.on("error", () => {});
      await exerciseRunner(pgExecutor(pool));
    });

    it("lets concurrent runners apply each migration once", async () => {
      await pool.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
      const results = await Promise.all(
        [1, 2, 3].map(() => applyMigrations(pgExecutor(pool), MIGRATIONS_DIR)),
      );
      expect(results.flatMap((r) => r.applied)).toEqual(committedMigrations());
    });
  });
});

describe("compatibility with Prisma's schema engine (what `prisma migrate deploy` runs)", () => {
  it("each accepts a database the other migrated", async () => {
    const filters = { externalTables: [], externalEnums: [] };
    const pglite = await PGlite.create({ extensions: PGLITE_EXTENSIONS });
    const dir = mkdtempSync(path.join(tmpdir(), "nutriweek-migrations-"));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      const migrationsList = await readMigrationList(dir);
      const engineApplied = await withSchemaEngine(pglite, (engine) =>
        engine.applyMigrations({ migrationsList, filters }),
      );
      expect(engineApplied.appliedMigrationNames).toEqual(committedMigrations());
      expect(await applyMigrations(pgliteExecutor(pglite), dir)).toEqual({ applied: [] });

      mkdirSync(path.join(dir, "99990101000000_more"));
      writeFileSync(
        path.join(dir, "99990101000000_more", "migration.sql"),
        `CREATE TABLE "More" (id int);\n`,
      );
      expect(await applyMigrations(pgliteExecutor(pglite), dir)).toEqual({
        applied: ["99990101000000_more"],
      });
      const diagnosis = await withSchemaEngine(pglite, async (engine) =>
        engine.diagnoseMigrationHistory({
          migrationsList: await readMigrationList(dir),
          optInToShadowDatabase: false,
          filters,
        }),
      );
      expect(diagnosis).toEqual({
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: true,
        history: null,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await pglite.close();
    }
  });
});

describe("diffMigrationsToSchema", () => {
  it("finds nothing to migrate between the committed migrations and schema.prisma", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });
});
