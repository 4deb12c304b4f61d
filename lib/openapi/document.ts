// The OpenAPI 3.1 document of NutriWeek's HTTP API, generated from the zod schemas that the route handlers
// parse with (lib/schemas) and that type their JSON (lib/schemas/api-responses.ts). ADR 010.
import { signInEmail, signUpEmail } from "better-auth/api";
import { z } from "zod";
import {
  createDocument,
  type oas31,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponseObject,
} from "zod-openapi";
import packageJson from "@/package.json";
import {
  ZAccountExportSchema,
  ZAuthErrorSchema,
  ZErrorResponseSchema,
  ZFoodPageSchema,
  ZFoodResponseSchema,
  ZHealthFailureSchema,
  ZHealthOkSchema,
  ZPlanPreviewResponseSchema,
  ZPlanResponseSchema,
  ZRecipePageSchema,
  ZRecipeResponseSchema,
  ZShoppingListResponseSchema,
} from "@/lib/schemas/api-responses";
import { ZCalendarQuerySchema } from "@/lib/schemas/calendar";
import { ZFoodListQuerySchema, ZIdParamSchema, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { ZCheckItemsSchema, ZGeneratePlanSchema } from "@/lib/schemas/plan";
import { ZProfileSchema } from "@/lib/schemas/profile";

export const SESSION_SCHEME = "sessionCookie";
/** The answer of app/api/[...path]: no path item can stand for "every path no route serves". */
export const NO_SUCH_ROUTE_RESPONSE = "NoSuchRoute";
const signedIn = [{ [SESSION_SCHEME]: [] }];

const TAGS = {
  catalogue: "Catalogue",
  plans: "Plans",
  shopping: "Shopping",
  account: "Account",
  auth: "Auth (better-auth)",
  service: "Service",
} as const;

const json = (schema: z.ZodType) => ({ "application/json": { schema } });
const ok = (description: string, schema: z.ZodType): ZodOpenApiResponseObject => ({
  description,
  content: json(schema),
});
const error = (description: string): ZodOpenApiResponseObject => ok(description, ZErrorResponseSchema);

const invalidInput = error("Invalid input: `errors` lists each field and what is wrong with it.");
const bodyTooLarge = error("The JSON body is larger than 64 KB.");
const notSignedIn = error("No valid session cookie: sign in first.");
const retryAfter = z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait." }) });
const planNotFound = error("No such plan. Another account's plan answers the same, so ids reveal nothing.");

const attachment = (example: string) =>
  z.object({
    "Content-Disposition": z.string().meta({ description: "A download, with a file name.", example }),
  });

const planIdParams = {
  path: ZIdParamSchema.extend({ id: ZIdParamSchema.shape.id.meta({ description: "The plan's id." }) }),
};

const profileBody = ZProfileSchema.meta({
  id: "ProfileInput",
  description:
    "A dietary profile, as the profile form sends it. Numbers may also arrive as strings; absent lists mean none.",
});

/** better-auth's own zod schema of an endpoint's body, so the documented body follows its upgrades. */
const authBody = (endpoint: { options: { body: z.ZodType } }, description: string) => ({
  required: true,
  description,
  content: json(endpoint.options.body),
});

const authRefused = ok(
  "Refused; `code` says why (invalid email or password, account exists, ...).",
  ZAuthErrorSchema,
);
const authRateLimited: ZodOpenApiResponseObject = {
  ...ok("Too many attempts from this address; try again later.", ZAuthErrorSchema),
  headers: z.object({ "X-Retry-After": z.string().meta({ description: "Seconds to wait." }) }),
};

function betterAuthOperation(operation: ZodOpenApiOperationObject): ZodOpenApiOperationObject {
  return {
    ...operation,
    // proxy.ts refuses an oversized body before better-auth reads it, in our error shape.
    ...(operation.requestBody && { responses: { ...operation.responses, 413: bodyTooLarge } }),
    tags: [TAGS.auth],
    description: [operation.description, "Served by better-auth (`app/api/auth/[...all]`)."]
      .filter(Boolean)
      .join(" "),
  };
}

const paths: ZodOpenApiPathsObject = {
  "/api/foods": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "listFoods",
      summary: "Search and list foods",
      description: "Foods with values per 100 g and per household portion, filtered and sorted; one page.",
      requestParams: { query: ZFoodListQuerySchema },
      responses: { 200: ok("A page of foods.", ZFoodPageSchema), 400: invalidInput },
    },
  },
  "/api/foods/{id}": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "getFood",
      summary: "One food",
      requestParams: { path: ZIdParamSchema },
      responses: {
        200: ok("The food.", ZFoodResponseSchema),
        400: invalidInput,
        404: error("No such food."),
      },
    },
  },
  "/api/recipes": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "listRecipes",
      summary: "Search and list recipes",
      description: "Recipes with nutrients per serving, filtered and sorted; one page.",
      requestParams: { query: ZRecipeListQuerySchema },
      responses: { 200: ok("A page of recipes.", ZRecipePageSchema), 400: invalidInput },
    },
  },
  "/api/recipes/{id}": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "getRecipe",
      summary: "One recipe",
      requestParams: { path: ZIdParamSchema },
      responses: {
        200: ok("The recipe.", ZRecipeResponseSchema),
        400: invalidInput,
        404: error("No such recipe."),
      },
    },
  },
  "/api/plans": {
    post: {
      tags: [TAGS.plans],
      operationId: "generatePlan",
      summary: "Generate and save the week's plan",
      description:
        "Plans the week that contains `weekStart` (this week when absent) for the signed-in user's profile " +
        "and saves it, replacing that week's plan.",
      security: signedIn,
      requestBody: { required: false, content: json(ZGeneratePlanSchema) },
      responses: {
        201: ok("The saved plan.", ZPlanResponseSchema),
        400: invalidInput,
        401: notSignedIn,
        409: error("The user has no profile yet: save one first."),
        413: bodyTooLarge,
        429: {
          ...error("Too many plans generated by this user in the last minute."),
          headers: retryAfter,
        },
      },
    },
  },
  "/api/plans/preview": {
    post: {
      tags: [TAGS.plans],
      operationId: "previewPlan",
      summary: "Plan a week for a profile, without an account",
      description: "Solves a week for the profile in the body and saves nothing. Rate-limited per address.",
      requestBody: { required: true, content: json(profileBody) },
      responses: {
        200: ok("The planned week.", ZPlanPreviewResponseSchema),
        400: invalidInput,
        413: bodyTooLarge,
        429: {
          ...error("Too many previews from this address in the last minute."),
          headers: retryAfter,
        },
      },
    },
  },
  "/api/plans/{id}": {
    get: {
      tags: [TAGS.plans],
      operationId: "getPlan",
      summary: "A saved plan",
      security: signedIn,
      requestParams: planIdParams,
      responses: {
        200: ok("The plan.", ZPlanResponseSchema),
        400: invalidInput,
        401: notSignedIn,
        404: planNotFound,
      },
    },
  },
  "/api/plans/{id}/shopping-list": {
    get: {
      tags: [TAGS.shopping],
      operationId: "getShoppingList",
      summary: "A plan's shopping list",
      description: "What the plan's recipes need for the household, less the pantry, with check marks.",
      security: signedIn,
      requestParams: planIdParams,
      responses: {
        200: ok("The list.", ZShoppingListResponseSchema),
        400: invalidInput,
        401: notSignedIn,
        404: planNotFound,
      },
    },
    patch: {
      tags: [TAGS.shopping],
      operationId: "checkShoppingItems",
      summary: "Check or uncheck items",
      security: signedIn,
      requestParams: planIdParams,
      requestBody: { required: true, content: json(ZCheckItemsSchema) },
      responses: {
        200: ok("The list after the change.", ZShoppingListResponseSchema),
        400: invalidInput,
        401: notSignedIn,
        404: planNotFound,
        413: bodyTooLarge,
      },
    },
  },
  "/api/plans/{id}/shopping-list.csv": {
    get: {
      tags: [TAGS.shopping],
      operationId: "downloadShoppingListCsv",
      summary: "A plan's shopping list as CSV",
      security: signedIn,
      requestParams: planIdParams,
      responses: {
        200: {
          description: "One row per item, by aisle.",
          headers: attachment('attachment; filename="nutriweek-shopping-2026-11-23.csv"'),
          content: { "text/csv": { schema: z.string() } },
        },
        400: invalidInput,
        401: notSignedIn,
        404: planNotFound,
      },
    },
  },
  "/api/plans/{id}/calendar.ics": {
    get: {
      tags: [TAGS.plans],
      operationId: "downloadPlanCalendar",
      summary: "A plan's meals as an iCalendar file",
      description: "One event per meal, at the given meal times in the given time zone.",
      security: signedIn,
      requestParams: { ...planIdParams, query: ZCalendarQuerySchema },
      responses: {
        200: {
          description: "An iCalendar (RFC 5545) file.",
          headers: attachment('attachment; filename="nutriweek-2026-11-23.ics"'),
          content: { "text/calendar": { schema: z.string() } },
        },
        400: invalidInput,
        401: notSignedIn,
        404: planNotFound,
      },
    },
  },
  "/api/account/export": {
    get: {
      tags: [TAGS.account],
      operationId: "exportAccountData",
      summary: "Everything NutriWeek holds about the signed-in user",
      description: "A JSON download: account, sessions (no secrets), profile history, plans, lists, pantry.",
      security: signedIn,
      responses: {
        200: {
          ...ok("The account's data.", ZAccountExportSchema),
          headers: attachment('attachment; filename="nutriweek-data-2026-11-23.json"'),
        },
        401: notSignedIn,
      },
    },
  },
  "/api/health": {
    get: {
      tags: [TAGS.service],
      operationId: "checkHealth",
      summary: "Liveness and readiness",
      description: "For load balancers: is the database answering in time.",
      responses: {
        200: ok("Ready.", ZHealthOkSchema),
        503: ok("Not ready; the log has the cause.", ZHealthFailureSchema),
      },
    },
  },
  "/api/openapi.json": {
    get: {
      tags: [TAGS.service],
      operationId: "getOpenApiDocument",
      summary: "This document",
      responses: {
        200: ok("OpenAPI 3.1, generated from the zod schemas.", z.record(z.string(), z.unknown())),
      },
    },
  },
  "/api/auth/sign-up/email": {
    post: betterAuthOperation({
      operationId: "signUpEmail",
      summary: "Create an account and sign in",
      description:
        "NutriWeek accepts passwords of 8 to 128 characters that are not among the most common ones.",
      requestBody: authBody(signUpEmail(), "Name, email and password; better-auth accepts more fields."),
      responses: {
        200: { description: "Signed up and in: sets the session cookie. The body is better-auth's." },
        "4XX": authRefused,
        429: authRateLimited,
      },
    }),
  },
  "/api/auth/sign-in/email": {
    post: betterAuthOperation({
      operationId: "signInEmail",
      summary: "Sign in",
      requestBody: authBody(signInEmail(), "Email and password."),
      responses: {
        200: { description: "Signed in: sets the session cookie. The body is better-auth's." },
        "4XX": authRefused,
        429: authRateLimited,
      },
    }),
  },
  "/api/auth/sign-out": {
    post: betterAuthOperation({
      operationId: "signOut",
      summary: "Sign out",
      description: "Ends the session in the database and clears the cookie.",
      security: signedIn,
      responses: { 200: { description: "Signed out." } },
    }),
  },
  "/api/auth/get-session": {
    get: betterAuthOperation({
      operationId: "getSession",
      summary: "The current session",
      responses: {
        200: {
          description: "The session and its user as better-auth reports them, or null when signed out.",
        },
      },
    }),
  },
};

