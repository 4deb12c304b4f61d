import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { planJson } from "@/app/api/_lib/plan-json";

// Another user's plan id answers 404, exactly like one that does not exist.
export const GET = withRoute({ auth: "required", params: ZIdParamSchema }, async ({ user, params }) =>
  planJson(await getWeeklyPlan(user.id, { planId: params.id })),
);
