import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, ok, signedIn, TAGS } from "@/lib/openapi/responses";
import {
  ZFoodPageSchema,
  ZFoodResponseSchema,
  ZRecipePageSchema,
  ZRecipeResponseSchema,
} from "@/lib/schemas/api-responses";
import { ZFoodListQuerySchema, ZIdParamSchema, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";

/** Public, and personal when signed in: the user's own foods and recipes are listed too (ADR 022). */
const optionalSession = [{}, ...signedIn];

export const cataloguePaths: ZodOpenApiPathsObject = {
  "/api/foods": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "listFoods",
      summary: "Search and list foods",
      description:
        "Foods with values per 100 g and per household portion, filtered and sorted; one page. Signed in, " +
        "your own foods are found too, first.",
      security: optionalSession,
      requestParams: { query: ZFoodListQuerySchema },
      responses: { 200: ok("A page of foods.", ZFoodPageSchema), ...errors("INVALID_INPUT") },
    },
  },
  "/api/foods/{id}": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "getFood",
      summary: "One food",
      description: "A catalogue food, or one of your own (signed in).",
      security: optionalSession,
      requestParams: { path: ZIdParamSchema },
      responses: {
        200: ok("The food.", ZFoodResponseSchema),
        ...errors("INVALID_INPUT", ["NOT_FOUND", "No such food."]),
      },
    },
  },
  "/api/recipes": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "listRecipes",
      summary: "Search and list recipes",
      description:
        "Recipes with nutrients per serving, filtered and sorted; one page. Signed in, your own recipes " +
        "come first (`yours`).",
      security: optionalSession,
      requestParams: { query: ZRecipeListQuerySchema },
      responses: { 200: ok("A page of recipes.", ZRecipePageSchema), ...errors("INVALID_INPUT") },
    },
  },
  "/api/recipes/{id}": {
    get: {
      tags: [TAGS.catalogue],
      operationId: "getRecipe",
      summary: "One recipe",
      description: "A catalogue recipe, or one of your own (signed in; archived ones too).",
      security: optionalSession,
      requestParams: { path: ZIdParamSchema },
      responses: {
        200: ok("The recipe.", ZRecipeResponseSchema),
        ...errors("INVALID_INPUT", ["NOT_FOUND", "No such recipe."]),
      },
    },
  },
};
