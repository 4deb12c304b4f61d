// The databases an integration test runs on: PGlite always, Postgres too when TEST_DATABASE_URL is set.
import { readFileSync } from "node:fs";
import { inject } from "vitest";
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
