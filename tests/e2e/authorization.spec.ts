// The authorization matrix: every page, API route and server action, and for each one that touches personal
// data, proof that Bob can neither read nor change Alice's rows — by id, by URL, or by replaying Alice's own
// requests with his session (or none). Alice's data is compared through her export before and after.
// In CI the server runs on Postgres (scripts/e2e-server.ts).
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { apiRoutes, pagePaths, serverActions } from "@/tests/support/route-inventory";
import { saveProfile } from "@/tests/e2e/helpers";
import { newUserCredentials, type UserCredentials } from "@/tests/factories/user";
import { createPlan, createProfile, deleteUser, expect, signUpUser, test } from "@/tests/playwright-utils";

interface Alice {
  email: string;
  planId: number;
  week: string;
  /** Texts only Alice's data contains: none may reach Bob. */
  markers: string[];
}

interface CapturedRequest {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

interface World {
  alice: Alice;
  aliceContext: BrowserContext;
  bob: BrowserContext;
  bobEmail: string;
  /** Both accounts, deleted after the matrix. */
  users: UserCredentials[];
  stranger: BrowserContext;
  captured: Map<string, CapturedRequest>;
}

type Check = (world: World) => Promise<void>;
type Entry = { public: string } | { personal: Check };

const ALICE_WEIGHT = 93.7;

// ---------------------------------------------------------------------------------------------------------
// Helpers

/** Alice's data as her export shows it, minus what changes on its own (time of export, session activity). */
async function aliceData(world: World) {
  const response = await world.aliceContext.request.get("/api/account/export");
  expect(response.status()).toBe(200);
  const data = (await response.json()) as { exportedAt?: string; account: { sessions: unknown[] } };
  delete data.exportedAt;
  data.account.sessions = [];
  return data;
}

/** None of Alice's markers is in `text`, but for those the request itself sent (a form echoes its input). */
function expectNoMarkers(text: string, world: World, sent = "") {
  for (const marker of world.alice.markers.filter((m) => !sent.includes(m))) {
    expect(text, `leaked "${marker}"`).not.toContain(marker);
  }
}

/** Alice's data is the same after `act` as before it. */
async function expectAliceUnchanged(world: World, act: () => Promise<void>) {
  const before = await aliceData(world);
  await act();
  expect(await aliceData(world)).toEqual(before);
}

async function expectSignInRedirect(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.close();
}

/** Bob opens the page (with Alice's ids in the URL): it renders, and nothing of Alice's is on it. */
function personalPage(urls: (alice: Alice) => string[], extra?: (page: Page) => Promise<void>): Entry {
  return {
    personal: async (world) => {
      for (const url of urls(world.alice)) {
        await expectSignInRedirect(world.stranger, url);
        const page = await world.bob.newPage();
        const response = await page.goto(url);
        expect(response?.status()).toBeLessThan(400);
        expect(new URL(page.url()).pathname).not.toBe("/sign-in");
        expectNoMarkers(await page.content(), world);
        await extra?.(page);
        await page.close();
      }
    },
  };
}

async function expectStatus(
  request: APIRequestContext,
  method: "GET" | "PATCH",
  url: string,
  status: number,
) {
  const response = await request.fetch(url, {
    method,
    data: method === "PATCH" ? { items: [{ foodId: 1, checked: false }] } : undefined,
  });
  expect(response.status(), `${method} ${url}`).toBe(status);
  return response;
}

/** Signed out: 401. As Bob, with Alice's plan id: 404, and Alice's data unchanged. */
function alicesPlanRoute(method: "GET" | "PATCH", path: (planId: number) => string): Entry {
  return {
    personal: async (world) => {
      const url = path(world.alice.planId);
      await expectStatus(world.stranger.request, method, url, 401);
      await expectAliceUnchanged(world, async () => {
        const response = await expectStatus(world.bob.request, method, url, 404);
        expectNoMarkers(await response.text(), world);
      });
    },
  };
}

/** Replays Alice's captured server-action request signed out and as Bob: Alice's data stays as it was. */
function replayedAction(key: string): Check {
  return async (world) => {
    const captured = world.captured.get(key);
    expect(captured, `Alice's request for ${key} was captured`).toBeDefined();
    const { url, headers, body } = captured!;
    await expectAliceUnchanged(world, async () => {
      for (const context of [world.stranger, world.bob]) {
        const response = await context.request.post(url, { headers, data: body, maxRedirects: 0 });
        expect(response.status()).toBeLessThan(500);
        expectNoMarkers(await response.text(), world, body.toString("utf8"));
      }
    });
  };
}

/**
 * Runs `trigger` on Alice's page and captures the server-action POST it sends, without letting it reach the
 * server: what Bob replays is exactly what Alice's browser sent, and Alice's data stays as set up.
 */
async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedRequest> {
  let captured: CapturedRequest | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    if (request.method() !== "POST" || !headers["next-action"]) return route.continue();
    for (const name of ["cookie", "content-length", "host", "connection"]) delete headers[name];
    captured = { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  await trigger();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}

// ---------------------------------------------------------------------------------------------------------
// The matrix

const PAGES: Record<string, Entry> = {
  "/": { public: "the landing page and plan preview for visitors; signed in it redirects to /plan" },
  "/foods": { public: "the food catalogue" },
  "/foods/[id]": { public: "one catalogue food" },
  "/recipes": { public: "the recipe catalogue" },
  "/recipes/[id]": { public: "one catalogue recipe" },
  "/sign-in": { public: "the sign-in form" },
  "/sign-up": { public: "the sign-up form" },
  "/api-docs": { public: "the API documentation" },
  "/profile": personalPage(
    () => ["/profile"],
    async (page) => expect(page.getByLabel("Weight (kg)")).not.toHaveValue(String(ALICE_WEIGHT)),
  ),
  "/profile/history": personalPage(
    () => ["/profile/history"],
    async (page) => expect(page.getByTestId("history-entry")).toHaveCount(1), // Bob's own profile
  ),
  "/profile/symptoms": personalPage(() => ["/profile/symptoms"]),
  "/plan": personalPage(
    (alice) => [`/plan?week=${alice.week}`, `/plan?week=${alice.week}&swap=0-dinner`],
    async (page) => {
      await expect(page.getByText("No plan for this week yet.")).toBeVisible();
      await expect(page.getByTestId("meal-name")).toHaveCount(0);
    },
  ),
  "/shopping": personalPage((alice) => [`/shopping?plan=${alice.planId}`]),
  "/pantry": personalPage(
    () => ["/pantry"],
    async (page) => expect(page.getByTestId("pantry-item")).toHaveCount(0),
  ),
  "/account": personalPage(() => ["/account"]),
  "/welcome": personalPage(() => ["/welcome?diet=vegan"]),
};

const API: Record<string, Entry> = {
  "GET /api/foods": { public: "catalogue search" },
  "GET /api/foods/[id]": { public: "one catalogue food" },
  "GET /api/recipes": { public: "recipe search" },
  "GET /api/recipes/[id]": { public: "one catalogue recipe" },
  "GET /api/health": { public: "liveness and database check, no data" },
  "GET /api/openapi.json": { public: "the API's OpenAPI document" },
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      `${method} /api/[...path]`,
      { public: "the JSON 404 for paths no route serves" },
    ]),
  ),
  "POST /api/plans/preview": { public: "a plan preview from the posted choices; nothing is read or saved" },
  "GET /api/plans/[id]": alicesPlanRoute("GET", (id) => `/api/plans/${id}`),
  "GET /api/plans/[id]/shopping-list": alicesPlanRoute("GET", (id) => `/api/plans/${id}/shopping-list`),
  "PATCH /api/plans/[id]/shopping-list": alicesPlanRoute("PATCH", (id) => `/api/plans/${id}/shopping-list`),
  "GET /api/shopping-list": {
    personal: async (world) => {
      const url = `/api/shopping-list?from=${world.alice.week}`;
      await expectStatus(world.stranger.request, "GET", url, 401);
      await expectAliceUnchanged(world, async () => {
        const response = await world.bob.request.get(url);
        expect(response.status()).toBeLessThan(500);
        expectNoMarkers(await response.text(), world);
      });
    },
  },
  "GET /api/plans/[id]/shopping-list.csv": alicesPlanRoute(
    "GET",
    (id) => `/api/plans/${id}/shopping-list.csv`,
  ),
  "PUT /api/plans/[id]/sides": {
    personal: async (world) => {
      const url = `/api/plans/${world.alice.planId}/sides`;
      const data = { day: 1, slot: "lunch", position: 0, sideId: null };
      expect((await world.stranger.request.put(url, { data })).status()).toBe(401);
      await expectAliceUnchanged(world, async () => {
        const response = await world.bob.request.put(url, { data });
        expect(response.status()).toBe(404);
        expectNoMarkers(await response.text(), world);
      });
    },
  },
  "GET /api/plans/[id]/calendar.ics": alicesPlanRoute("GET", (id) => `/api/plans/${id}/calendar.ics`),
  "POST /api/plans": {
    personal: async (world) => {
      const body = { weekStart: world.alice.week };
      expect((await world.stranger.request.post("/api/plans", { data: body })).status()).toBe(401);
      await expectAliceUnchanged(world, async () => {
        const response = await world.bob.request.post("/api/plans", { data: body });
        expect(response.status()).toBeLessThan(500);
        expectNoMarkers(await response.text(), world);
      });
    },
  },
  "GET /api/account/export": {
    personal: async (world) => {
      expect((await world.stranger.request.get("/api/account/export")).status()).toBe(401);
      const response = await world.bob.request.get("/api/account/export");
      expect(response.status()).toBe(200);
      const text = await response.text();
      expectNoMarkers(text, world);
      expect((JSON.parse(text) as { account: { email: string } }).account.email).toBe(world.bobEmail);
    },
  },
  "GET /api/profile": {
    personal: async (world) => {
      expect((await world.stranger.request.get("/api/profile")).status()).toBe(401);
      const response = await world.bob.request.get("/api/profile");
      expect([200, 404]).toContain(response.status());
      expectNoMarkers(await response.text(), world);
    },
  },
  "PUT /api/profile": {
    personal: async (world) => {
      const body = { diet: "vegan", sex: "female", birthYear: 1990, heightCm: 165, weightKg: 60 };
      expect((await world.stranger.request.put("/api/profile", { data: body })).status()).toBe(401);
      await expectAliceUnchanged(world, async () => {
        const response = await world.bob.request.put("/api/profile", { data: body });
        expect(response.status()).toBeLessThan(500);
        expectNoMarkers(await response.text(), world);
      });
    },
  },
  "GET /api/auth/[...all]": {
    personal: async (world) => {
      const session = (await (await world.bob.request.get("/api/auth/get-session")).json()) as {
        user: { email: string };
      };
      expect(session.user.email).toBe(world.bobEmail);
      expect(await (await world.stranger.request.get("/api/auth/get-session")).json()).toBeNull();
    },
  },
  "POST /api/auth/[...all]": {
    personal: async (world) => {
      await expectAliceUnchanged(world, async () => {
        const response = await world.bob.request.post("/api/auth/update-user", {
          data: { name: "Mallory" },
          headers: { origin: test.info().project.use.baseURL! },
        });
        expect(response.status()).toBe(200);
      });
    },
  },
};

