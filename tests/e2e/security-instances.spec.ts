// Two app instances (scripts/server.ts on two ports) on one Postgres database, as a scaled-out deployment
// runs: rate limits, sessions and the plan lock are state in Postgres, so they hold across instances
// (a limit of N per minute is N across both, not 2N). Also the socket timeouts of scripts/server.ts.
// Needs TEST_DATABASE_URL (PGlite serves one process only); skipped without it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO, uniqueEmail } from "@/tests/e2e/helpers";
import { recreateLocalDatabase } from "@/tests/setup/local-database";
import { VEGAN_B12_PREVIEW_BODY } from "@/tests/factories/profile";

const adminUrl = process.env.TEST_DATABASE_URL;
const basePort = Number(process.env.E2E_PORT ?? 3100) + 100;
const ORIGINS = [`http://127.0.0.1:${basePort}`, `http://127.0.0.1:${basePort + 1}`] as const;
const DATABASE = `nutriweek_e2e_instances_${basePort}`;
const AUTH_LIMIT = 4;
const PLAN_LIMIT = 3;
const PASSWORD = "correct-horse-battery-9";
/** The request timeout of these two instances (production: 30 s), short so the slow-body test is quick. */
const REQUEST_TIMEOUT_S = 5;

test.skip(!adminUrl, "two instances need Postgres: set TEST_DATABASE_URL");
test.describe.configure({ mode: "serial" });

const servers: ChildProcess[] = [];

const freshDatabase = () => recreateLocalDatabase(adminUrl!, DATABASE);

