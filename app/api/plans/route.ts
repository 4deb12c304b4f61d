import { currentUser } from "@/lib/auth/server";
import { getDatabase } from "@/lib/db";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { env } from "@/lib/env";
import { mondayOf } from "@/lib/planner/week";
import type { TErrorResponse } from "@/lib/schemas/api-responses";
import { ZGeneratePlanSchema } from "@/lib/schemas/plan";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { ProfileRequiredError } from "@/lib/services/planning/planning-context";
import { tooManyRequests } from "@/app/api/_lib/json";
import { planJson } from "@/app/api/_lib/plan-json";
import { parseJsonBody, unauthorized } from "@/app/api/_lib/request";

/** Generates and saves the signed-in user's plan for a week (this week by default). */
export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return unauthorized();
  const body = await parseJsonBody(request, ZGeneratePlanSchema);
  if ("response" in body) return body.response;
  const db = await getDatabase();
  const limit = await hitRateLimit(db, `plan-generate|${user.id}`, env.PLAN_RATE_LIMIT_MAX, 60_000);
  if (!limit.allowed) {
    return tooManyRequests("Too many plan generations; try again in a minute.", limit.retryAfterSeconds);
  }
  const weekStart = mondayOf(body.data.weekStart ? new Date(`${body.data.weekStart}T00:00:00Z`) : new Date());
  try {
    return Response.json(planJson(await generateWeeklyPlan(user.id, weekStart, db)), { status: 201 });
  } catch (error) {
    if (error instanceof ProfileRequiredError)
      return Response.json({ error: error.message } satisfies TErrorResponse, { status: 409 });
    throw error;
  }
}
