// Prepares the databases integration tests run on, once per run:
// - PGlite: a migrated and seeded database, dumped as a template (loading a dump takes ~1 s, initdb ~5 s);
// - Postgres (only when TEST_DATABASE_URL is set): a fresh database of its own, migrated and seeded, dropped after.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/lib/db/client";
import { seedCatalogue } from "@/lib/db/seed";
import { loadSeedCatalogue } from "@/lib/db/seed-data";
import { createSeededPostgres } from "@/tests/setup/seeded-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  // Plans are solved in worker threads that load the bundled planner (as in production).
  await import("@/scripts/build-plan-worker");
  const workDir = mkdtempSync(path.join(tmpdir(), "nutriweek-test-"));
  const catalogue = loadSeedCatalogue();

  const pglite = await openDatabase({ kind: "pglite" });
  await seedCatalogue(pglite, catalogue);
  const dump = await pglite.pglite!.dumpDataDir("gzip");
  await pglite.close();
  const templatePath = path.join(workDir, "template.tar.gz");
  writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplatePath", templatePath);

  let dropPostgres = async () => {};
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const postgres = await createSeededPostgres(adminUrl, "nutriweek_test", catalogue);
    await postgres.db.close();
    project.provide("postgresUrl", postgres.url);
    dropPostgres = postgres.drop;
  } else {
    project.provide("postgresUrl", null);
  }

  return async () => {
    await dropPostgres();
    rmSync(workDir, { recursive: true, force: true });
  };
}