async function waitForHealth(origin: string, server: ChildProcess) {
  for (let attempt = 0; attempt < 120; attempt++) {
    if (server.exitCode !== null) throw new Error(`the server for ${origin} exited (${server.exitCode})`);
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${origin} did not come up`);
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const databaseUrl = await freshDatabase();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PGLITE_DATA_DIR: "",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: "e2e-instances-secret-0123456789abcdefghijklmnopqrstuvwxyz",
    DEMO_ACCOUNT: "on",
    AUTH_RATE_LIMIT_MAX: String(AUTH_LIMIT),
    PLAN_RATE_LIMIT_MAX: String(PLAN_LIMIT),
    BETTER_AUTH_URL: ORIGINS[0],
    BETTER_AUTH_TRUSTED_ORIGINS: ORIGINS[1],
    LOG_LEVEL: "warn",
    SERVER_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_S * 1000),
    // The test plays the reverse proxy in front: its X-Forwarded-For names the clients (README).
    TRUSTED_PROXIES: "127.0.0.1",
  };
  const setup = spawnSync("npx", ["tsx", "scripts/db-setup.ts"], { env, stdio: "inherit" });
  expect(setup.status).toBe(0);
  for (const origin of ORIGINS) {
    const port = new URL(origin).port;
    const server = spawn("npx", ["tsx", "scripts/server.ts", "-p", port, "-H", "127.0.0.1"], {
      env,
      stdio: "inherit",
      detached: true,
    });
    servers.push(server);
  }
  await Promise.all(ORIGINS.map((origin, index) => waitForHealth(origin, servers[index]!)));
});

test.afterAll(() => {
  for (const server of servers) {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, "SIGTERM");
  }
});

const json = (origin: string) => ({ "content-type": "application/json", origin });
/** Signs in at one instance, as a browser on its origin would. */
const signInAt = (client: APIRequestContext, origin: string, data: { email: string; password: string }) =>
  client.post(`${origin}/api/auth/sign-in/email`, { headers: json(origin), data });

/** What a proxy that appends sends: whatever the client claimed, then the address the proxy saw. */
const forwarded = (claimed: string, client: string) => ({ "x-forwarded-for": `${claimed}, ${client}` });

test("sign-in attempts: N per minute across both instances, whatever the client puts in X-Forwarded-For", async ({
  request,
}) => {
  const statuses: number[] = [];
  let refused: Awaited<ReturnType<APIRequestContext["post"]>> | undefined;
  for (let attempt = 0; attempt < AUTH_LIMIT + 3; attempt++) {
    const origin = ORIGINS[attempt % 2]!;
    const response = await request.post(`${origin}/api/auth/sign-in/email`, {
      headers: { ...json(origin), ...forwarded(`172.16.${attempt}.9`, "203.0.113.1") },
      data: { email: uniqueEmail("nobody"), password: "wrong-password-1" },
    });
    statuses.push(response.status());
    if (response.status() === 429) refused ??= response;
  }
  expect(statuses).toEqual([...Array(AUTH_LIMIT).fill(401), 429, 429, 429]);
  expect(Number(refused!.headers()["retry-after"])).toBeGreaterThan(0);
});

test("plan previews: N per minute per address across both instances", async ({ request }) => {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < PLAN_LIMIT + 2; attempt++) {
    const origin = ORIGINS[attempt % 2]!;
    const response = await request.post(`${origin}/api/plans/preview`, {
      headers: { ...json(origin), ...forwarded(`172.17.${attempt}.9`, "203.0.113.2") },
      data: VEGAN_B12_PREVIEW_BODY,
    });
    statuses.push(response.status());
  }
  expect(statuses.slice(0, PLAN_LIMIT).every((status) => status === 200)).toBe(true);
  expect(statuses.slice(PLAN_LIMIT)).toEqual([429, 429]);
});

test("a session from one instance is valid on the other, and signing out on either ends it", async ({
  playwright,
}) => {
  const email = uniqueEmail("two-instances");
  const [a, b] = ORIGINS;
  const browserLike = await playwright.request.newContext({
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.3" },
  });
  try {
    const signUp = await browserLike.post(`${a}/api/auth/sign-up/email`, {
      headers: json(a),
      data: { email, password: PASSWORD, name: "Two" },
    });
    expect(signUp.status()).toBe(200);
    const signIn = await signInAt(browserLike, a, { email, password: PASSWORD });
    expect(signIn.status()).toBe(200);
    // The cookie is for 127.0.0.1 (any port), so the same client carries it to the other instance.
    const onB = await (await browserLike.get(`${b}/api/auth/get-session`)).json();
    expect(onB?.user?.email).toBe(email);
    expect((await browserLike.post(`${b}/api/auth/sign-out`, { headers: json(b), data: {} })).status()).toBe(
      200,
    );
    const cookie = (await browserLike.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    expect(cookie).toBe(""); // signed out: the client holds no session cookie any more
    const replayed = await fetch(`${a}/api/auth/get-session`, {
      headers: { cookie: signIn.headers()["set-cookie"]!.split(";")[0]! },
    });
    expect(await replayed.json()).toBeNull();
  } finally {
    await browserLike.dispose();
  }
});

test("two instances generating the same week at once leave one plan, not two and not a 500", async ({
  playwright,
}) => {
  const [a, b] = ORIGINS;
  const demo = await playwright.request.newContext({
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.4" },
  });
  try {
    const signIn = await signInAt(demo, a, DEMO);
    expect(signIn.status()).toBe(200);
    const week = "2031-03-03";
    const [first, second] = await Promise.all(
      [a, b].map((origin) =>
        demo.post(`${origin}/api/plans`, { headers: json(origin), data: { weekStart: week } }),
      ),
    );
    expect([first!.status(), second!.status()].every((status) => status === 201)).toBe(true);
    const exported = await (await demo.get(`${a}/api/account/export`)).json();
    const plans = exported.plans.filter((plan: { weekStart: string }) => plan.weekStart === week);
    expect(plans).toHaveLength(1);
  } finally {
    await demo.dispose();
  }
});

test("a client that trickles its body is cut off after the request timeout, not 300 s", async () => {
  const { port } = new URL(ORIGINS[0]);
  const started = Date.now();
  const answer = await new Promise<string>((resolve) => {
    const socket = connect(Number(port), "127.0.0.1", () => {
      socket.write(
        "POST /api/plans/preview HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
          "Content-Length: 1000\r\n\r\n{",
      );
    });
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString()));
    socket.on("close", () => resolve(received));
    socket.on("error", () => undefined);
  });
  const seconds = (Date.now() - started) / 1000;
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
  // Cut at the timeout (checked every 1¼ s at this setting), not at Node's 300 s default.
  expect(seconds).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_S - 0.5);
  expect(seconds).toBeLessThan(REQUEST_TIMEOUT_S + 10);
});
