import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, json, ok, signedIn, TAGS } from "@/lib/openapi/responses";
import { ZPlanResponseSchema } from "@/lib/schemas/api-responses";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import {
  ZDiaryEntryInputSchema,
  ZDiaryRangeQuerySchema,
  ZLessOftenAnswerSchema,
  ZMealLogInputSchema,
  ZMealLogParamsSchema,
  ZRatingInputSchema,
  ZSupplementInputSchema,
  ZSupplementPatchSchema,
} from "@/lib/schemas/memory";
import {
  ZDiaryEntryResponseSchema,
  ZDiaryResponseSchema,
  ZLessOftenResponseSchema,
  ZRatingListResponseSchema,
  ZRatingResponseSchema,
  ZRecipeRatingResponseSchema,
  ZSupplementListResponseSchema,
  ZSupplementResponseSchema,
} from "@/lib/schemas/memory-responses";

const recipeIdParams = {
  path: ZIdParamSchema.extend({ id: ZIdParamSchema.shape.id.meta({ description: "The recipe's id." }) }),
};
const supplementIdParams = {
  path: ZIdParamSchema.extend({ id: ZIdParamSchema.shape.id.meta({ description: "The supplement's id." }) }),
};
const tags = [TAGS.memory];
const personal = { tags, security: signedIn };

export const memoryPaths: ZodOpenApiPathsObject = {
  "/api/recipes/{id}/rating": {
    get: {
      ...personal,
      operationId: "getRecipeRating",
      summary: "Your rating of a recipe",
      requestParams: recipeIdParams,
      responses: {
        200: ok("The rating, or null.", ZRecipeRatingResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED"),
      },
    },
    put: {
      ...personal,
      operationId: "rateRecipe",
      summary: "Rate a recipe",
      description:
        "love and like are planned more often, dislike (“not for me”) less, never not at all — neither in " +
        "generated weeks nor among swap alternatives.",
      requestParams: recipeIdParams,
      requestBody: { required: true, content: json(ZRatingInputSchema) },
      responses: {
        200: ok("The rating as saved.", ZRatingResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND"),
      },
    },
  },
  "/api/recipes/{id}/less-often": {
    put: {
      ...personal,
      operationId: "answerLessOften",
      summary: "Answer “show it less often?”",
      description:
        "Asked once per dish, on the plan page, after it was swapped away twice in a row. `true` rates it " +
        "dislike (“not for me”: planned less often); either answer means it is not asked again.",
      requestParams: recipeIdParams,
      requestBody: { required: true, content: json(ZLessOftenAnswerSchema) },
      responses: {
        200: ok("The answer and the rating after it.", ZLessOftenResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND"),
      },
    },
  },
  "/api/ratings": {
    get: {
      ...personal,
      operationId: "listRatings",
      summary: "All your dish ratings",
      responses: { 200: ok("Newest first.", ZRatingListResponseSchema), ...errors("UNAUTHORIZED") },
    },
  },
  "/api/plans/{id}/meals/{day}/{slot}/log": {
    put: {
      ...personal,
      operationId: "logMeal",
      summary: "Mark a planned meal eaten, skipped or replaced",
      description:
        "A replaced meal names a catalogue `recipeId` (eaten at the planned portion) or a `foodId` with " +
        "`grams`. Answers the plan, whose `eaten` coverage sits beside `coverage`.",
      requestParams: {
        path: ZMealLogParamsSchema.extend({
          id: ZMealLogParamsSchema.shape.id.meta({ description: "The plan's id." }),
          day: ZMealLogParamsSchema.shape.day.meta({ description: "0 is Monday." }),
          slot: ZMealLogParamsSchema.shape.slot.meta({
            description:
              "The meal: breakfast, lunch, dinner, or a snack (snack, snack2, snack3: up to 3 a day).",
          }),
        }),
      },
      requestBody: { required: true, content: json(ZMealLogInputSchema) },
      responses: {
        200: ok("The plan after the change.", ZPlanResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND", "PROFILE_REQUIRED", "UNPROCESSABLE"),
      },
    },
  },
  "/api/supplements": {
    get: {
      ...personal,
      operationId: "listSupplements",
      summary: "Your supplements, current and stopped",
      responses: { 200: ok("Oldest first.", ZSupplementListResponseSchema), ...errors("UNAUTHORIZED") },
    },
    post: {
      ...personal,
      operationId: "addSupplement",
      summary: "Record a supplement",
      description:
        "The planner counts it toward the week's target, and plans warn above upper limits as NIH states " +
        "them (magnesium's 350 mg is for supplements only). Recording is not advice to take a dose.",
      requestBody: { required: true, content: json(ZSupplementInputSchema) },
      responses: {
        201: ok("The supplement.", ZSupplementResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "PAYLOAD_TOO_LARGE"),
      },
    },
  },
  "/api/supplements/{id}": {
    patch: {
      ...personal,
      operationId: "updateSupplement",
      summary: "Change or stop a supplement",
      requestParams: supplementIdParams,
      requestBody: { required: true, content: json(ZSupplementPatchSchema) },
      responses: {
        200: ok("The supplement after the change.", ZSupplementResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND", "UNPROCESSABLE"),
      },
    },
    delete: {
      ...personal,
      operationId: "deleteSupplement",
      summary: "Delete a supplement recorded by mistake",
      requestParams: supplementIdParams,
      responses: {
        204: { description: "Deleted." },
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "NOT_FOUND"),
      },
    },
  },
  "/api/diary": {
    get: {
      ...personal,
      operationId: "getDiary",
      summary: "Your symptom diary and its alerts",
      description:
        "Check-ins from `from` to `to` (default the last 28 days). `alerts` has a `persistent-symptom` for a " +
        "symptom logged on 10 or more of the 14 days ending on `to`, or rising in severity over them.",
      requestParams: { query: ZDiaryRangeQuerySchema },
      responses: { 200: ok("The diary.", ZDiaryResponseSchema), ...errors("INVALID_INPUT", "UNAUTHORIZED") },
    },
    post: {
      ...personal,
      operationId: "checkIn",
      summary: "Save a day's check-in",
      description: "Symptoms with severity 0-3, hours of sleep, caffeinated drinks, stress 0-3, a note.",
      requestBody: { required: true, content: json(ZDiaryEntryInputSchema) },
      responses: {
        201: ok("The check-in as saved.", ZDiaryEntryResponseSchema),
        ...errors("INVALID_INPUT", "UNAUTHORIZED", "PAYLOAD_TOO_LARGE"),
      },
    },
  },
};
