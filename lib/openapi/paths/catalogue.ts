import type { z } from "zod";
import { resourcePaths, type ResourceOperations } from "@/lib/openapi/operation";
import { ok, TAGS } from "@/lib/openapi/responses";
import {
  ZFoodPageSchema,
  ZFoodResponseSchema,
  ZRecipePageSchema,
  ZRecipeResponseSchema,
} from "@/lib/schemas/api-responses";
import { ZFoodListQuerySchema, ZIdParamSchema, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";

interface Browsable {
  noun: "food" | "recipe";
  listDescription: string;
  getDescription: string;
  query: typeof ZFoodListQuerySchema | typeof ZRecipeListQuerySchema;
  page: z.ZodType;
  one: z.ZodType;
}

// Public, and personal when signed in: the user's own foods and recipes are listed too (ADR 022).
function browseOperations(item: Browsable): ResourceOperations {
  const { noun } = item;
  const Noun = noun === "food" ? "Food" : "Recipe";
  return {
    [`GET /api/${noun}s`]: {
      id: `list${Noun}s`,
      summary: `Search and list ${noun}s`,
      description: item.listDescription,
      session: "optional",
      params: { query: item.query },
      responses: { 200: ok(`A page of ${noun}s.`, item.page) },
    },
    [`GET /api/${noun}s/{id}`]: {
      id: `get${Noun}`,
      summary: `One ${noun}`,
      description: item.getDescription,
      session: "optional",
      params: { path: ZIdParamSchema },
      responses: { 200: ok(`The ${noun}.`, item.one) },
      errors: [["NOT_FOUND", `No such ${noun}.`]],
    },
  };
}

export const cataloguePaths = resourcePaths(TAGS.catalogue, {
  ...browseOperations({
    noun: "food",
    listDescription:
      "Foods with values per 100 g and per household portion, filtered and sorted; one page. Signed in, " +
      "your own foods are found too, first.",
    getDescription: "A catalogue food, or one of your own (signed in).",
    query: ZFoodListQuerySchema,
    page: ZFoodPageSchema,
    one: ZFoodResponseSchema,
  }),
  ...browseOperations({
    noun: "recipe",
    listDescription:
      "Recipes with nutrients per serving, filtered and sorted; one page. Signed in, your own recipes " +
      "come first (`yours`).",
    getDescription: "A catalogue recipe, or one of your own (signed in; archived ones too).",
    query: ZRecipeListQuerySchema,
    page: ZRecipePageSchema,
    one: ZRecipeResponseSchema,
  }),
});
