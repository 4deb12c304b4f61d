// The OpenAPI document (/api/openapi.json) against the code: every route handler on disk is documented and
// nothing else is, the document is valid OpenAPI 3.1, and the response schemas describe what the JSON
// builders really send.
import { withMemoryView } from "@/lib/services/memory/plan-memory-view";
import { readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { foodJson, recipeJson } from "@/app/api/_lib/json";
import { planJson, planViewJson } from "@/app/api/_lib/plan-json";
import { GET } from "@/app/api/openapi.json/route";
import { errorResponse } from "@/lib/api/error-response";
import { readJsonBody } from "@/lib/api/read-json-body";
import { APP_ERROR_STATUS, AppError, type AppErrorCode } from "@/lib/errors/app-error";
import { summarizeFood, summarizeRecipe } from "@/lib/nutrition/catalogue-view";
import { starterProfile } from "@/lib/nutrition/default-profile";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import { profileWarnings } from "@/lib/nutrition/warnings";
import { getOpenApiDocument, NO_SUCH_ROUTE_RESPONSE, SESSION_SCHEME } from "@/lib/openapi/document";
import { HTTP_METHODS, listOperations, type HttpMethod } from "@/lib/openapi/operations";
import { dishFromRecipe } from "@/lib/planner/dish";
import { recipeCalciumCounted } from "@/lib/nutrition/calcium-absorption";
import { planCalcium } from "@/lib/planner/counted-calcium";
import type { PlanFollow } from "@/lib/planner/follow-warnings";
import { viewPlan } from "@/lib/planner/plan-view";
import { planConflicts } from "@/lib/planner/profile-conflicts";
import { explainInfeasibility } from "@/lib/planner/relaxations";
import { weekVariety } from "@/lib/planner/week-variety";
import { candidatesBySlot, resolveRequest } from "@/lib/planner/request";
import { checkHardRules } from "@/lib/planner/score";
import { DEFAULT_SLOTS, type PlanRequest } from "@/lib/planner/types";
import {
  ZErrorResponseSchema,
  ZFoodResponseSchema,
  ZPlanPreviewResponseSchema,
  ZPlanResponseSchema,
  ZRecipeResponseSchema,
} from "@/lib/schemas/api-responses";
import { ZCheckItemsSchema } from "@/lib/schemas/plan";
import { apiRoutes } from "@/tests/support/route-inventory";
import { food as foodFixture } from "@/tests/unit/nutrition/fixtures";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const APP_DIR = path.resolve(import.meta.dirname, "../../app");
const isHttpMethod = (name: string): name is HttpMethod => (HTTP_METHODS as readonly string[]).includes(name);

const document = getOpenApiDocument();
const operations = listOperations(document);

// ---- routes on disk ----

interface RouteMethod {
  /** As the route inventory names it: "PATCH /api/plans/[id]/shopping-list". */
  name: string;
  method: HttpMethod;
  /** OpenAPI path: `[id]` becomes `{id}`; for a catch-all route, the prefix it serves. */
  path: string;
  catchAll: boolean;
  /** app/api/[...x]: answers every path no other route serves, so no path item can stand for it. */
  fallback: boolean;
  /** The handler reads the session: the document must say it needs the cookie. */
  needsSession: boolean;
}

function routeMethod(name: string): RouteMethod {
  const [upperCase = "", urlPath = ""] = name.split(" ");
  const method = upperCase.toLowerCase();
  if (!isHttpMethod(method)) throw new Error(`not an HTTP method: ${name}`);
  const segments = urlPath.split("/").filter(Boolean);
  const catchAllAt = segments.findIndex((segment) => /^\[\[?\.\.\./.test(segment));
  const served = (catchAllAt === -1 ? segments : segments.slice(0, catchAllAt)).map((segment) =>
    segment.replace(/^\[(\w+)\]$/, "{$1}"),
  );
  // URLs leave route groups out; app/api has none, and one would make this read fail loudly.
  const source = readFileSync(path.join(APP_DIR, ...segments, "route.ts"), "utf8");
  return {
    name,
    method,
    path: `/${served.join("/")}`,
    catchAll: catchAllAt !== -1,
    fallback: catchAllAt !== -1 && served.length === 1,
    needsSession: /\b(currentUser|requireUser|userAndPlanId)\(/.test(source),
  };
}

const routes = apiRoutes().map(routeMethod);

const serves = (route: RouteMethod, documented: string) =>
  route.catchAll ? documented.startsWith(`${route.path}/`) : documented === route.path;

describe("every route handler is documented", () => {
  it("finds the route files and the methods each exports", () => {
    expect(routes.map((route) => route.name)).toEqual(
      expect.arrayContaining([
        "GET /api/foods",
        "PATCH /api/plans/[id]/shopping-list",
        "GET /api/auth/[...all]",
        "POST /api/auth/[...all]",
      ]),
    );
    expect(routes.find((route) => route.name === "POST /api/auth/[...all]")).toMatchObject({
      path: "/api/auth",
      catchAll: true,
      fallback: false,
    });
  });

  it.each(routes.map((route) => [route.name, route] as const))("%s", (_name, route) => {
    if (route.fallback) {
      expect(document.components?.responses, route.name).toHaveProperty([NO_SUCH_ROUTE_RESPONSE]);
      return;
    }
    const documented = operations.filter(
      (entry) => entry.method === route.method && serves(route, entry.path),
    );
    expect(documented.length, `document ${route.method} ${route.path}`).toBeGreaterThan(0);
    if (!route.needsSession) return;
    for (const { operation } of documented) {
      expect(operation.security, "needs the session cookie").toContainEqual({ [SESSION_SCHEME]: [] });
      expect(Object.keys(operation.responses ?? {})).toContain("401");
    }
  });

  it("documents no route that does not exist", () => {
    const stale = operations.filter(
      ({ path, method }) =>
        !routes.some((route) => !route.fallback && route.method === method && serves(route, path)),
    );
    expect(stale.map(({ path, method }) => `${method} ${path}`)).toEqual([]);
  });
});

// ---- the document itself ----

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

const noParams = { params: Promise.resolve({}) };

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1, as /api/openapi.json serves it", async () => {
    const served = (await (
      await GET(new Request("http://localhost/api/openapi.json"), noParams)
    ).json()) as Record<string, unknown>;
    expect(served).toEqual(document);
    const validator = new Validator();
    const result = await validator.validate(served);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("has every $ref pointing at a component it defines", () => {
    const schemas = document.components?.schemas ?? {};
    const refs = [...new Set(refsIn(document))];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas, ref).toHaveProperty([ref.split("/").pop()!]);
    }
  });

  it("gives every operation an id, a summary, one declared tag and its error answers", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    const tags = document.tags?.map((tag) => tag.name);
    for (const { operation } of operations) {
      expect(operation.summary, operation.operationId).toBeTruthy();
      // /api-docs lists operations under their first tag, and only declared tags.
      expect(operation.tags, operation.operationId).toHaveLength(1);
      expect(tags).toContain(operation.tags![0]);
      const statuses = Object.keys(operation.responses ?? {});
      if (operation.requestBody || operation.parameters?.length)
        expect(
          statuses.some((status) => status.startsWith("4")),
          operation.operationId,
        ).toBe(true);
    }
  });
});

