import { resourcePaths } from "@/lib/openapi/operation";
import { ok, planIdParams, TAGS } from "@/lib/openapi/responses";
import { ZPlanResponseSchema } from "@/lib/schemas/api-responses";
import { ZChangeSideBodySchema } from "@/lib/schemas/plan";

export const planSidePaths = resourcePaths(TAGS.plans, {
  "PUT /api/plans/{id}/sides": {
    id: "changePlanSide",
    summary: "Swap, add or remove one side of a meal",
    description:
      "Puts side `sideId` at `position` of the meal (`day`, `slot`): 0 or 1, the next free place adds a " +
      "side; a null `sideId` removes the side there. Refused when the side does not fit the meal or the " +
      "profile, when the meal already has a side of its kind (two starches), or when the day would go " +
      "above a daily upper limit. Undo restores the meal as it was.",
    params: planIdParams,
    body: ZChangeSideBodySchema,
    responses: { 200: ok("The plan after the change.", ZPlanResponseSchema) },
    errors: ["NOT_FOUND", "UNPROCESSABLE"],
  },
});
