// Applies prisma/migrations at run time, on PGlite or Postgres, without Prisma's native schema engine
// (which cannot be downloaded here; ADR 002). It keeps the books exactly as `prisma migrate deploy`
// does (same `_prisma_migrations` table, rows and advisory lock), so either tool can take over a
// database the other one migrated.
//
// Deliberately not marked "server-only": scripts and tests import it too.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { SqlExecutor } from "@/lib/db/sql-executor";

/** The key `prisma migrate deploy` locks, so our runner and the CLI never migrate at the same time. */
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

/** The DDL the schema engine uses for Postgres, verbatim. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

interface MigrationFile {
  name: string;
  script: string;
}

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | string | null;
  rolled_back_at: Date | string | null;
  logs: string | null;
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** sha256 of the file as hex, which is what Prisma stores in `checksum`. */
export function migrationChecksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/** Like the engine, accept a checkout whose line endings git converted (LF <-> CRLF). */
function checksumMatches(script: string, checksum: string): boolean {
  return [script, script.replaceAll("\r\n", "\n"), script.replace(/\r?\n/g, "\r\n")].some(
    (variant) => migrationChecksum(variant) === checksum,
  );
}

/** `<dir>/*\/migration.sql` in the order Prisma applies them (by folder name). */
async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return [];
      throw error;
    },
  );
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      const script = await readFile(file, "utf8").catch((error: Error) => {
        throw new MigrationError(`Cannot read ${file}: ${error.message}`);
      });
      return { name, script };
    }),
  );
}

/**
 * A script that manages its own transaction (Prisma writes `BEGIN; ... COMMIT;` around enum rewrites)
 * would commit ours half-way, so such a script runs as `prisma migrate deploy` runs every script.
 * (`BEGIN` without a semicolon is PL/pgSQL block syntax and does not count.)
 */
function controlsItsOwnTransaction(script: string): boolean {
  return /^\s*(BEGIN|COMMIT|ROLLBACK|START\s+TRANSACTION)\s*;/im.test(script);
}

/**
 * Applies the migrations in `migrationsDir` that the database has not recorded yet, in folder-name
 * order, each in its own transaction, and returns their names. Throws, before applying anything, when
 * a recorded migration failed or its file was edited after it was applied.
 *
 * Run it before the app serves requests: on PGlite (one connection) a concurrent query would land inside
 * the migration transaction.
 */
export async function applyMigrations(
  db: SqlExecutor,
  migrationsDir: string,
): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(migrationsDir);
  return db.withSession(async (session) => {
    await session.query(`SELECT pg_advisory_lock($1)`, [PRISMA_MIGRATE_LOCK_KEY]);
    try {
      await ensureMigrationsTable(session);
      const { rows } = await session.query<MigrationRow>(
        `SELECT id, migration_name, checksum, finished_at, rolled_back_at, logs
           FROM _prisma_migrations ORDER BY started_at`,
      );
      // Rows marked rolled back (`prisma migrate resolve --rolled-back`) are history only, as for Prisma.
      const live = rows.filter((row) => row.rolled_back_at === null);
      assertNoFailedMigration(live);
      const applied = new Set(live.map((row) => row.migration_name));
      assertChecksumsUnchanged(live, migrations);

      const newlyApplied: string[] = [];
      for (const migration of migrations) {
        if (applied.has(migration.name)) continue;
        await applyOne(session, migration);
        newlyApplied.push(migration.name);
      }
      return { applied: newlyApplied };
    } finally {
      // Never mask the real error; a session that died has released its lock anyway.
      await session.query(`SELECT pg_advisory_unlock($1)`, [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    }
  });
}

/** Like the engine: create the table in an empty schema, refuse a non-empty one it does not manage. */
async function ensureMigrationsTable(db: SqlExecutor): Promise<void> {
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
  );
  const tables = rows.map((row) => row.table_name);
  if (tables.includes("_prisma_migrations")) return;
  if (tables.length > 0) {
    throw new MigrationError(
      `The database schema is not empty (${tables.join(", ")}) but has no _prisma_migrations table. ` +
        `Baseline it first (https://pris.ly/d/migrate-baseline) or use an empty database.`,
    );
  }
  await db.exec(CREATE_MIGRATIONS_TABLE);
}

function assertNoFailedMigration(rows: MigrationRow[]): void {
  const failed = rows.filter((row) => row.finished_at === null);
  if (failed.length === 0) return;
  const details = failed.map((row) => `- ${row.migration_name}: ${row.logs?.trim() || "no logs"}`).join("\n");
  throw new MigrationError(
    `Refusing to migrate: these migrations started but never finished, so the database may be half-migrated:\n` +
      `${details}\nRepair the database by hand, then mark them with ` +
      `\`prisma migrate resolve --rolled-back <name>\` (or set rolled_back_at = now() on their rows).`,
  );
}

function assertChecksumsUnchanged(rows: MigrationRow[], migrations: MigrationFile[]): void {
  const scripts = new Map(migrations.map((m) => [m.name, m.script]));
  // A recorded migration whose folder is gone is tolerated, as by `prisma migrate deploy`.
  const edited = rows.filter((row) => {
    const script = scripts.get(row.migration_name);
    return script !== undefined && !checksumMatches(script, row.checksum);
  });
  if (edited.length === 0) return;
  throw new MigrationError(
    `Refusing to migrate: these applied migrations were edited afterwards (checksum changed): ` +
      `${edited.map((row) => row.migration_name).join(", ")}. ` +
      `Restore the original migration.sql and put the change in a new migration (npm run db:migration -- <name>).`,
  );
}

async function applyOne(db: SqlExecutor, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  const checksum = migrationChecksum(migration.script);
  // clock_timestamp(), not now(): inside a transaction now() is frozen at its start.
  const start = () =>
    db.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at)
       VALUES ($1, $2, $3, clock_timestamp())`,
      [id, checksum, migration.name],
    );
  const finish = () =>
    db.query(
      `UPDATE _prisma_migrations
          SET applied_steps_count = applied_steps_count + 1, finished_at = clock_timestamp()
        WHERE id = $1`,
      [id],
    );

  if (controlsItsOwnTransaction(migration.script)) {
    // Exactly Prisma's bookkeeping: on failure the row stays unfinished with the error in `logs`,
    // which blocks later runs until someone looks at the database.
    await start();
    try {
      await db.exec(migration.script);
    } catch (error) {
      await db.exec("ROLLBACK"); // leave the script's failed transaction block (only a warning if none)
      await db.query(`UPDATE _prisma_migrations SET logs = $2 WHERE id = $1`, [id, errorText(error)]);
      throw new MigrationError(`Migration ${migration.name} failed: ${errorText(error)}`, { cause: error });
    }
    await finish();
    return;
  }

  await db.exec("BEGIN");
  try {
    await start();
    await db.exec(migration.script);
    await finish();
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    // Nothing of it stayed, so record the attempt as rolled back: history for people, no blocker for
    // the next run (Prisma ignores rows with rolled_back_at set).
    await db.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs, rolled_back_at)
       VALUES ($1, $2, $3, $4, clock_timestamp())`,
      [id, checksum, migration.name, errorText(error)],
    );
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${errorText(error)}`, {
      cause: error,
    });
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
