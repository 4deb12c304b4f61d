// `npm run db:migration -- <name>`: the offline `prisma migrate dev --create-only`. Writes the SQL that
// takes prisma/migrations to prisma/schema.prisma as a new migration folder in Prisma's format, then
// regenerates the client. Apply it with `npm run db:setup` (or the app's start-up), or anywhere the
// native engine exists with `prisma migrate deploy`.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { prismaGenerate } from "@/scripts/prisma/generate";
import { diffMigrationsToSchema, MIGRATION_LOCK, MIGRATIONS_DIR } from "@/scripts/prisma/schema-engine";

/** Prisma's folder name: UTC `YYYYMMDDHHMMSS_<name>`. */
function folderName(name: string, now = new Date()): string {
  const timestamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  return `${timestamp}_${name}`;
}

function snakeCase(raw: string): string {
  return raw
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
}

const name = snakeCase(process.argv.slice(2).join(" "));
if (!name) {
  console.error(
    "Usage: npm run db:migration -- <name>   (for example: npm run db:migration -- add_food_notes)",
  );
  process.exit(2);
}

const started = performance.now();
const sql = await diffMigrationsToSchema();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (sql === "") {
  console.log(`Schema and migrations are in sync (checked in ${seconds} s); no migration written.`);
  process.exit(0);
}

const folder = path.join(MIGRATIONS_DIR, folderName(name));
await mkdir(folder, { recursive: true });
await writeFile(path.join(folder, "migration.sql"), sql);
const lockFile = path.join(MIGRATIONS_DIR, "migration_lock.toml");
if (!existsSync(lockFile)) await writeFile(lockFile, MIGRATION_LOCK);
console.log(
  `Wrote ${path.relative(process.cwd(), path.join(folder, "migration.sql"))} (diff in ${seconds} s):\n`,
);
console.log(sql);

prismaGenerate();
