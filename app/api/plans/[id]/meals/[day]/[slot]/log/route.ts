import { withRoute } from "@/lib/api/with-route";
import { ZMealLogInputSchema, ZMealLogParamsSchema } from "@/lib/schemas/memory";
import { logMeal } from "@/lib/services/memory/log-meal";
import { planJson } from "@/app/api/_lib/plan-json";

// Another user's plan id answers 404, exactly like one that does not exist.
export const PUT = withRoute(
  { auth: "required", params: ZMealLogParamsSchema, body: ZMealLogInputSchema },
  async ({ user, params, body }) =>
    planJson(await logMeal(user.id, { planId: params.id, day: params.day, slot: params.slot, ...body })),
);
