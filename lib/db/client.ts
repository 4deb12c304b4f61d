// The one Prisma module's client factory: Postgres when a URL is given, embedded PGlite otherwise.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations } from "@/lib/db/migrate";
import { pgExecutor, pgliteExecutor } from "@/lib/db/sql-executor";

export type { PrismaClient };

export interface Database {
  kind: "postgres" | "pglite";
  prisma: PrismaClient;
  /** The embedded database, when that is what runs (tests dump it as a template). */
  pglite?: PGlite;
  /** Ends the Prisma client and the underlying driver (PGlite keeps a process alive otherwise). */
  close(): Promise<void>;
}

/**
 * Postgres extensions the migrations create (`CREATE EXTENSION pg_trgm`): a Postgres server ships them
 * as contrib modules, PGlite must be handed them when it starts. Every PGlite the project opens uses this.
 */
export const PGLITE_EXTENSIONS = { pg_trgm };

export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

export type DatabaseTarget =
  | { kind: "postgres"; url: string }
  /** `dataDir` is a folder, or undefined for in-memory; `loadDataDir` starts from a dump (fast for tests). */
  | { kind: "pglite"; dataDir?: string; loadDataDir?: Blob | File };

export async function openDatabase(
  target: DatabaseTarget,
  options: { migrate?: boolean } = {},
): Promise<Database> {
  const migrate = options.migrate ?? true;
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    if (migrate) await applyMigrations(pgExecutor(pool), MIGRATIONS_DIR);
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: "postgres",
      prisma,
      async close() {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  // PGlite does not create missing parent folders.
  if (target.dataDir) mkdirSync(path.dirname(target.dataDir), { recursive: true });
  const pglite = await PGlite.create(target.dataDir, {
    extensions: PGLITE_EXTENSIONS,
    ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
  });
  if (migrate) await applyMigrations(pgliteExecutor(pglite), MIGRATIONS_DIR);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    kind: "pglite",
    prisma,
    pglite,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
