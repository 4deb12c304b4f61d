import { json, withRoute } from "@/lib/api/with-route";
import { env } from "@/lib/env";
import { ZGeneratePlanSchema } from "@/lib/schemas/plan";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { planJson } from "@/app/api/_lib/plan-json";

/** Generates and saves the signed-in user's plan for a week (this week by default). */
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
  async ({ user, body }) => json(planJson(await generateWeeklyPlan(user.id, body.weekStart)), 201),
);
