import { z } from "zod";
import { resourcePaths } from "@/lib/openapi/operation";
import { attachment, ok, planIdParams, TAGS } from "@/lib/openapi/responses";
import { ZShoppingListResponseSchema } from "@/lib/schemas/api-responses";
import { ZCheckItemsSchema, ZShoppingRangeQuerySchema } from "@/lib/schemas/plan";

export const shoppingPaths = resourcePaths(TAGS.shopping, {
  "GET /api/shopping-list": {
    id: "getShoppingListForWeeks",
    summary: "One shopping list for several weeks",
    description:
      "The planned weeks from the week of `from` to the week of `to` (at most 4; weeks without a plan are " +
      "left out), one line per purchasable item, with the checks of the first week.",
    params: { query: ZShoppingRangeQuerySchema },
    responses: { 200: ok("The list.", ZShoppingListResponseSchema) },
    errors: ["NOT_FOUND", "PROFILE_REQUIRED"],
  },
  "GET /api/plans/{id}/shopping-list": {
    id: "getShoppingList",
    summary: "A plan's shopping list",
    description: "What the plan's recipes need for the household, less the pantry, with check marks.",
    params: planIdParams,
    responses: { 200: ok("The list.", ZShoppingListResponseSchema) },
    errors: ["NOT_FOUND"],
  },
  "PATCH /api/plans/{id}/shopping-list": {
    id: "checkShoppingItems",
    summary: "Check or uncheck items",
    description: "Every food must be on the list; otherwise nothing is written and the 400 names it.",
    params: planIdParams,
    body: ZCheckItemsSchema,
    responses: { 200: ok("The list after the change.", ZShoppingListResponseSchema) },
    errors: ["NOT_FOUND"],
  },
  "GET /api/plans/{id}/shopping-list.csv": {
    id: "downloadShoppingListCsv",
    summary: "A plan's shopping list as CSV",
    params: planIdParams,
    responses: {
      200: {
        description: "One row per item, by aisle.",
        headers: attachment('attachment; filename="nutriweek-shopping-2026-11-23.csv"'),
        content: { "text/csv": { schema: z.string() } },
      },
    },
    errors: ["NOT_FOUND"],
  },
});
