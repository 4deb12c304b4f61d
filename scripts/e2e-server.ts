// The server the Playwright tests run against: the production build on a fresh database of its own.
// With TEST_DATABASE_URL (as in CI) that is a Postgres database `nutriweek_e2e` on the same server, so the
// authorization and fuzz tests prove their claims on real Postgres; without it, an embedded PGlite directory.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { recreateLocalDatabase } from "@/tests/setup/local-database";

const port = process.argv[2] ?? "3100";
// Named after the port so two checkouts running e2e at once never share (and drop) one database.
const E2E_DATABASE = port === "3100" ? "nutriweek_e2e" : `nutriweek_e2e_${port}`;
const PGLITE_DIR = `.data/e2e-${port}`;

const adminUrl = process.env.TEST_DATABASE_URL;
const databaseEnv = adminUrl
  ? { DATABASE_URL: await recreateLocalDatabase(adminUrl, E2E_DATABASE), PGLITE_DATA_DIR: "" }
  : { DATABASE_URL: "", PGLITE_DATA_DIR: PGLITE_DIR };
if (!adminUrl) rmSync(PGLITE_DIR, { recursive: true, force: true });
// The tests sign in as the demo account, which DATABASE_URL alone would leave out (lib/env.ts).
const env = { ...process.env, ...databaseEnv, DEMO_ACCOUNT: "on" };
console.log(`e2e server on ${adminUrl ? `Postgres (${E2E_DATABASE})` : `PGlite (${PGLITE_DIR})`}`);

const setup = spawnSync("npx", ["tsx", "scripts/db-setup.ts"], { env, stdio: "inherit" });
if (setup.status !== 0) process.exit(setup.status ?? 1);

// scripts/server.ts, as in production: the client address comes from the socket (ADR 016).
const server = spawn("npx", ["tsx", "scripts/server.ts", "-p", port, "-H", "127.0.0.1"], {
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
