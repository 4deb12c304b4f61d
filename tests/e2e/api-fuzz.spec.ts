// Hostile input at every API route of the running server (fast-check, fixed seed, bounded runs): the answer
// is a 2xx, or a 4xx whose JSON names what was wrong; never a 5xx. Requests that are turned away leave the
// user's data exactly as it was (compared through the account export).
import type { APIRequestContext, APIResponse, BrowserContext } from "@playwright/test";
import fc from "fast-check";
import { FUZZ_SEED, HOSTILE_STRINGS, hostileNumber, WRONG_TYPES } from "@/tests/support/hostile";
import { apiRoutes } from "@/tests/support/route-inventory";
import { newUserCredentials, type UserCredentials } from "@/tests/factories/user";
import { createPlan, createProfile, deleteUser, expect, signUpUser, test } from "@/tests/playwright-utils";
import { plantMilkLabel, recipeDraft } from "@/tests/factories/own-catalogue";

const RUNS = 20;
const run = <T>(property: fc.IAsyncProperty<[T]>, numRuns = RUNS) =>
  fc.assert(property, { seed: FUZZ_SEED, numRuns, endOnFailure: true });

// ---------------------------------------------------------------------------------------------------------
// Hostile values (the 1 MiB strings are left to the body-size checks: in a URL they exceed header limits)

const LONG_STRING = "x".repeat(5_000);

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, LONG_STRING),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom(...WRONG_TYPES),
  fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 3 }),
);

/** A valid body with one field set to a hostile value, or an extra field, or something else entirely. */
function hostileBody(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    keys.length > 0
      ? fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }))
      : hostileValue,
    fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), hostileValue).map(([key, value]) => ({
      ...valid,
      [key]: value,
    })),
    fc.jsonValue({ maxDepth: 3 }),
    hostileValue,
  );
}

/** A query string of known parameters (and one unknown) with hostile values. */
function hostileQuery(keys: string[]): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), hostileString), {
      maxLength: 4,
    })
    .map((pairs) => new URLSearchParams(pairs).toString());
}

const hostileIdSegment = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.trim() !== "")),
  fc.integer().map(String),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 }),
);

// ---------------------------------------------------------------------------------------------------------
// What every answer must look like

/**
 * Never a 5xx; our 4xx answers are JSON with an error message, and a 400 names each wrong field.
 * better-auth's routes answer in better-auth's own format, so for them only the first rule holds.
 */
async function expectSaneAnswer(response: APIResponse, what: string, knownFields?: string[]) {
  const status = response.status();
  expect(status, `${what} answered ${status}: ${(await response.text()).slice(0, 300)}`).toBeLessThan(500);
  if (status < 400 || new URL(response.url()).pathname.startsWith("/api/auth/")) return;
  const body = (await response.json()) as { error?: unknown; errors?: { field: string; message: string }[] };
  expect(typeof body.error, what).toBe("string");
  if (status === 400) {
    expect(body.errors?.length, `${what}: 400 without field errors`).toBeGreaterThan(0);
    for (const error of body.errors ?? []) {
      expect(error.message.length).toBeGreaterThan(0);
      // A strict body names an extra field itself ("unknown field"); every other error names a known one.
      if (knownFields && error.message !== "unknown field") {
        expect([...knownFields, "(body)", "(root)"], what).toContain(error.field.split(".")[0]);
      }
    }
  }
}

/** Lone surrogates cannot be percent-encoded; a client would send U+FFFD instead. */
const encode = (segment: string) => encodeURIComponent(segment.toWellFormed());
/** Our own origin: better-auth turns away cross-origin posts, and the fuzz must reach its validation. */
const origin = () => test.info().project.use.baseURL!;

interface Fuzzer {
  /** Sends hostile requests; `user` is a signed-in request context whose data the requests may touch. */
  fuzz: (user: APIRequestContext, planId: number) => Promise<void>;
}

/** Rejected requests leave the user's data exactly as it was (compared through the account export). */
async function userData(user: APIRequestContext) {
  const data = (await (await user.get("/api/account/export")).json()) as {
    exportedAt?: string;
    account: { sessions: unknown[] };
  };
  delete data.exportedAt;
  data.account.sessions = [];
  return data;
}