/** How Alice's browser sends each server action; the request is captured, not delivered. */
const ACTIONS: Record<string, { capture: (page: Page, alice: Alice) => Promise<void> }> = {
  "app/profile/actions.ts#saveProfileAction": {
    capture: async (page) => {
      await page.goto("/profile");
      await saveProfile(page);
    },
  },
  "app/profile/actions.ts#favourNutrientsAction": {
    capture: async (page) => {
      await page.goto("/profile/symptoms");
      await page.getByRole("checkbox", { name: /Eyelid or facial twitching/ }).check();
      await page.getByRole("button", { name: "Favour these" }).click();
    },
  },
  "app/plan/actions.ts#generatePlanAction": {
    capture: async (page, alice) => {
      await page.goto(`/plan?week=${alice.week}`);
      await page.getByTestId("regenerate").click();
    },
  },
  "app/plan/actions.ts#swapMealAction": {
    capture: async (page, alice) => {
      await page.goto(`/plan?week=${alice.week}&swap=1-lunch`);
      await page.getByTestId("alternatives").getByRole("button", { name: "Choose" }).first().click();
    },
  },
  "app/plan/actions.ts#changeSideAction": {
    capture: async (page, alice) => {
      await page.goto(`/plan?week=${alice.week}&side=1-lunch-0`);
      await page
        .getByTestId("side-options")
        .getByRole("button", { name: /Choose/ })
        .first()
        .click();
    },
  },
  "app/plan/actions.ts#lockMealAction": {
    capture: async (page, alice) => {
      await page.goto(`/plan?week=${alice.week}`);
      await page.getByTestId("lock-2-dinner").click();
    },
  },
  "app/plan/actions.ts#undoPlanChangeAction": {
    capture: async (page, alice) => {
      await page.goto(`/plan?week=${alice.week}`);
      await page.getByTestId("undo").click();
    },
  },
  "app/pantry/actions.ts#haveItemAction": {
    capture: async (page, alice) => {
      await page.goto(`/shopping?plan=${alice.planId}`);
      await page
        .getByRole("button", { name: /^I have / })
        .first()
        .click();
    },
  },
  "app/shopping/actions.ts#checkExtraAction": {
    capture: async (page, alice) => {
      await page.goto(`/shopping?plan=${alice.planId}`);
      await page.locator('input[type="checkbox"][data-testid^="check-extra-"]').first().click();
    },
  },
  "app/shopping/actions.ts#addExtraAction": {
    capture: async (page, alice) => {
      await page.goto(`/shopping?plan=${alice.planId}`);
      await page.getByLabel("Add an item").fill("replayed item");
      await page.getByRole("button", { name: "Add", exact: true }).click();
    },
  },
  "app/shopping/actions.ts#clearCheckedAction": {
    capture: async (page, alice) => {
      await page.goto(`/shopping?plan=${alice.planId}`);
      await page.getByRole("button", { name: /^Clear checked/ }).click();
    },
  },
  "app/pantry/actions.ts#setPantryAction": {
    capture: async (page) => {
      await page.goto("/pantry");
      const item = page.getByTestId("pantry-item").first();
      await item.getByRole("textbox").fill("250");
      await item.getByRole("button", { name: "Update" }).click();
    },
  },
  "app/account/actions.ts#deleteAccountAction": {
    capture: async (page, alice) => {
      await page.goto("/account");
      await page.getByLabel(/To confirm, type your email address/).fill(alice.email);
      await page.getByRole("button", { name: "Delete my account" }).click();
    },
  },
  "app/welcome/actions.ts#saveStarterPlanAction": {
    capture: async (page) => {
      await page.goto("/welcome?diet=vegan&favour=vitaminB12Ug");
      await page.getByTestId("save-starter-plan").click();
    },
  },
};