function buildDocument(): oas31.OpenAPIObject {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "NutriWeek API",
      version: packageJson.version,
      description:
        "Plans a week of meals that favour magnesium, calcium, vitamin D and B12. JSON in and out; nutrient " +
        "amounts are in fixed units (kcal, g, mg, µg) and `null` means not measured. Errors of NutriWeek's " +
        "own routes share one body: `{ error, errors? }`; a path no route serves answers 404 with it. " +
        "Personal routes need the session cookie that signing in sets.",
    },
    tags: [
      { name: TAGS.catalogue, description: "Foods (USDA SR28) and recipes. Public." },
      { name: TAGS.plans, description: "Weekly plans: generate, read, preview, export to a calendar." },
      { name: TAGS.shopping, description: "Shopping lists of saved plans." },
      { name: TAGS.account, description: "The signed-in user's data." },
      {
        name: TAGS.auth,
        description:
          "Accounts and sessions are better-auth's (ADR 009); listed are the endpoints NutriWeek's pages use, " +
          "with better-auth's own body schemas. A browser's POST must come from an origin NutriWeek trusts " +
          "(`BETTER_AUTH_URL`), or it answers 403.",
      },
      { name: TAGS.service, description: "For operators and tools." },
    ],
    components: {
      responses: {
        [NO_SUCH_ROUTE_RESPONSE]: error("Any /api path that no route serves, whatever the method."),
      },
      securitySchemes: {
        [SESSION_SCHEME]: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description:
            "The session cookie set by sign-in or sign-up (named `__Secure-better-auth.session_token` over " +
            "https). Routes without it answer 401.",
        },
      },
    },
    paths,
  });
}

let document: oas31.OpenAPIObject | undefined;

/** Built once per process: the schemas are static. */
export function getOpenApiDocument(): oas31.OpenAPIObject {
  document ??= buildDocument();
  return document;
}