function bodyRoute(
  method: "POST" | "PUT" | "PATCH",
  path: (planId: number) => string,
  valid: object,
): Fuzzer {
  const knownFields = Object.keys(valid);
  return {
    fuzz: async (user, planId) => {
      const url = path(planId);
      await run(
        fc.asyncProperty(hostileBody(valid as Record<string, unknown>), async (body) => {
          const before = await userData(user);
          const response = await user.fetch(url, {
            method,
            data: JSON.stringify(body) ?? "null",
            headers: { "content-type": "application/json", origin: origin() },
          });
          await expectSaneAnswer(
            response,
            `${method} ${url} ${JSON.stringify(body)?.slice(0, 200)}`,
            knownFields,
          );
          if (response.status() >= 400) expect(await userData(user)).toEqual(before);
        }),
        method === "POST" && url.startsWith("/api/plans") ? 12 : RUNS,
      );
      // Not JSON, a wrong content type, and 1 MB.
      for (const [data, contentType] of [
        ["{not json", "application/json"],
        ["items=1", "application/x-www-form-urlencoded"],
        [JSON.stringify({ ...valid, padding: "x".repeat(1024 * 1024) }), "application/json"],
      ] as const) {
        const before = await userData(user);
        const response = await user.fetch(url, {
          method,
          data,
          headers: { "content-type": contentType, origin: origin() },
        });
        await expectSaneAnswer(response, `${method} ${url} ${data.slice(0, 40)}`);
        expect(response.status()).toBeGreaterThanOrEqual(400);
        expect(await userData(user)).toEqual(before);
      }
    },
  };
}

function queryRoute(path: (planId: number) => string, keys: string[]): Fuzzer {
  return {
    fuzz: async (user, planId) => {
      await run(
        fc.asyncProperty(hostileQuery(keys), async (query) => {
          const url = `${path(planId)}?${query}`;
          await expectSaneAnswer(await user.get(url), `GET ${url.slice(0, 200)}`, keys);
        }),
      );
    },
  };
}

function idRoute(path: (id: string) => string, method = "GET"): Fuzzer {
  return {
    fuzz: async (user) => {
      await run(
        fc.asyncProperty(hostileIdSegment, async (id) => {
          const url = path(encode(id));
          const response = await user.fetch(url, { method, headers: { origin: origin() } });
          await expectSaneAnswer(response, `${method} ${url.slice(0, 200)}`, ["id"]);
        }),
      );
    },
  };
}

const both = (...fuzzers: Fuzzer[]): Fuzzer => ({
  fuzz: async (user, planId) => {
    for (const fuzzer of fuzzers) await fuzzer.fuzz(user, planId);
  },
});

const CATALOGUE_QUERY = ["q", "diet", "sort", "per", "limit", "offset", "group", "nutrient", "meal"];
const PROFILE = {
  sex: "female",
  birthYear: 1985,
  heightCm: 168,
  weightKg: 64,
  activityLevel: "moderate",
  diet: "vegan",
  allergens: [],
  dislikedFoodIds: [],
  favouredNutrients: ["magnesiumMg"],
  householdSize: 1,
  riskFactors: [],
  sunExposure: "some",
};

