import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, json, ok, signedIn, TAGS } from "@/lib/openapi/responses";
import { ZFoodResponseSchema, ZRecipeResponseSchema } from "@/lib/schemas/api-responses";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZLabelFoodSchema } from "@/lib/schemas/own-food";
import { ZRecipeDraftSchema, ZRecipePatchSchema } from "@/lib/schemas/own-recipe";

// The user's own foods (from nutrition labels) and recipes (ADR 022): written on the catalogue's paths,
// private to their owner. Someone else's is NOT_FOUND, exactly like an id that does not exist.

const created = (description: string, schema: z.ZodType) => ({ 201: ok(description, schema) });
const idParams = { path: ZIdParamSchema };
const ZDeletedFoodSchema = z.object({ deleted: z.literal(true) }).meta({ id: "DeletedFood" });
const ZDeletedRecipeSchema = z
  .object({
    outcome: z.enum(["archived", "deleted"]).meta({
      description: "archived: a saved plan uses it, so its week keeps it; it is never planned again.",
    }),
  })
  .meta({ id: "DeletedRecipe" });

const ownFoodPaths: ZodOpenApiPathsObject = {
  "/api/foods": {
    post: {
      tags: [TAGS.catalogue],
      operationId: "createOwnFood",
      summary: "Add a food from its nutrition label",
      description:
        "Figures per serving in the printed unit (mg, µg, IU for vitamin D, or %DV, converted with the FDA " +
        "2016 Daily Values), stored per 100 g (1 ml counts as 1 g); a figure not printed is null. Diet facts " +
        "and allergens as you state them. Private to you; at most 200 foods.",
      security: signedIn,
      requestBody: { required: true, content: json(ZLabelFoodSchema) },
      responses: {
        ...created("Your new food.", ZFoodResponseSchema),
        ...errors(
          "INVALID_INPUT",
          "UNAUTHORIZED",
          ["CONFLICT", "You have 200 foods already."],
          "TOO_MANY_REQUESTS",
        ),
      },
    },
  },
  "/api/foods/{id}": {
    patch: {
      tags: [TAGS.catalogue],
      operationId: "updateOwnFood",
      summary: "Replace the label of one of your foods",
      security: signedIn,
      requestParams: idParams,
      requestBody: { required: true, content: json(ZLabelFoodSchema) },
      responses: {
        200: ok("The food as saved.", ZFoodResponseSchema),
        ...errors(
          "INVALID_INPUT",
          "UNAUTHORIZED",
          ["NOT_FOUND", "No such food of yours."],
          "TOO_MANY_REQUESTS",
        ),
      },
    },
    delete: {
      tags: [TAGS.catalogue],
      operationId: "deleteOwnFood",
      summary: "Delete one of your foods",
      security: signedIn,
      requestParams: idParams,
      responses: {
        200: ok("Deleted.", ZDeletedFoodSchema),
        ...errors(
          "INVALID_INPUT",
          "UNAUTHORIZED",
          ["NOT_FOUND", "No such food of yours."],
          ["CONFLICT", "A recipe of yours uses it."],
          "TOO_MANY_REQUESTS",
        ),
      },
    },
  },
};

const ownRecipePaths: ZodOpenApiPathsObject = {
  "/api/recipes": {
    post: {
      tags: [TAGS.catalogue],
      operationId: "createOwnRecipe",
      summary: "Save a recipe of your own",
      description:
        "Ingredients are catalogue foods or your own, in grams (1 to 60). Nutrients, diets and allergens are " +
        "computed as for catalogue recipes; the planner uses it for you. Private to you; at most 200 recipes.",
      security: signedIn,
      requestBody: { required: true, content: json(ZRecipeDraftSchema) },
      responses: {
        ...created("Your new recipe.", ZRecipeResponseSchema),
        ...errors(
          "INVALID_INPUT",
          "UNAUTHORIZED",
          ["CONFLICT", "You have 200 recipes already."],
          "TOO_MANY_REQUESTS",
        ),
      },
    },
  },
  "/api/recipes/{id}": {
    patch: {
      tags: [TAGS.catalogue],
      operationId: "updateOwnRecipe",
      summary: "Change one of your recipes",
      description: "The fields given replace the stored ones. An archived recipe cannot be changed.",
      security: signedIn,
      requestParams: idParams,
      requestBody: { required: true, content: json(ZRecipePatchSchema) },
      responses: {
        200: ok("The recipe as saved.", ZRecipeResponseSchema),
        ...errors(
          "INVALID_INPUT",
          "UNAUTHORIZED",
          ["NOT_FOUND", "No such recipe of yours."],
          "TOO_MANY_REQUESTS",
        ),
      },
    },
    delete: {
      tags: [TAGS.catalogue],
      operationId: "deleteOwnRecipe",
      summary: "Delete one of your recipes",
      description: "A recipe a saved plan uses is archived instead, so that week stays as it was.",
      security: signedIn,
      requestParams: idParams,
      responses: {
        200: ok("Deleted or archived.", ZDeletedRecipeSchema),
        ...errors(
          "INVALID_INPUT",
          "UNAUTHORIZED",
          ["NOT_FOUND", "No such recipe of yours."],
          "TOO_MANY_REQUESTS",
        ),
      },
    },
  },
};

/** The catalogue's paths with the write operations of own foods and recipes added beside their GETs. */
export function withOwnCatalogue(catalogue: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  const merged: ZodOpenApiPathsObject = { ...catalogue };
  for (const [path, item] of Object.entries({ ...ownFoodPaths, ...ownRecipePaths })) {
    merged[path] = { ...merged[path], ...item };
  }
  return merged;
}
