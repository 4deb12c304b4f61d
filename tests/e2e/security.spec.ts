// The attacks of a hostile visitor, against the production server (scripts/server.ts): redirects out of the
// site after sign-in, requests from a sibling page, forged addresses, oversized and chunked bodies, hostile
// server-action calls, sign-up as an address probe, and the shared demo account (ADR 016).
import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, saveProfile, signIn, signUp, uniqueEmail } from "@/tests/e2e/helpers";

const PASSWORD = "correct-horse-battery-9";
const EVIL = "https://evil.example";

/** A week no other test plans in (2040 onwards, random). */
const freshWeek = () =>
  new Date(Date.UTC(2040, 0, 2 + 7 * Math.floor(Math.random() * 2000))).toISOString().slice(0, 10);

test("a next= that browsers would read as another host keeps the user on the site", async ({ page }) => {
  test.setTimeout(120_000);
  const leftTo: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== "127.0.0.1") {
      leftTo.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  for (const next of ["/%09/evil.example", "/%0A/evil.example", "//evil.example", "/%5Cevil.example"]) {
    await page.goto(`/sign-up?next=${next}`);
    await page.getByLabel("Email").fill(uniqueEmail("redirect"));
    await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL((url) => url.pathname === "/profile");
    await page.context().clearCookies();
  }
  expect(leftTo).toEqual([]);
});