const FUZZERS: Record<string, Fuzzer> = {
  "GET /api/foods": queryRoute(() => "/api/foods", CATALOGUE_QUERY),
  "GET /api/foods/[id]": idRoute((id) => `/api/foods/${id}`),
  "GET /api/recipes": queryRoute(() => "/api/recipes", CATALOGUE_QUERY),
  "GET /api/recipes/[id]": idRoute((id) => `/api/recipes/${id}`),
  // Own foods and recipes: a body that passes is saved as the fuzz user's own; ids not theirs are 404.
  "POST /api/foods": bodyRoute("POST", () => "/api/foods", plantMilkLabel()),
  "PATCH /api/foods/[id]": bodyRoute("PATCH", () => "/api/foods/1", plantMilkLabel()),
  "DELETE /api/foods/[id]": idRoute((id) => `/api/foods/${id}`, "DELETE"),
  "POST /api/recipes": bodyRoute("POST", () => "/api/recipes", recipeDraft(1)),
  "PATCH /api/recipes/[id]": bodyRoute("PATCH", () => "/api/recipes/1", { name: "Renamed", servings: 2 }),
  "DELETE /api/recipes/[id]": idRoute((id) => `/api/recipes/${id}`, "DELETE"),
  "GET /api/health": queryRoute(() => "/api/health", ["verbose"]),
  "GET /api/openapi.json": queryRoute(() => "/api/openapi.json", ["format"]),
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      `${method} /api/[...path]`,
      idRoute((path) => `/api/no-such-route/${path}`, method),
    ]),
  ),
  "POST /api/plans/preview": bodyRoute("POST", () => "/api/plans/preview", PROFILE),
  "POST /api/plans": bodyRoute("POST", () => "/api/plans", { weekStart: "2026-11-23" }),
  "POST /api/ingredients/parse": bodyRoute("POST", () => "/api/ingredients/parse", {
    lines: ["2 large eggs"],
  }),
  "POST /api/recipes/import": bodyRoute("POST", () => "/api/recipes/import", { html: "<p>no recipe</p>" }),
  "GET /api/plans/[id]": both(
    idRoute((id) => `/api/plans/${id}`),
    queryRoute((id) => `/api/plans/${id}`, ["format"]),
  ),
  "GET /api/shopping-list": queryRoute(() => "/api/shopping-list", ["from", "to"]),
  "GET /api/plans/[id]/shopping-list": idRoute((id) => `/api/plans/${id}/shopping-list`),
  "PATCH /api/plans/[id]/shopping-list": bodyRoute("PATCH", (id) => `/api/plans/${id}/shopping-list`, {
    items: [{ foodId: 1, checked: true }],
  }),
  "GET /api/plans/[id]/shopping-list.csv": idRoute((id) => `/api/plans/${id}/shopping-list.csv`),
  "GET /api/plans/[id]/calendar.ics": both(
    idRoute((id) => `/api/plans/${id}/calendar.ics`),
    queryRoute((id) => `/api/plans/${id}/calendar.ics`, ["tz", "breakfast", "lunch", "dinner", "snack"]),
  ),
  "GET /api/account/export": queryRoute(() => "/api/account/export", ["format"]),
  "GET /api/profile": queryRoute(() => "/api/profile", ["format"]),
  "PUT /api/profile": bodyRoute("PUT", () => "/api/profile", PROFILE),
  // The memory (ADR 021).
  "GET /api/recipes/[id]/rating": idRoute((id) => `/api/recipes/${id}/rating`),
  "PUT /api/recipes/[id]/rating": bodyRoute("PUT", () => "/api/recipes/1/rating", { rating: "like" }),
  "PUT /api/recipes/[id]/less-often": bodyRoute("PUT", () => "/api/recipes/1/less-often", {
    lessOften: false,
  }),
  "GET /api/ratings": queryRoute(() => "/api/ratings", ["format"]),
  "PUT /api/plans/[id]/meals/[day]/[slot]/log": bodyRoute(
    "PUT",
    (id) => `/api/plans/${id}/meals/0/breakfast/log`,
    {
      status: "replaced",
      recipeId: 1,
    },
  ),
  "PUT /api/plans/[id]/sides": bodyRoute("PUT", (id) => `/api/plans/${id}/sides`, {
    day: 0,
    slot: "lunch",
    position: 0,
    sideId: null,
  }),
  "GET /api/supplements": queryRoute(() => "/api/supplements", ["format"]),
  "POST /api/supplements": bodyRoute("POST", () => "/api/supplements", {
    nutrient: "vitaminDMcg",
    amount: 10,
    timesPerWeek: 7,
  }),
  "PATCH /api/supplements/[id]": bodyRoute("PATCH", () => "/api/supplements/2147483647", { amount: 5 }),
  "DELETE /api/supplements/[id]": idRoute((id) => `/api/supplements/${id}`, "DELETE"),
  "GET /api/diary": queryRoute(() => "/api/diary", ["from", "to"]),
  "POST /api/diary": bodyRoute("POST", () => "/api/diary", { date: "2026-11-23", symptoms: [], stress: 1 }),
  // better-auth's own handler: its answers are its own JSON, but it must never fall over either.
  "GET /api/auth/[...all]": idRoute((path) => `/api/auth/${path}`),
  "POST /api/auth/[...all]": bodyRoute("POST", () => "/api/auth/sign-in/email", {
    email: "nobody@example.test",
    password: "not-the-password-1",
  }),
};

test("every API route has a fuzzer", () => {
  expect(Object.keys(FUZZERS).sort()).toEqual(apiRoutes().sort());
});

test.describe("hostile input", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  let context: BrowserContext;
  let credentials: UserCredentials;
  let planId: number;

  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext();
    credentials = await signUpUser(context.request, newUserCredentials("fuzz"));
    await createProfile(context.request);
    planId = (await createPlan(context.request)).id;
  });

  test.afterAll(async ({ browser }) => {
    await context?.close();
    if (credentials) await deleteUser(browser, credentials);
  });

  for (const [route, fuzzer] of Object.entries(FUZZERS)) {
    test(route, async () => {
      await fuzzer.fuzz(context.request, planId);
    });
  }
});

test("free text is shown as text, never run as HTML", async ({ page, newUser }) => {
  await newUser({ label: "xss" });
  await createProfile(page.request);
  const { id } = await createPlan(page.request);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const payloads = ['<img src=x onerror="alert(1)">', "<script>alert(2)</script>", "<b>bold</b> & co"];
  await page.goto(`/shopping?plan=${id}`);
  for (const payload of payloads) {
    await page.getByLabel("Add an item").fill(payload);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await expect(page.getByRole("main").getByText(payload, { exact: true })).toBeVisible();
  }
  await page.reload();
  for (const payload of payloads) {
    await expect(page.getByRole("main").getByText(payload, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole("main").locator("img[src='x'], b")).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
