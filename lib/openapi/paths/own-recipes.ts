import { z } from "zod";
import type { ZodOpenApiPathsObject, ZodOpenApiResponseObject } from "zod-openapi";
import { resourcePaths, type OperationSpec, type ResourceOperations } from "@/lib/openapi/operation";
import { ok, TAGS, type ErrorEntry } from "@/lib/openapi/responses";
import { ZFoodResponseSchema, ZRecipeResponseSchema } from "@/lib/schemas/api-responses";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZLabelFoodSchema } from "@/lib/schemas/own-food";
import { ZRecipeDraftSchema, ZRecipePatchSchema } from "@/lib/schemas/own-recipe";

// The user's own foods (from nutrition labels) and recipes (ADR 022): written on the catalogue's paths,
// private to their owner. Someone else's is NOT_FOUND, exactly like an id that does not exist.

const ZDeletedFoodSchema = z.object({ deleted: z.literal(true) }).meta({ id: "DeletedFood" });
const ZDeletedRecipeSchema = z
  .object({
    outcome: z.enum(["archived", "deleted"]).meta({
      description: "archived: a saved plan uses it, so its week keeps it; it is never planned again.",
    }),
  })
  .meta({ id: "DeletedRecipe" });

type Described = Pick<OperationSpec, "summary" | "description">;

interface OwnWrites {
  noun: "food" | "recipe";
  create: Described & { body: z.ZodType };
  update: Described & { body: z.ZodType };
  remove: Described & { answer: ZodOpenApiResponseObject; conflict?: string };
  saved: z.ZodType;
}

/** Create, change and delete one's own foods or recipes: at most 200 each, rate-limited, private. */
function ownWriteOperations({ noun, create, update, remove, saved }: OwnWrites): ResourceOperations {
  const Noun = noun === "food" ? "Food" : "Recipe";
  const notYours: ErrorEntry = ["NOT_FOUND", `No such ${noun} of yours.`];
  const inUse: ErrorEntry[] = remove.conflict ? [["CONFLICT", remove.conflict]] : [];
  return {
    [`POST /api/${noun}s`]: {
      ...create,
      id: `createOwn${Noun}`,
      responses: { 201: ok(`Your new ${noun}.`, saved) },
      errors: [["CONFLICT", `You have 200 ${noun}s already.`], "TOO_MANY_REQUESTS"],
    },
    [`PATCH /api/${noun}s/{id}`]: {
      ...update,
      id: `updateOwn${Noun}`,
      params: { path: ZIdParamSchema },
      responses: { 200: ok(`The ${noun} as saved.`, saved) },
      errors: [notYours, "TOO_MANY_REQUESTS"],
    },
    [`DELETE /api/${noun}s/{id}`]: {
      summary: remove.summary,
      description: remove.description,
      id: `deleteOwn${Noun}`,
      params: { path: ZIdParamSchema },
      responses: { 200: remove.answer },
      errors: [notYours, ...inUse, "TOO_MANY_REQUESTS"],
    },
  };
}

const ownPaths = resourcePaths(TAGS.catalogue, {
  ...ownWriteOperations({
    noun: "food",
    create: {
      summary: "Add a food from its nutrition label",
      description:
        "Figures per serving in the printed unit (mg, µg, IU for vitamin D, or %DV, converted with the FDA " +
        "2016 Daily Values), stored per 100 g (1 ml counts as 1 g); a figure not printed is null. Diet facts " +
        "and allergens as you state them. Private to you; at most 200 foods.",
      body: ZLabelFoodSchema,
    },
    update: { summary: "Replace the label of one of your foods", body: ZLabelFoodSchema },
    remove: {
      summary: "Delete one of your foods",
      answer: ok("Deleted.", ZDeletedFoodSchema),
      conflict: "A recipe of yours uses it.",
    },
    saved: ZFoodResponseSchema,
  }),
  ...ownWriteOperations({
    noun: "recipe",
    create: {
      summary: "Save a recipe of your own",
      description:
        "Ingredients are catalogue foods or your own, in grams (1 to 60). Nutrients, diets and allergens are " +
        "computed as for catalogue recipes; the planner uses it for you. Private to you; at most 200 recipes.",
      body: ZRecipeDraftSchema,
    },
    update: {
      summary: "Change one of your recipes",
      description: "The fields given replace the stored ones. An archived recipe cannot be changed.",
      body: ZRecipePatchSchema,
    },
    remove: {
      summary: "Delete one of your recipes",
      description: "A recipe a saved plan uses is archived instead, so that week stays as it was.",
      answer: ok("Deleted or archived.", ZDeletedRecipeSchema),
    },
    saved: ZRecipeResponseSchema,
  }),
});

/** The catalogue's paths with the write operations of own foods and recipes added beside their GETs. */
export function withOwnCatalogue(catalogue: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  const merged: ZodOpenApiPathsObject = { ...catalogue };
  for (const [path, item] of Object.entries(ownPaths)) {
    merged[path] = { ...merged[path], ...item };
  }
  return merged;
}
