// The OpenAPI 3.1 document of NutriWeek's HTTP API, generated from the zod schemas that the route handlers
// parse with (lib/schemas) and that type their JSON (lib/schemas/api-responses.ts). ADR 010. Each resource's
// operations live in lib/openapi/paths/; error responses come from AppError's codes (lib/openapi/responses.ts).
import { createDocument, type oas31 } from "zod-openapi";
import packageJson from "@/package.json";
import { accountPaths } from "@/lib/openapi/paths/account";
import { authPaths } from "@/lib/openapi/paths/auth";
import { cataloguePaths } from "@/lib/openapi/paths/catalogue";
import { withOwnCatalogue } from "@/lib/openapi/paths/own-recipes";
import { planSidePaths } from "@/lib/openapi/paths/plan-sides";
import { planPaths } from "@/lib/openapi/paths/plans";
import { recipeImportPaths } from "@/lib/openapi/paths/recipe-import";
import { servicePaths } from "@/lib/openapi/paths/service";
import { memoryPaths } from "@/lib/openapi/paths/memory";
import { shoppingPaths } from "@/lib/openapi/paths/shopping";
import { errorResponse, SESSION_SCHEME, TAGS } from "@/lib/openapi/responses";

export { SESSION_SCHEME };
/** The answer of app/api/[...path]: no path item can stand for "every path no route serves". */
export const NO_SUCH_ROUTE_RESPONSE = "NoSuchRoute";

const paths = {
  ...withOwnCatalogue(cataloguePaths),
  ...recipeImportPaths,
  ...planPaths,
  ...planSidePaths,
  ...shoppingPaths,
  ...memoryPaths,
  ...accountPaths,
  ...servicePaths,
  ...authPaths,
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
        name: TAGS.memory,
        description:
          "What the person tells NutriWeek: dish ratings, meals eaten, supplements, a symptom diary.",
      },
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
        [NO_SUCH_ROUTE_RESPONSE]: errorResponse(
          "NOT_FOUND",
          "Any /api path that no route serves, whatever the method.",
        ),
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
