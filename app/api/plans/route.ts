import { json, withRoute } from "@/lib/api/with-route";
import { env } from "@/lib/env";
import { ZGeneratePlanSchema } from "@/lib/schemas/plan";
import { planWeekAsAsked } from "@/lib/services/planning/plan-week-as-asked";
import { planJson } from "@/app/api/_lib/plan-json";

/**
 * Generates and saves the signed-in user's plan for a week (this week by default); or replaces only the
 * meals that break the profile (`fix: "conflicts"`); or plans it with a rule relaxed for that week (`relax`).
 */
export const POST = withRoute(
  {
    auth: "required",
    body: ZGeneratePlanSchema,
    rateLimit: {
      name: "plan-generate",
      max: env.PLAN_RATE_LIMIT_MAX,
      windowMs: 60_000,
      message: "Too many plan generations; try again in a minute.",
    },
  },
  async ({ user, body }) => json(planJson(await planWeekAsAsked(user.id, body)), 201),
);