// ---- the schemas describe the real output ----

/** What a client receives: Response.json serializes, then the schema must accept it and drop nothing. */
function expectDescribes(schema: z.ZodType, value: unknown) {
  const received: unknown = JSON.parse(JSON.stringify(value));
  const parsed = schema.safeParse(received);
  expect(parsed.error?.issues).toBeUndefined();
  // Parsing strips keys the schema does not know: equality means none were there.
  expect(parsed.data).toEqual(received);
}

async function expectErrorBody(
  response: Response | { response: Response } | { data: unknown },
  status: number,
) {
  const sent = response instanceof Response ? response : "response" in response ? response.response : null;
  expect(sent?.status).toBe(status);
  expectDescribes(ZErrorResponseSchema, await sent!.json());
}

const catalogue = loadSeedCatalogue();

describe("response schemas describe what the builders send", () => {
  it("foodJson, for every seed food and one with no portions and unmeasured values", () => {
    const foods = [
      ...catalogue.foods,
      foodFixture({ ndbNo: "01001", per100g: { ...catalogue.foods[0]!.per100g, vitaminDMcg: null } }),
    ];
    for (const food of foods) expectDescribes(ZFoodResponseSchema, foodJson(summarizeFood(food)));
  });

  it("recipeJson, for every seed recipe", () => {
    for (const recipe of catalogue.recipes)
      expectDescribes(ZRecipeResponseSchema, recipeJson(summarizeRecipe(recipe)));
  });

  it("planViewJson and planJson, for a vegan week with plan and profile warnings", () => {
    const request: PlanRequest = {
      dishes: catalogue.recipes.map(dishFromRecipe),
      diet: "vegan",
      energyTargetKcal: 2000,
      intakes: referenceIntakes({ sex: "female", age: 40 }),
      favouredNutrients: ["vitaminB12Mcg"],
    };
    const bySlot = candidatesBySlot(resolveRequest(request));
    const days = Array.from({ length: 7 }, (_, day) => ({
      day,
      meals: DEFAULT_SLOTS.map((slot) => ({
        slot,
        dishId: bySlot[slot][day % bySlot[slot].length]!.id,
        portion: 1,
        locked: false,
      })),
    }));
    const view = viewPlan(days, request);
    const profile = { ...starterProfile(2026), diet: "vegan" as const, sunExposure: "little" as const };
    const warnings = profileWarnings(profile, new Date());
    const solver = {
      status: "feasible" as const,
      objective: 12.3456,
      bound: 10.1,
      gapPercent: 18.2,
      ms: 182.4,
    };
    expect(view.warnings.length + warnings.length).toBeGreaterThan(1);

    // A week with only some slots filled breaks hard rules: the violations must be documented too.
    const violations = checkHardRules(days, resolveRequest(request));
    expect(violations.length).toBeGreaterThan(0);
    // A week that breaks the profile and cannot keep its rules: conflicts and relaxations are documented too.
    const req = resolveRequest(request);
    const follow: PlanFollow = {
      conflicts: planConflicts(days, req.dishById, {
        diet: "vegan",
        allergens: ["soy", "wheat_gluten"],
        dislikedFoodIds: [],
        dislikedFamilies: [],
        dislikedDishIds: [days[0]!.meals[0]!.dishId],
      }),
      drift: null,
      infeasibility: explainInfeasibility(req, violations),
      variety: weekVariety(days, [days[0]!.meals[0]!.dishId]),
      calcium: planCalcium(days, new Map(catalogue.recipes.map((r) => [r.id, recipeCalciumCounted(r)]))),
      warnings: [],
    };
    expect(follow.conflicts.length).toBeGreaterThan(0);
    expect(follow.infeasibility).not.toBeNull();
    const preview = planViewJson(view, solver, warnings, violations, follow);
    expectDescribes(ZPlanPreviewResponseSchema, preview);
    expect(preview.days[0]!.date).toBeNull();

    const eatenBreakfast = {
      day: 0,
      slot: "breakfast" as const,
      recipeId: null,
      foodId: null,
      grams: null,
      replacementName: null,
    };
    const nutrients = view.days[0]!.meals[0]!.nutrients;
    const plan = planJson(
      withMemoryView(
        {
          plan: {
            id: 7,
            weekStart: "2026-11-23",
            profileVersion: 2,
            solver,
            entries: [],
            relaxations: ["repeats-3"],
            favouring: [],
            undoLabel: null,
            logs: [{ ...eatenBreakfast, status: "eaten", nutrients }],
            updatedAt: new Date(),
          },
          view,
          profileWarnings: warnings,
          violations,
          request,
          follow,
        },
        profile,
      ),
    );
    expectDescribes(ZPlanResponseSchema, plan);
    expect(plan.days[6]!.date).toBe("2026-11-29");
  });

  it("every error body: each AppError code, invalid input, too large, not JSON", async () => {
    for (const code of Object.keys(APP_ERROR_STATUS) as AppErrorCode[]) {
      await expectErrorBody(errorResponse(new AppError(code, "message")), APP_ERROR_STATUS[code]);
    }
    const invalid = AppError.invalidInput(ZCheckItemsSchema.safeParse({ items: [{ foodId: "x" }] }).error!);
    await expectErrorBody(errorResponse(invalid), 400);
    const post = (body: string) => new Request("http://localhost/api/plans", { method: "POST", body });
    const refusal = (body: string) =>
      readJsonBody(post(body)).then(
        () => expect.unreachable("the body was accepted"),
        (error: AppError) => errorResponse(error),
      );
    await expectErrorBody(await refusal("{"), 400);
    await expectErrorBody(await refusal("x".repeat(70_000)), 413);
  });
});
