// What POST /api/ingredients/parse and POST /api/recipes/import answer (documented in the OpenAPI document).
import { z } from "zod";
import { listResponse } from "@/lib/schemas/list-responses";

export const ZParsedIngredientSchema = z
  .object({
    line: z.string(),
    kind: z.enum(["ingredient", "heading", "to_taste"]).meta({
      description: 'heading ("For the dressing:") and to_taste lines have no grams',
    }),
    foodId: z.number().int().nullable(),
    ndbNo: z.string().nullable(),
    name: z.string().nullable(),
    grams: z.number().nullable(),
    confidence: z.number().min(0).max(1).meta({ description: "0-1: how sure the food and the grams are" }),
  })
  .meta({ id: "ParsedIngredient" });
export type TParsedIngredient = z.infer<typeof ZParsedIngredientSchema>;

export const ZIngredientParseResponseSchema = listResponse(
  "items",
  ZParsedIngredientSchema,
  "IngredientParseResult",
);
export type TIngredientParseResponse = z.infer<typeof ZIngredientParseResponseSchema>;

export const ZRecipeImportResponseSchema = z
  .object({
    name: z.string(),
    servings: z
      .number()
      .int()
      .positive()
      .nullable()
      .meta({ description: "null when the page gives no yield" }),
    ingredients: z.array(ZParsedIngredientSchema),
    steps: z.array(z.string()),
  })
  .meta({ id: "RecipeImportDraft" });
export type TRecipeImportResponse = z.infer<typeof ZRecipeImportResponseSchema>;
