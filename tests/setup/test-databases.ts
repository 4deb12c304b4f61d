// The databases an integration test runs on: PGlite always, Postgres too when TEST_DATABASE_URL is set.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import { openDatabase, type Database } from "@/lib/db/client";

export type TestDatabaseKind = "pglite" | "postgres";

export function testDatabaseKinds(): TestDatabaseKind[] {
  return inject("postgresUrl") ? ["pglite", "postgres"] : ["pglite"];
}

/** A seeded database: a private PGlite copy of the template, or the run's shared Postgres database. */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (kind === "postgres") {
    const url = inject("postgresUrl");
    if (!url) throw new Error("TEST_DATABASE_URL is not set");
    return openDatabase({ kind: "postgres", url }, { migrate: false });
  }
  const template = new Blob([readFileSync(inject("pgliteTemplatePath"))]);
  return openDatabase({ kind: "pglite", loadDataDir: template }, { migrate: false });
}

/**
 * A seeded database for the enclosing describe block: opened before its tests, closed after them. The
 * returned object stands for it (every property is read from the open database), so tests write `db`.
 */
export function useTestDatabase(kind: TestDatabaseKind): Database {
  let opened: Database | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await opened?.close();
  });
  const open = () => {
    if (!opened) throw new Error("the test database opens in beforeAll; use it inside a test");
    return opened;
  };
  return new Proxy({} as Database, {
    get: (_, key) => Reflect.get(open(), key) as unknown,
    has: (_, key) => Reflect.has(open(), key),
  });
}
