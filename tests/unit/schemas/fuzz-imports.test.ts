// Schema fuzz, imports family: ingredient lines to parse and the recipe page to import (JSON bodies).
// The properties are in tests/support/schema-fuzz.ts.
import { MAX_INGREDIENT_LINES, MAX_PASTED_HTML_CHARS } from "@/lib/schemas/recipe-import";
import { arr, fuzzSchemaFamily, matches, obj, text } from "@/tests/support/schema-fuzz";

fuzzSchemaFamily("imports", {
  ZIngredientParseRequestSchema: {
    feeds: { json: { lines: ["2 large eggs", "For the dressing:"] } },
    check: (out) => {
      for (const line of arr(obj(out).lines, 1, MAX_INGREDIENT_LINES)) text(line, 0, 300, { trimmed: true });
    },
  },
  ZRecipeImportRequestSchema: {
    feeds: { json: { url: "https://example.com/recipes/stew" } },
    check: (out) => {
      const body = obj(out);
      if ("url" in body) matches(body.url, /^https?:\/\//);
      else text(body.html, 1, MAX_PASTED_HTML_CHARS);
    },
  },
});