// ---------------------------------------------------------------------------------------------------------

test("the matrix lists every page, API route and server action, and nothing else", () => {
  expect(Object.keys(PAGES).sort()).toEqual(pagePaths().sort());
  expect(Object.keys(API).sort()).toEqual(apiRoutes().sort());
  expect(Object.keys(ACTIONS).sort()).toEqual(serverActions().sort());
});

test.describe("personal data stays with its owner", () => {
  test.describe.configure({ mode: "serial", timeout: 90_000 });
  let world: World;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    const aliceContext = await browser.newContext();
    const page = await aliceContext.newPage();
    const aliceUser = await signUpUser(aliceContext.request, newUserCredentials("alice"));
    const { email } = aliceUser;
    await createProfile(page.request, { weightKg: ALICE_WEIGHT });
    const plan = await createPlan(page.request);
    const alice: Alice = { email, planId: plan.id, week: plan.weekStart, markers: [email] };

    // Alice's rows in every table: a swap (so undo exists), a checked item, a free-text item, the pantry.
    await page.goto(`/plan?week=${alice.week}&swap=0-dinner`);
    await page.getByTestId("alternatives").getByRole("button", { name: "Choose" }).first().click();
    await expect(page.getByTestId("undo")).toBeVisible();
    const secret = `alice-only-${Math.random().toString(36).slice(2, 10)}`;
    alice.markers.push(secret);
    await page.goto(`/shopping?plan=${alice.planId}`);
    await page.getByLabel("Add an item").fill(secret);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByText(secret, { exact: true })).toBeVisible();
    const saved = page.waitForResponse(
      (r) => r.request().method() === "PATCH" && r.url().includes("/shopping-list"),
    );
    await page.locator('input[type="checkbox"][data-testid^="check-food-"]').first().check();
    await saved;
    await page.goto("/pantry?q=oats");
    const oats = page.getByRole("listitem").filter({ hasText: /oats/i }).first();
    await oats.getByRole("textbox").fill("500");
    await oats.getByRole("button", { name: "Add" }).click();
    await expect(page.getByTestId("pantry-item").first()).toBeVisible();

    const captured = new Map<string, CapturedRequest>();
    for (const [key, { capture }] of Object.entries(ACTIONS)) {
      captured.set(key, await captureAction(page, () => capture(page, alice)));
    }
    await page.close();

    const bob = await browser.newContext();
    const bobUser = await signUpUser(bob.request, newUserCredentials("bob"));
    // Bob has a profile, so his pages show his own (empty) week instead of asking for a profile first.
    await createProfile(bob.request);
    world = {
      alice,
      aliceContext,
      bob,
      bobEmail: bobUser.email,
      users: [aliceUser, bobUser],
      stranger: await browser.newContext(),
      captured,
    };
  });

  test.afterAll(async ({ browser }) => {
    await Promise.all([world?.aliceContext.close(), world?.bob.close(), world?.stranger.close()]);
    for (const user of world?.users ?? []) await deleteUser(browser, user);
  });

  for (const [path, entry] of Object.entries(PAGES)) {
    if ("personal" in entry) test(`page ${path}`, () => entry.personal(world));
  }
  for (const [route, entry] of Object.entries(API)) {
    if ("personal" in entry) test(`api ${route}`, () => entry.personal(world));
  }
  for (const key of Object.keys(ACTIONS)) {
    test(`action ${key}`, () => replayedAction(key)(world));
  }
});
