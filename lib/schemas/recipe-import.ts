import { z } from "zod";
import { hasNoNul } from "@/lib/schemas/form-data";

/** Most lines one parse request (and one imported recipe) may carry. */
export const MAX_INGREDIENT_LINES = 100;
/** Pasted HTML: the JSON API's body cap is 64 KB, so the page sends only its recipe parts (ADR 023). */
export const MAX_PASTED_HTML_CHARS = 60_000;

// Lines reach Postgres as search parameters: no NUL (a text value cannot hold it).
const ZIngredientLine = z
  .string()
  .trim()
  .max(300, "at most 300 characters a line")
  .refine(hasNoNul, "a line cannot contain NUL characters");

/** POST /api/ingredients/parse */
export const ZIngredientParseRequestSchema = z.strictObject({
  lines: z
    .array(ZIngredientLine)
    .min(1, "send at least one line")
    .max(MAX_INGREDIENT_LINES, `at most ${MAX_INGREDIENT_LINES} lines`),
});
export type TIngredientParseRequest = z.infer<typeof ZIngredientParseRequestSchema>;

/** POST /api/recipes/import: a page's address or its HTML, exactly one of them. */
export const ZRecipeImportRequestSchema = z.union(
  [
    z.strictObject({
      url: z
        .string()
        .trim()
        .max(2000, "at most 2000 characters")
        .pipe(z.url({ protocol: /^https?$/, error: "an http(s) address" })),
    }),
    z.strictObject({
      html: z
        .string()
        .min(1, "paste the page's HTML")
        .max(MAX_PASTED_HTML_CHARS, `at most ${MAX_PASTED_HTML_CHARS} characters`)
        .refine(hasNoNul, "the HTML cannot contain NUL characters"),
    }),
  ],
  { error: "send either url or html" },
);
export type TRecipeImportRequest = z.infer<typeof ZRecipeImportRequestSchema>;
