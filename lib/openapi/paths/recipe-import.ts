import { resourcePaths } from "@/lib/openapi/operation";
import { ok, TAGS } from "@/lib/openapi/responses";
import { ZIngredientParseRequestSchema, ZRecipeImportRequestSchema } from "@/lib/schemas/recipe-import";
import {
  ZIngredientParseResponseSchema,
  ZRecipeImportResponseSchema,
} from "@/lib/schemas/recipe-import-responses";

export const recipeImportPaths = resourcePaths(TAGS.catalogue, {
  "POST /api/ingredients/parse": {
    id: "parseIngredientLines",
    summary: "Ingredient lines → foods and grams",
    description:
      "Each line (at most 100) is parsed (quantity, unit, size, cans) and matched to a catalogue food; " +
      'grams come from the food\'s household portions. Headings and "to taste" lines have no grams. ' +
      "Items come back in the order of the lines, each with a confidence from 0 to 1.",
    body: ZIngredientParseRequestSchema,
    responses: { 200: ok("One item per line.", ZIngredientParseResponseSchema) },
    errors: ["TOO_MANY_REQUESTS"],
  },
  "POST /api/recipes/import": {
    id: "importRecipePage",
    summary: "A recipe web page → a draft recipe",
    description:
      "Send `url` (the server fetches it: http(s) only, public addresses only, also after every redirect; " +
      "at most 2 MB, 10 s, HTML only) or `html` (the page's recipe parts, at most 60,000 characters). The " +
      "schema.org Recipe (JSON-LD, else microdata) becomes a draft with each ingredient line matched to a " +
      "food. Nothing is saved: send the reviewed draft to POST /api/recipes. 422 when the page has no " +
      "recipe or cannot be fetched.",
    body: ZRecipeImportRequestSchema,
    responses: { 200: ok("The draft.", ZRecipeImportResponseSchema) },
    errors: ["UNPROCESSABLE", "TOO_MANY_REQUESTS"],
  },
});
