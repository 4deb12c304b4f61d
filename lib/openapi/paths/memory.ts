import { resourcePaths } from "@/lib/openapi/operation";
import { ok, TAGS } from "@/lib/openapi/responses";
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
export const memoryPaths = resourcePaths(TAGS.memory, {
  "GET /api/recipes/{id}/rating": {
    id: "getRecipeRating",
    summary: "Your rating of a recipe",
    params: recipeIdParams,
    responses: { 200: ok("The rating, or null.", ZRecipeRatingResponseSchema) },
  },
  "PUT /api/recipes/{id}/rating": {
    id: "rateRecipe",
    summary: "Rate a recipe",
    description:
      "love and like are planned more often, dislike (“not for me”) less, never not at all — neither in " +
      "generated weeks nor among swap alternatives.",
    params: recipeIdParams,
    body: ZRatingInputSchema,
    responses: { 200: ok("The rating as saved.", ZRatingResponseSchema) },
    errors: ["NOT_FOUND"],
  },
  "PUT /api/recipes/{id}/less-often": {
    id: "answerLessOften",
    summary: "Answer “show it less often?”",
    description:
      "Asked once per dish, on the plan page, after it was swapped away twice in a row. `true` rates it " +
      "dislike (“not for me”: planned less often); either answer means it is not asked again.",
    params: recipeIdParams,
    body: ZLessOftenAnswerSchema,
    responses: { 200: ok("The answer and the rating after it.", ZLessOftenResponseSchema) },
    errors: ["NOT_FOUND"],
  },
  "GET /api/ratings": {
    id: "listRatings",
    summary: "All your dish ratings",
    responses: { 200: ok("Newest first.", ZRatingListResponseSchema) },
  },
  "PUT /api/plans/{id}/meals/{day}/{slot}/log": {
    id: "logMeal",
    summary: "Mark a planned meal eaten, skipped or replaced",
    description:
      "A replaced meal names a catalogue `recipeId` (eaten at the planned portion) or a `foodId` with " +
      "`grams`. Answers the plan, whose `eaten` coverage sits beside `coverage`.",
    params: {
      path: ZMealLogParamsSchema.extend({
        id: ZMealLogParamsSchema.shape.id.meta({ description: "The plan's id." }),
        day: ZMealLogParamsSchema.shape.day.meta({ description: "0 is Monday." }),
        slot: ZMealLogParamsSchema.shape.slot.meta({
          description:
            "The meal: breakfast, lunch, dinner, or a snack (snack, snack2, snack3: up to 3 a day).",
        }),
      }),
    },
    body: ZMealLogInputSchema,
    responses: { 200: ok("The plan after the change.", ZPlanResponseSchema) },
    errors: ["NOT_FOUND", "PROFILE_REQUIRED", "UNPROCESSABLE"],
  },
  "GET /api/supplements": {
    id: "listSupplements",
    summary: "Your supplements, current and stopped",
    responses: { 200: ok("Oldest first.", ZSupplementListResponseSchema) },
  },
  "POST /api/supplements": {
    id: "addSupplement",
    summary: "Record a supplement",
    description:
      "The planner counts it toward the week's target, and plans warn above upper limits as NIH states " +
      "them (magnesium's 350 mg is for supplements only). Recording is not advice to take a dose.",
    body: ZSupplementInputSchema,
    responses: { 201: ok("The supplement.", ZSupplementResponseSchema) },
  },
  "PATCH /api/supplements/{id}": {
    id: "updateSupplement",
    summary: "Change or stop a supplement",
    params: supplementIdParams,
    body: ZSupplementPatchSchema,
    responses: { 200: ok("The supplement after the change.", ZSupplementResponseSchema) },
    errors: ["NOT_FOUND", "UNPROCESSABLE"],
  },
  "DELETE /api/supplements/{id}": {
    id: "deleteSupplement",
    summary: "Delete a supplement recorded by mistake",
    params: supplementIdParams,
    responses: { 204: { description: "Deleted." } },
    errors: ["NOT_FOUND"],
  },
  "GET /api/diary": {
    id: "getDiary",
    summary: "Your symptom diary and its alerts",
    description:
      "Check-ins from `from` to `to` (default the last 28 days). `alerts` has a `persistent-symptom` for a " +
      "symptom logged on 10 or more of the 14 days ending on `to`, or rising in severity over them.",
    params: { query: ZDiaryRangeQuerySchema },
    responses: { 200: ok("The diary.", ZDiaryResponseSchema) },
  },
  "POST /api/diary": {
    id: "checkIn",
    summary: "Save a day's check-in",
    description: "Symptoms with severity 0-3, hours of sleep, caffeinated drinks, stress 0-3, a note.",
    body: ZDiaryEntryInputSchema,
    responses: { 201: ok("The check-in as saved.", ZDiaryEntryResponseSchema) },
  },
});
