// The authorization matrix: every page, API route and server action, and for each one that touches personal
// data, proof that Bob can neither read nor change Alice's rows — by id, by URL, or by replaying Alice's own
// requests with his session (or none). Alice's data is compared through her export before and after.
// In CI the server runs on Postgres (scripts/e2e-server.ts).
import type { APIRequestContext, BrowserContext, Page } from "@playwright/test";
import { apiRoutes, pagePaths, serverActions } from "@/tests/support/route-inventory";
import { saveProfile } from "@/tests/e2e/helpers";
import { addOwnFoodAndRecipe } from "@/tests/e2e/own-catalogue";
import { plantMilkLabel, recipeDraft } from "@/tests/factories/own-catalogue";
import { newUserCredentials, type UserCredentials } from "@/tests/factories/user";
import { createPlan, createProfile, deleteUser, expect, signUpUser, test } from "@/tests/playwright-utils";

interface Alice {
  email: string;
  planId: number;
  week: string;
  /** Her own food (from a label) and recipe: private, 404 for anyone else. */
  foodId: number;
  recipeId: number;
  /** Alice's memory (ADR 021): a supplement and a rated recipe. */
  supplementId: number;
  ratedRecipeId: number;
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

/** Signed out, the page answers with a redirect to sign-in (a request is enough: nothing to render). */
async function expectSignInRedirect(context: BrowserContext, url: string) {
  const response = await context.request.get(url);
  expect(response.status(), url).toBeLessThan(400);
  if (/\/sign-in\?next=/.test(response.url())) return;
  // Once the root loading.tsx has streamed, Next sends the redirect in the page instead of a 307 (the
  // browser follows it); either way the page itself is never rendered for a visitor.
  expect(await response.text(), url).toMatch(/NEXT_REDIRECT;replace;\/sign-in\?next=[^;]+;307;/);
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
  // "Clear checked" sends only after its 5 s undo window: wait past it.
  await expect.poll(() => captured !== undefined, { timeout: 15_000 }).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}

/** Alice's own food or recipe: signed out and as Bob it does not exist (404, never 403), and stays hers. */
function alicesOwnRoute(
  method: "GET" | "POST" | "PATCH" | "DELETE",
  path: (alice: Alice) => string,
  body?: (alice: Alice) => object,
): Entry {
  return {
    personal: async (world) => {
      const url = path(world.alice);
      const send = (request: APIRequestContext) => request.fetch(url, { method, data: body?.(world.alice) });
      const signedOut = await send(world.stranger.request);
      expect(signedOut.status(), `signed out ${method} ${url}`).toBe(method === "GET" ? 404 : 401);
      await expectAliceUnchanged(world, async () => {
        const response = await send(world.bob.request);
        expect(response.status(), `Bob ${method} ${url}`).toBe(method === "POST" ? 400 : 404);
        expectNoMarkers(await response.text(), world);
      });
    },
  };
}

/** A page with Alice's own food or recipe id: the not-found page for Bob and signed out. */
function alicesOwnPage(path: (alice: Alice) => string, signedOutRedirect = false): Entry {
  return {
    personal: async (world) => {
      const url = path(world.alice);
      if (signedOutRedirect) await expectSignInRedirect(world.stranger, url);
      for (const context of signedOutRedirect ? [world.bob] : [world.stranger, world.bob]) {
        const page = await context.newPage();
        await page.goto(url);
        // The page streams (app/loading.tsx), so the status is sent first; what it says is the 404.
        await expect(
          page.getByRole("heading", { level: 1, name: "We could not find that page" }),
        ).toBeVisible({ timeout: 30_000 });
        expectNoMarkers(await page.content(), world);
        await page.close();
      }
    },
  };
}

/** Catalogue searches signed out and as Bob never list Alice's own food or recipe. */
function alicesOwnNotListed(path: string): Entry {
  return {
    personal: async (world) => {
      for (const context of [world.stranger, world.bob]) {
        const response = await context.request.get(`${path}?q=${world.alice.markers[1]}`);
        expect(response.status()).toBe(200);
        expect(((await response.json()) as { total: number }).total).toBe(0);
      }
    },
  };
}

/**
 * A personal JSON route of the memory (ADR 021): signed out 401; as Bob (with Alice's ids in the URL) the
 * expected status, nothing of Alice's in the answer, and Alice's data unchanged.
 */
function memoryRoute(
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: (alice: Alice) => string,
  bobStatus: number,
  body?: unknown,
): Entry {
  return {
    personal: async (world) => {
      const target = url(world.alice);
      const send = (context: BrowserContext) => context.request.fetch(target, { method, data: body });
      expect((await send(world.stranger)).status(), `${method} ${target} signed out`).toBe(401);
      await expectAliceUnchanged(world, async () => {
        const response = await send(world.bob);
        expect(response.status(), `${method} ${target} as Bob`).toBe(bobStatus);
        expectNoMarkers(await response.text(), world);
      });
    },
  };
}

/** Alice's memory rows: a rating, a meal log, a supplement and a diary note only she wrote. */
async function memoryOfAlice(request: APIRequestContext, alice: Alice, secret: string) {
  const plan = (await (await request.get(`/api/plans/${alice.planId}`)).json()) as {
    days: { meals: { recipeId: number }[] }[];
  };
  alice.ratedRecipeId = plan.days[0]!.meals[0]!.recipeId;
  const rated = await request.put(`/api/recipes/${alice.ratedRecipeId}/rating`, {
    data: { rating: "never" },
  });
  expect(rated.status()).toBe(200);
  const logged = await request.put(`/api/plans/${alice.planId}/meals/0/breakfast/log`, {
    data: { status: "eaten" },
  });
  expect(logged.status()).toBe(200);
  const supplement = await request.post("/api/supplements", {
    data: { nutrient: "vitaminB12Mcg", amount: 250, timesPerWeek: 7 },
  });
  expect(supplement.status()).toBe(201);
  alice.supplementId = ((await supplement.json()) as { id: number }).id;
  const today = new Date().toISOString().slice(0, 10);
  const diary = await request.post("/api/diary", {
    data: { date: today, symptoms: [{ code: "fatigue", severity: 2 }], note: `diary ${secret}` },
  });
  expect(diary.status()).toBe(201);
}

// ---------------------------------------------------------------------------------------------------------
// The matrix

const PAGES: Record<string, Entry> = {
  "/": { public: "the landing page and plan preview for visitors; signed in it redirects to /plan" },
  "/foods": { public: "the food catalogue" },
  "/foods/[id]": alicesOwnPage((alice) => `/foods/${alice.foodId}`),
  "/foods/[id]/edit": alicesOwnPage((alice) => `/foods/${alice.foodId}/edit`, true),
  "/foods/new": personalPage(() => ["/foods/new"]),
  "/recipes": { public: "the recipe catalogue" },
  "/recipes/[id]": alicesOwnPage((alice) => `/recipes/${alice.recipeId}`),
  "/recipes/new": personalPage(() => ["/recipes/new"]),
  "/recipes/[id]/edit": alicesOwnPage((alice) => `/recipes/${alice.recipeId}/edit`, true),
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
  "/recipes/import": personalPage(() => ["/recipes/import"]),
  "/account": personalPage(() => ["/account"]),
  "/diary": personalPage(() => ["/diary"]),
  "/supplements": personalPage(
    () => ["/supplements"],
    async (page) => expect(page.getByTestId("supplement")).toHaveCount(0),
  ),
  "/welcome": personalPage(() => ["/welcome?diet=vegan"]),
};

/** A route that needs a session but reads and saves nothing of anyone's: 401 without one, no leak with Bob's. */
function signedInNoStoredData(url: string, body: object): Entry {
  return {
    personal: async (world) => {
      expect((await world.stranger.request.post(url, { data: body })).status()).toBe(401);
      await expectAliceUnchanged(world, async () => {
        const response = await world.bob.request.post(url, { data: body });
        expect(response.status()).toBeLessThan(500);
        expectNoMarkers(await response.text(), world);
      });
    },
  };
}

const API: Record<string, Entry> = {
  "GET /api/foods": alicesOwnNotListed("/api/foods"),
  "GET /api/foods/[id]": alicesOwnRoute("GET", (alice) => `/api/foods/${alice.foodId}`),
  "POST /api/foods": {
    personal: async (world) => {
      const label = plantMilkLabel({ name: "Bob's drink" });
      expect((await world.stranger.request.post("/api/foods", { data: label })).status()).toBe(401);
      await expectAliceUnchanged(world, async () => {
        expect((await world.bob.request.post("/api/foods", { data: label })).status()).toBe(201);
      });
    },
  },
  "PATCH /api/foods/[id]": alicesOwnRoute(
    "PATCH",
    (alice) => `/api/foods/${alice.foodId}`,
    () => plantMilkLabel(),
  ),
  "DELETE /api/foods/[id]": alicesOwnRoute("DELETE", (alice) => `/api/foods/${alice.foodId}`),
  "GET /api/recipes": alicesOwnNotListed("/api/recipes"),
  "GET /api/recipes/[id]": alicesOwnRoute("GET", (alice) => `/api/recipes/${alice.recipeId}`),
  // Bob cannot cook with Alice's food: the 400 says there is no such food.
  "POST /api/recipes": alicesOwnRoute(
    "POST",
    () => "/api/recipes",
    (alice) => recipeDraft(alice.foodId),
  ),
  "PATCH /api/recipes/[id]": alicesOwnRoute(
    "PATCH",
    (alice) => `/api/recipes/${alice.recipeId}`,
    () => ({
      name: "Bob's now",
    }),
  ),
  "DELETE /api/recipes/[id]": alicesOwnRoute("DELETE", (alice) => `/api/recipes/${alice.recipeId}`),
  "GET /api/health": { public: "liveness and database check, no data" },
  "GET /api/openapi.json": { public: "the API's OpenAPI document" },
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      `${method} /api/[...path]`,
      { public: "the JSON 404 for paths no route serves" },
    ]),
  ),
  "POST /api/plans/preview": { public: "a plan preview from the posted choices; nothing is read or saved" },
  "POST /api/ingredients/parse": signedInNoStoredData("/api/ingredients/parse", { lines: ["2 large eggs"] }),
  "POST /api/recipes/import": signedInNoStoredData("/api/recipes/import", { html: "<p>no recipe</p>" }),
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
  "GET /api/recipes/[id]/rating": memoryRoute("GET", (a) => `/api/recipes/${a.ratedRecipeId}/rating`, 200),
  "PUT /api/recipes/[id]/rating": memoryRoute("PUT", (a) => `/api/recipes/${a.ratedRecipeId}/rating`, 200, {
    rating: "love",
  }),
  "PUT /api/recipes/[id]/less-often": memoryRoute(
    "PUT",
    (a) => `/api/recipes/${a.ratedRecipeId}/less-often`,
    200,
    { lessOften: false },
  ),
  "GET /api/ratings": memoryRoute("GET", () => "/api/ratings", 200),
  "PUT /api/plans/[id]/meals/[day]/[slot]/log": memoryRoute(
    "PUT",
    (a) => `/api/plans/${a.planId}/meals/0/dinner/log`,
    404,
    { status: "skipped" },
  ),
  "GET /api/supplements": memoryRoute("GET", () => "/api/supplements", 200),
  "POST /api/supplements": memoryRoute("POST", () => "/api/supplements", 201, {
    nutrient: "calciumMg",
    amount: 500,
    timesPerWeek: 3,
  }),
  "PATCH /api/supplements/[id]": memoryRoute("PATCH", (a) => `/api/supplements/${a.supplementId}`, 404, {
    amount: 1,
  }),
  "DELETE /api/supplements/[id]": memoryRoute("DELETE", (a) => `/api/supplements/${a.supplementId}`, 404),
  "GET /api/diary": memoryRoute("GET", () => "/api/diary?from=2020-01-01&to=2020-12-31", 200),
  "POST /api/diary": memoryRoute("POST", () => "/api/diary", 201, {
    date: "2026-11-30",
    symptoms: [{ code: "fatigue", severity: 1 }],
  }),
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
  "app/foods/actions.ts#createOwnFoodAction": {
    capture: async (page) => {
      await page.goto("/foods/new");
      await page.getByLabel("Name").fill("Replayed yeast");
      await page.getByLabel("Serving size").fill("15");
      await page.getByRole("button", { name: "Save food" }).click();
    },
  },
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
    const secret = `alice-only-${Math.random().toString(36).slice(2, 10)}`;
    const own = await addOwnFoodAndRecipe(page.request, secret);
    const alice: Alice = {
      email,
      planId: plan.id,
      week: plan.weekStart,
      supplementId: 0,
      ratedRecipeId: 0,
      markers: [email, secret],
      ...own,
    };

    // Alice's rows in every table: a swap (so undo exists), a checked item, a free-text item, the pantry.
    await page.goto(`/plan?week=${alice.week}&swap=0-dinner`);
    await page.getByTestId("alternatives").getByRole("button", { name: "Choose" }).first().click();
    await expect(page.getByTestId("undo")).toBeVisible();
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
    await memoryOfAlice(page.request, alice, secret);

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
