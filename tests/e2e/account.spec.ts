import { readFile } from "node:fs/promises";
import { createProfile, expect, test } from "@/tests/playwright-utils";

test("export my data, delete my account, and signing in again fails", async ({ page, user }) => {
  const { email, password } = user;
  await createProfile(page.request, { diet: "pescatarian" });
  await page.goto("/profile");

  await page.getByRole("link", { name: "Your data and account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your data and account" })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^nutriweek-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    account: { email: string };
    profile: { diet: string; version: number } | null;
    profileVersions: unknown[];
  };
  expect(data.account.email).toBe(email);
  expect(data.profile).toMatchObject({ diet: "pescatarian", version: 1 });
  expect(data.profileVersions).toHaveLength(1);

  // A wrong email deletes nothing.
  const confirm = page.getByLabel(/To confirm, type your email address/);
  await confirm.fill("someone-else@example.test");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Type the email address you sign in with" }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/account$/);

  await confirm.fill(email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  const cookies = await page.context().cookies();
  expect(cookies.filter((cookie) => cookie.name.includes("session_token"))).toEqual([]);

  // Signed out, and the data is gone.
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator('[data-form-message="error"]')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("pages and API answers carry the security headers", async ({ page, request }) => {
  const response = await page.goto("/");
  for (const headers of [response!.headers(), (await request.get("/api/health")).headers()]) {
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
    const csp = headers["content-security-policy"] ?? "";
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).not.toContain("'unsafe-inline' 'nonce");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    // Plain http on loopback: no HSTS.
    expect(headers["strict-transport-security"]).toBeUndefined();
    expect(headers["x-request-id"]).toMatch(/^[A-Za-z0-9._:-]{8,128}$/);
  }
});

test("every script on a page carries this response's nonce, and the nonce is new each time", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  const first = nonceOf((await page.goto("/foods"))!.headers()["content-security-policy"]);
  expect(first).toBeTruthy();
  const scripts = page.locator("script");
  expect(await scripts.count()).toBeGreaterThan(0);
  // The browser hides nonce attributes from the DOM; the property keeps the value.
  const nonces = await scripts.evaluateAll((nodes) => nodes.map((node) => (node as HTMLScriptElement).nonce));
  expect(new Set(nonces)).toEqual(new Set([first]));
  const second = nonceOf((await page.reload())!.headers()["content-security-policy"]);
  expect(second).not.toBe(first);
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  // The browser reports every blocked script; there must be none.
  expect(violations).toEqual([]);
});

test("GET /api/health checks the database", async ({ request }) => {
  const response = await request.get("/api/health", { headers: { "x-request-id": "e2e-health-check-1" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["x-request-id"]).toBe("e2e-health-check-1");
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = (await response.json()) as { status: string; database: string; ms: number };
  expect(body).toMatchObject({ status: "ok", database: "ok", ms: expect.any(Number) });
});
