// `npm run bench:load`: load and concurrency targets, against `next start` on loopback.
//
// Needs a production build: a missing .next build or planner worker bundle is built first; an existing one
// is used as it is (run `npx next build` after changing the app). The server runs on a fresh database: a
// temporary PGlite directory, or with BENCH_DATABASE_URL (a local Postgres server) a throwaway database there.
// Each scenario runs for BENCH_DURATION_S seconds (default 10; the whole run takes 2-2.5 minutes).
// Rows: GET /api/health is the baseline (a trivial database round trip); the routes at 20 connections;
// plan previews (each a HiGHS solve); then the pages again while 10 plan previews are kept in flight.
// Exit code 0 when the run completed, targets met or not (it is a benchmark); 1 when it could not run.
import os from "node:os";
import path from "node:path";
import cliProgress from "cli-progress";
import type autocannon from "autocannon";
import { starterProfile } from "@/lib/nutrition/default-profile";
import { DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { ZProfileSchema } from "@/lib/schemas/profile";
import { freshDatabase, type BenchDatabase } from "@/bench/load/database";
import { backgroundLoad, cannon, type Measurement, type Target } from "@/bench/load/measure";
import { atLeast, atMost, noErrors, printTable, printTargets, toRow, type Row } from "@/bench/load/report";
import { ensureBuild, freePort, startNextServer, type NextServer } from "@/bench/load/server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
if (!(DURATION_S > 0)) throw new Error(`BENCH_DURATION_S must be a positive number of seconds`);
const CONNECTIONS = 20; // the "at 20 connections"
const PREVIEW_CONNECTIONS = 2; // the solver pool has cores - 1 threads: more connections only queue
const GENERATIONS_IN_FLIGHT = 10; // the "while 10 plan generations run"
const BROWSING_CONNECTIONS = 4; // a few people browsing beside the solves, not a page flood of its own
const DEMO = { email: "demo@nutriweek.app", password: "magnesium-and-b12" };
const SEARCHES = ["spinach", "milk", "salmon", "almonds", "tofu", "cheddar", "oat", "kale"];

const get = (urlPath: string): autocannon.Request => ({ method: "GET", path: urlPath });

/** One profile per diet, each favouring another nutrient: solves of different sizes, as real users send. */
function previewRequests(): autocannon.Request[] {
  const year = new Date().getUTCFullYear();
  return DIETS.map((diet, i) => {
    const profile = { ...starterProfile(year), diet, favouredNutrients: [TARGET_NUTRIENTS[i]!] };
    ZProfileSchema.parse(profile); // a schema change must fail here, not as 400s in the table
    return {
      method: "POST",
      path: "/api/plans/preview",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(profile),
    };
  });
}

async function signIn(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    // better-auth refuses a sign-in whose Origin is not its own.
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(DEMO),
  });
  if (!response.ok)
    throw new Error(`sign-in as ${DEMO.email} failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function generatePlan(origin: string, cookie: string): Promise<{ id: number; weekStart: string }> {
  const response = await fetch(`${origin}/api/plans`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: "{}",
  });
  if (response.status !== 201)
    throw new Error(`POST /api/plans: ${response.status} ${await response.text()}`);
  const plan = (await response.json()) as { id: number; weekStart: string };
  console.log(`Saved plan ${plan.id} for the week of ${plan.weekStart}`);
  return plan;
}

/** A bar over the whole measuring time on a terminal; a line per scenario in CI and logs. */
function progress(totalS: number) {
  const bar =
    process.stdout.isTTY && !process.env.CI
      ? new cliProgress.SingleBar(
          { format: "load {bar} {value}/{total} s | {scenario}", hideCursor: true },
          cliProgress.Presets.shades_classic,
        )
      : null;
  bar?.start(totalS, 0, { scenario: "" });
  let done = 0;
  return {
    async measure(scenario: string, seconds: number, run: () => Promise<Measurement>) {
      if (!bar) console.log(`measuring ${scenario} for ${seconds} s ...`);
      bar?.update(done, { scenario });
      const ticker = setInterval(() => bar?.increment(), 1000);
      try {
        return toRow(await run());
      } finally {
        clearInterval(ticker);
        done += seconds;
        bar?.update(done, { scenario });
      }
    },
    stop: () => bar?.stop(),
  };
}

/** First requests load code and data; a few sequential ones keep that out of the measured percentiles. */
async function warmUp(name: string, target: Target) {
  const amount = Math.max(4, target.requests.length * 3);
  const warm = await cannon(name, target, { connections: 2, amount, timeoutS: 60 });
  if (warm.errors > 0 && warm.errors === warm.latencies.length)
    throw new Error(`warm-up of ${name}: every request failed (${warm.errorKinds})`);
  if (warm.errors) console.warn(`warm-up of ${name}: ${warm.errors} errors (${warm.errorKinds})`);
}

/** The median of a few sequential health checks on an idle server: what `settle` waits to see again. */
async function idleHealthMs(origin: string) {
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) samples.push(await timedHealth(origin));
  return samples.sort((a, b) => a - b)[3]!;
}

async function timedHealth(origin: string) {
  const t0 = performance.now();
  const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return performance.now() - t0;
}

/**
 * When autocannon stops, the server still works through the requests it had accepted (slow pages pile up
 * to seconds of work); the next scenario would pay for them. Waits until health checks are idle-fast again.
 */
async function settle(origin: string, idleMs: number) {
  const fastEnough = Math.max(3 * idleMs, idleMs + 25);
  const deadline = Date.now() + 60_000;
  let fastInARow = 0;
  while (fastInARow < 2) {
    if (Date.now() > deadline) {
      console.warn(`the server did not settle (health checks slower than ${fastEnough.toFixed(0)} ms)`);
      return;
    }
    fastInARow = (await timedHealth(origin)) <= fastEnough ? fastInARow + 1 : 0;
  }
}

interface Scenario {
  name: string;
  target: Target;
  connections: number;
}

async function measureAll(origin: string) {
  const cookie = await signIn(origin);
  const plan = await generatePlan(origin, cookie);
  const foods: Target = { origin, requests: [get("/foods")] };
  const planPage: Target = { origin, requests: [get(`/plan?week=${plan.weekStart}`)], headers: { cookie } };
  const preview: Target = { origin, requests: previewRequests() };
  const c = CONNECTIONS;
  const alone: Record<string, Scenario> = {
    baseline: {
      name: "GET /api/health (baseline)",
      target: { origin, requests: [get("/api/health")] },
      connections: c,
    },
    foods: { name: "GET /foods", target: foods, connections: c },
    search: {
      name: `GET /api/foods?q= (${SEARCHES.length} queries)`,
      target: { origin, requests: SEARCHES.map((q) => get(`/api/foods?q=${encodeURIComponent(q)}`)) },
      connections: c,
    },
    page: { name: "GET /plan?week= (saved plan page)", target: planPage, connections: c },
    api: {
      name: "GET /api/plans/:id (saved plan JSON)",
      target: { origin, requests: [get(`/api/plans/${plan.id}`)], headers: { cookie } },
      connections: c,
    },
    preview: {
      name: "POST /api/plans/preview (a solve each)",
      target: preview,
      connections: PREVIEW_CONNECTIONS,
    },
  };
  const underLoad: Record<string, Scenario> = {
    foodsUnderLoad: {
      name: `GET /foods, ${GENERATIONS_IN_FLIGHT} solves running`,
      target: foods,
      connections: BROWSING_CONNECTIONS,
    },
    pageUnderLoad: {
      name: `GET /plan?week=, ${GENERATIONS_IN_FLIGHT} solves running`,
      target: planPage,
      connections: BROWSING_CONNECTIONS,
    },
  };

  for (const s of Object.values(alone)) await warmUp(s.name, s.target);
  const idleMs = await idleHealthMs(origin);
  console.log(`Idle GET /api/health: ${idleMs.toFixed(1)} ms; load average ${loadAverage()}`);

  const d = DURATION_S;
  const bar = progress((Object.keys(alone).length + Object.keys(underLoad).length) * d);
  const rows = new Map<string, Row>();
  const measure = async (key: string, s: Scenario) => {
    rows.set(key, await bar.measure(s.name, d, () => cannon(s.name, s.target, { ...s, durationS: d })));
  };
  try {
    for (const [key, s] of Object.entries(alone)) {
      await measure(key, s);
      await settle(origin, idleMs);
    }
    // Previews solve exactly as generations do but save nothing: a saved generation would replace the
    // very plan whose page is being measured.
    const solves = backgroundLoad(
      `POST /api/plans/preview, ${GENERATIONS_IN_FLIGHT} in flight (background)`,
      preview,
      GENERATIONS_IN_FLIGHT,
    );
    for (const [key, s] of Object.entries(underLoad)) await measure(key, s);
    rows.set("solves", toRow(await solves.stop()));
  } finally {
    bar.stop();
  }
  const row = (key: string) => {
    const found = rows.get(key);
    if (!found) throw new Error(`no measurement ${key}`);
    return found;
  };
  return { rows: [...rows.values()], row };
}

const loadAverage = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

function report({ rows, row }: Awaited<ReturnType<typeof measureAll>>) {
  const baseline = row("baseline");
  console.log(
    `\nLoad benchmark: ${DURATION_S} s per scenario, node ${process.version}, ${os.cpus().length} CPUs, ` +
      `load average now ${loadAverage()} (other processes on the machine skew the numbers)\n`,
  );
  printTable(rows, baseline);
  const page = row("page");
  const api = row("api");
  printTargets([
    noErrors(rows),
    atMost(`GET saved plan page at ${page.m.connections} connections`, page, 150),
    atLeast(`GET saved plan page at ${page.m.connections} connections`, page, 200),
    atMost(`GET /api/plans/:id at ${api.m.connections} connections`, api, 150),
    atLeast(`GET /api/plans/:id at ${api.m.connections} connections`, api, 200),
    atMost(`GET /foods while ${GENERATIONS_IN_FLIGHT} solves run`, row("foodsUnderLoad"), 300),
    atMost(`GET saved plan page while ${GENERATIONS_IN_FLIGHT} solves run`, row("pageUnderLoad"), 300),
  ]);
}

// ---- run ----
let database: BenchDatabase | undefined;
let server: NextServer | undefined;
const cleanUp = async () => {
  await server?.stop();
  await database?.drop();
};
// Ctrl-C: stop the server and remove the database before leaving.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  ensureBuild(ROOT);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const appEnv = {
    BETTER_AUTH_SECRET: "bench-load-only-secret-0123456789abcdefghijklmnop",
    BETTER_AUTH_URL: origin,
    // Every request comes from one IP and one user: the limits would answer 429s, counted as errors.
    AUTH_RATE_LIMIT_MAX: "1000000",
    PLAN_RATE_LIMIT_MAX: "1000000",
    // The load signs in as the demo account, which a Postgres database gets only when asked (ADR 016).
    DEMO_ACCOUNT: "on",
  };
  database = await freshDatabase(ROOT, process.env.BENCH_DATABASE_URL, appEnv);
  console.log(`Starting next start on ${origin}, database ${database.label}`);
  server = await startNextServer({ root: ROOT, port, env: { ...appEnv, ...database.env } });
  report(await measureAll(origin));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  if (server) console.error(`Server output (tail):\n${server.output()}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
