import { withRoute } from "@/lib/api/with-route";
import { env } from "@/lib/env";
import { ZProfileSchema } from "@/lib/schemas/profile";
import { previewPlan } from "@/lib/services/planning/preview-plan";
import { planViewJson } from "@/app/api/_lib/plan-json";

/** A plan for a profile sent as JSON, without an account and without saving anything. */
export const POST = withRoute(
  {
    auth: "none",
    body: ZProfileSchema,
    rateLimit: {
      name: "plan-preview",
      max: env.PLAN_RATE_LIMIT_MAX,
      windowMs: 60_000,
      message: "Too many plan previews; try again in a minute.",
    },
  },
  async ({ body }) => {
    const { view, solver, profileWarnings, violations, follow } = await previewPlan(body);
    return planViewJson(view, solver, profileWarnings, violations, follow);
  },
);
