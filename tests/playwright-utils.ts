// Playwright's `test` with users that each test owns: signed up through better-auth's HTTP API (a real
// account and session, no sign-up form, no database access: the e2e server may run on an embedded PGlite
// that only it can open) and deleted after the test through the account page, as a person would.
// Profiles and plans come from the same factories as the integration tests' (tests/factories).
import {
  test as base,
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
} from "@playwright/test";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { buildProfile } from "@/tests/factories/profile";
import { newUserCredentials, type UserCredentials } from "@/tests/factories/user";

export { expect };

/** better-auth refuses a cookie-less POST without an Origin it trusts; a browser sends its own. */
function originHeader() {
  return { origin: test.info().project.use.baseURL! };
}

/**
 * Signs a new user up, then in, through better-auth's API (sign-up itself signs nobody in, ADR 016). The
 * session cookie lands in the request context's cookie jar, so a context's pages are signed in as that user.
 */
export async function signUpUser(
  request: APIRequestContext,
  user: UserCredentials = newUserCredentials(),
): Promise<UserCredentials> {
  const signUp = await request.post("/api/auth/sign-up/email", { data: user, headers: originHeader() });
  expect(signUp.status(), `sign-up of ${user.email}: ${await signUp.text()}`).toBe(200);
  const credentials = { email: user.email, password: user.password };
  const signIn = await request.post("/api/auth/sign-in/email", { data: credentials, headers: originHeader() });
  expect(signIn.status(), `sign-in of ${user.email}: ${await signIn.text()}`).toBe(200);
  return user;
}

/** Deletes the user's account through the account page, in a context of its own; gone already is fine. */
export async function deleteUser(browser: Browser, user: UserCredentials) {
  const context = await browser.newContext();
  try {
    const signIn = await context.request.post("/api/auth/sign-in/email", {
      data: { email: user.email, password: user.password },
      headers: originHeader(),
    });
    if (signIn.status() === 401) return;
    expect(signIn.status(), `sign-in of ${user.email} to delete it`).toBe(200);
    const page = await context.newPage();
    await page.goto("/account");
    await page.getByLabel(/To confirm, type your email address/).fill(user.email);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await page.waitForURL((url) => url.pathname === "/");
  } finally {
    await context.close();
  }
}

/** Saves a profile (the factory's starter profile with `overrides`) through PUT /api/profile. */
export async function createProfile(request: APIRequestContext, overrides: Partial<DietaryProfile> = {}) {
  const profile = buildProfile(overrides);
  const response = await request.put("/api/profile", { data: profile });
  expect(response.status(), `PUT /api/profile: ${(await response.text()).slice(0, 300)}`).toBe(200);
  return profile;
}

/** Generates and saves the signed-in user's plan for the week of `weekStart` (this week without it). */
export async function createPlan(request: APIRequestContext, weekStart?: string) {
  const response = await request.post("/api/plans", { data: weekStart ? { weekStart } : {} });
  expect(response.status(), `POST /api/plans: ${(await response.text()).slice(0, 300)}`).toBe(201);
  return (await response.json()) as { id: number; weekStart: string };
}

interface UserFixtures {
  /** A new user signed in on the test's page (its context), deleted after the test. */
  user: UserCredentials;
  /** Signs another new user into `context` (the test's own by default); each is deleted after the test. */
  newUser: (options?: { context?: BrowserContext; label?: string }) => Promise<UserCredentials>;
  /** Deletes, after the test, a user the test made itself (the one sign-up through the form). */
  deleteAfterTest: (user: UserCredentials) => void;
}

/** Deleting users after a test has a time budget of its own, so a slow machine does not fail the test. */
const CLEANUP_TIMEOUT_MS = 60_000;

export const test = base.extend<UserFixtures>({
  deleteAfterTest: [
    async ({ browser }, provide) => {
      const users: UserCredentials[] = [];
      await provide((user) => users.push(user));
      for (const user of users) await deleteUser(browser, user);
    },
    { timeout: CLEANUP_TIMEOUT_MS },
  ],
  newUser: async ({ context, deleteAfterTest }, provide) => {
    await provide(async (options = {}) => {
      const user = await signUpUser((options.context ?? context).request, newUserCredentials(options.label));
      deleteAfterTest(user);
      return user;
    });
  },
  user: async ({ newUser }, provide) => {
    await provide(await newUser());
  },
});
