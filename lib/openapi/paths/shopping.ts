import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { attachment, errors, json, ok, planIdParams, signedIn, TAGS } from "@/lib/openapi/responses";
import { ZShoppingListResponseSchema } from "@/lib/schemas/api-responses";
import { ZCheckItemsSchema } from "@/lib/schemas/plan";

export const shoppingPaths: ZodOpenApiPathsObject = {
  "/api/plans/{id}/shopping-list": {
    get: {
      tags: [TAGS.shopping],
      operationId: "getShoppingList",
      summary: "A plan's shopping list",
      description: "What the plan's recipes need for the household, less the pantry, with check marks.",
      security: signedIn,
      requestParams: planIdParams,
      responses: {
        200: ok("The list.", ZShoppingListResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND"),
      },
    },
    patch: {
      tags: [TAGS.shopping],
      operationId: "checkShoppingItems",
      summary: "Check or uncheck items",
      description: "Every food must be on the list; otherwise nothing is written and the 400 names it.",
      security: signedIn,
      requestParams: planIdParams,
      requestBody: { required: true, content: json(ZCheckItemsSchema) },
      responses: {
        200: ok("The list after the change.", ZShoppingListResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND", "PAYLOAD_TOO_LARGE"),
      },
    },
  },
  "/api/plans/{id}/shopping-list.csv": {
    get: {
      tags: [TAGS.shopping],
      operationId: "downloadShoppingListCsv",
      summary: "A plan's shopping list as CSV",
      security: signedIn,
      requestParams: planIdParams,
      responses: {
        200: {
          description: "One row per item, by aisle.",
          headers: attachment('attachment; filename="nutriweek-shopping-2026-11-23.csv"'),
          content: { "text/csv": { schema: z.string() } },
        },
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND"),
      },
    },
  },
};