test.describe("requests from another page", () => {
  test("a sibling port's page cannot create a plan with the user's cookies", async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    await signUp(page, uniqueEmail("csrf"));
    await saveProfile(page);
    await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
    const week = freshWeek();
    // Same site (cookies with SameSite=Lax go along), another origin: the attack that worked before.
    const sibling = new URL(baseURL!);
    sibling.port = String(Number(sibling.port) + 1);
    await page.route(`${sibling.origin}/attack`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<title>attack</title><script>
          fetch(${JSON.stringify(`${baseURL}/api/plans`)}, { method: "POST", mode: "no-cors",
            credentials: "include", headers: { "content-type": "text/plain" },
            body: JSON.stringify({ weekStart: "${week}" }) })
            .then(() => { document.title = "sent"; }, () => { document.title = "failed"; });
        </script>`,
      }),
    );
    // The request reaches the server either way; Chromium then hides the JSON answer from the page (ORB).
    const attack = page.waitForRequest((request) => request.url() === `${baseURL}/api/plans`);
    await page.goto(`${sibling.origin}/attack`);
    await attack;
    await expect(page).toHaveTitle(/sent|failed/, { timeout: 20_000 });
    await page.goto(`/plan?week=${week}`);
    await expect(page.getByText("No plan for this week yet.")).toBeVisible();
  });

  test("state-changing API calls need JSON and the site's own origin", async ({ page, baseURL }) => {
    await signUp(page, uniqueEmail("api-csrf"));
    const api = page.request;
    const body = JSON.stringify({ weekStart: freshWeek() });
    const plain = await api.post("/api/plans", { headers: { "content-type": "text/plain" }, data: body });
    expect(plain.status()).toBe(415);
    const foreign = await api.post("/api/plans", {
      headers: { "content-type": "application/json", origin: EVIL },
      data: body,
    });
    expect(foreign.status()).toBe(403);
    expect((await foreign.json()).error).toMatch(/another site/);
    const crossSite = await api.post("/api/plans", {
      headers: { "content-type": "application/json", origin: baseURL!, "sec-fetch-site": "cross-site" },
      data: body,
    });
    expect(crossSite.status()).toBe(403);
    // better-auth's own routes are JSON: signing out from the site still works.
    const signOut = await api.post("/api/auth/sign-out", {
      headers: { "content-type": "application/json", origin: baseURL! },
      data: "{}",
    });
    expect(signOut.status()).toBe(200);
  });
});

/** Saves the profile once and captures the server-action POST the browser sends, without delivering it. */
async function captureProfileAction(page: Page) {
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/profile", async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() !== "POST" || !headers["next-action"]) return route.continue();
    for (const name of ["cookie", "content-length", "host", "connection", "origin"]) delete headers[name];
    captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  await saveProfile(page);
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}

test("a server action from a foreign or null origin answers 403, an oversized one 413, none 500", async ({
  page,
  baseURL,
}) => {
  await signUp(page, uniqueEmail("actions"));
  const action = await captureProfileAction(page);
  const send = (origin: string, body: Buffer) =>
    page.request.post(action.url, { headers: { ...action.headers, origin }, data: body, maxRedirects: 0 });
  expect((await send(EVIL, action.body)).status()).toBe(403);
  expect((await send("null", action.body)).status()).toBe(403);
  const padded = Buffer.concat([action.body, Buffer.alloc(70 * 1024, "a")]);
  expect((await send(baseURL!, padded)).status()).toBe(413);
  // The untouched request from the site itself still goes through.
  expect((await send(baseURL!, action.body)).status()).toBeLessThan(400);
});

/** A POST whose body is sent in chunks (no Content-Length), as `fetch` with a stream or curl -T - would. */
function postChunked(baseURL: string, path: string, chunks: Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, baseURL);
    const request = httpRequest(
      url,
      { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on("error", reject);
    const writeNext = (index: number) => {
      if (index === chunks.length) return request.end();
      // Stop once the server has answered: it read no further.
      if (!request.writable) return;
      request.write(chunks[index], () => writeNext(index + 1));
    };
    writeNext(0);
  });
}

test("a chunked 5 MB body is refused on better-auth's routes too, and stores nothing", async ({
  baseURL,
}) => {
  const email = uniqueEmail("chunked");
  const json = Buffer.from(
    JSON.stringify({ email, password: PASSWORD, name: "n".repeat(5 * 1024 * 1024) }),
    "utf8",
  );
  const chunks = Array.from({ length: Math.ceil(json.length / 65_536) }, (_, index) =>
    json.subarray(index * 65_536, (index + 1) * 65_536),
  );
  expect(await postChunked(baseURL!, "/api/auth/sign-up/email", chunks)).toBe(413);
  expect(await postChunked(baseURL!, "/api/plans/preview", chunks)).toBe(413);
  const small = Buffer.from(
    JSON.stringify({ email: uniqueEmail("chunked-ok"), password: PASSWORD, name: "Ok" }),
  );
  expect(await postChunked(baseURL!, "/api/auth/sign-up/email", [small])).toBe(200);
});

test("sign-up says the same for a registered address, and its owner still gets in", async ({ page }) => {
  const email = uniqueEmail("taken");
  await signUp(page, email, PASSWORD);
  await page.context().clearCookies();
  // Someone else tries the address.
  await page.goto("/sign-up?next=/profile");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("another-password-77");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/If this address is new, your account is ready/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up/);
  // The owner, absent-minded, signs up again with their own password: they are simply signed in.
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === "/profile");
});

test("sessions record the socket's address, not a forged X-Forwarded-For", async ({ page, baseURL }) => {
  const email = uniqueEmail("forged");
  await signUp(page, email, PASSWORD);
  const forgedSignIn = await page.request.post("/api/auth/sign-in/email", {
    headers: { "content-type": "application/json", origin: baseURL!, "x-forwarded-for": "6.6.6.6" },
    data: { email, password: PASSWORD },
  });
  expect(forgedSignIn.status()).toBe(200);
  const exported = await (await page.request.get("/api/account/export")).json();
  const addresses = exported.account.sessions.map((session: { ipAddress: string }) => session.ipAddress);
  expect(addresses.length).toBeGreaterThan(0);
  expect(new Set(addresses)).toEqual(new Set(["127.0.0.1"]));
});

test("the demo account cannot lock the next visitor out, and says so", async ({ page, baseURL }) => {
  await signIn(page, DEMO.email, DEMO.password);
  const json = { "content-type": "application/json", origin: baseURL! };
  const changePassword = await page.request.post("/api/auth/change-password", {
    headers: json,
    data: { currentPassword: DEMO.password, newPassword: "mine-now-12345" },
  });
  expect(changePassword.status()).toBe(403);
  expect((await changePassword.json()).message).toMatch(/demo account is shared/);
  const listSessions = await page.request.get("/api/auth/list-sessions");
  expect(listSessions.status()).toBe(404);

  await page.goto("/account");
  await expect(page.getByTestId("demo-note")).toBeVisible();
  await page.getByLabel(/To confirm, type your email address/).fill(DEMO.email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /demo account is shared/ })).toBeVisible();
  // Still there, with the published password.
  await page.context().clearCookies();
  await signIn(page, DEMO.email, DEMO.password);
});
