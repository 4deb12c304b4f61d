// `npm run db:generate`: `prisma generate` (writes the client to lib/db/generated) on a machine that
// cannot download Prisma's engines.
//
// Why the environment variable: before every command in its "needs binaries" list, generate included,
// the Prisma CLI makes sure a native schema-engine binary exists and otherwise downloads it from
// Prisma's CDN, which fails offline. `generate` never runs that binary; it only checks that the file
// PRISMA_SCHEMA_ENGINE_BINARY names exists. So we name an executable that surely exists (the node
// binary running this script) in the CLI's environment only. Nothing is set globally (.env,
// package.json, prisma.config.ts), so the plain `prisma` CLI keeps working normally wherever it can
// download its engine (ADR 002). An engine path the developer set themselves is respected.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export function prismaGenerate(): void {
  const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [prismaCli, "generate"], {
    cwd: PROJECT_ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
      CHECKPOINT_DISABLE: "1", // no update check against Prisma's servers either
    },
  });
  if (result.status !== 0) {
    throw new Error(`prisma generate failed (${result.error?.message ?? `exit code ${result.status}`})`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    prismaGenerate();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
