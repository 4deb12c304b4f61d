// The app's database: one client per process (a globalThis singleton survives dev hot reloads).
import path from "node:path";
import { env } from "@/lib/env";
import { openDatabase, type Database, type DatabaseTarget } from "@/lib/db/client";

export function configuredTarget(): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.PGLITE_DATA_DIR) };
}

const holder = globalThis as typeof globalThis & { nutriweekDatabase?: Promise<Database> };

/** Opens (and migrates) the configured database on first use. */
export function getDatabase(): Promise<Database> {
  holder.nutriweekDatabase ??= openDatabase(configuredTarget()).catch((error: unknown) => {
    holder.nutriweekDatabase = undefined;
    throw error;
  });
  return holder.nutriweekDatabase;
}

/**
 * The database a service runs on: the app's (`getDatabase()`, the default of every service) or one a test
 * opened. The one database parameter type of lib/services.
 */
export type Db = Database | Promise<Database>;
