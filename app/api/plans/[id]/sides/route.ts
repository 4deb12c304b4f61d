import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZChangeSideBodySchema } from "@/lib/schemas/plan";
import { changeSide } from "@/lib/services/planning/change-side";
import { planJson } from "@/app/api/_lib/plan-json";

// Swap, add or remove one side of a meal; another user's plan answers 404 like a missing one.
export const PUT = withRoute(
  { auth: "required", params: ZIdParamSchema, body: ZChangeSideBodySchema },
  async ({ user, params, body }) => planJson(await changeSide(user.id, { planId: params.id, ...body })),
);
