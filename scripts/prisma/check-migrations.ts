// `npm run db:check`: fails when prisma/schema.prisma and prisma/migrations disagree (a schema change
// nobody wrote a migration for), and checks that the migrations apply cleanly to a fresh database with
// the runner the app uses. Offline counterpart of `prisma migrate diff --exit-code`.
import { existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { applyMigrations } from "@/lib/db/migrate";
import { pgliteExecutor } from "@/lib/db/sql-executor";
import { diffMigrationsToSchema, MIGRATIONS_DIR, PROJECT_ROOT } from "@/scripts/prisma/schema-engine";

const relative = (file: string) => path.relative(PROJECT_ROOT, file);
let failed = false;

if (!existsSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"))) {
  console.error(`${relative(MIGRATIONS_DIR)}/migration_lock.toml is missing; prisma migrate needs it.`);
  failed = true;
}

let started = performance.now();
try {
  const sql = await diffMigrationsToSchema();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (sql !== "") {
    console.error(
      `prisma/schema.prisma has changes that no migration covers:\n\n${sql}\n` +
        `Run npm run db:migration -- <name> to create a migration for them.`,
    );
    failed = true;
  } else {
    console.log(`Schema and migrations are in sync (${seconds} s).`);
  }
} catch (error) {
  // e.g. a migration that does not apply to the shadow database
  console.error((error as Error).message);
  failed = true;
}

// The diff already replayed the migrations through the schema engine; this runs them through our own
// runner too, which is what the app will do.
started = performance.now();
const pglite = new PGlite({ extensions: { pg_trgm } }); // as PGLITE_EXTENSIONS in lib/db/client.ts
try {
  const { applied } = await applyMigrations(pgliteExecutor(pglite), MIGRATIONS_DIR);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${applied.length} migration(s) apply cleanly to a fresh PGlite (${seconds} s incl. start-up).`,
  );
} catch (error) {
  console.error(`Applying the migrations to a fresh PGlite failed: ${(error as Error).message}`);
  failed = true;
} finally {
  await pglite.close();
}

process.exit(failed ? 1 : 0);
