import { getDatabase } from "@/lib/db";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { env } from "@/lib/env";
import { ZProfileSchema } from "@/lib/schemas/profile";
import { previewPlan } from "@/lib/services/planning/preview-plan";
import { tooManyRequests } from "@/app/api/_lib/json";
import { planViewJson } from "@/app/api/_lib/plan-json";
import { clientIp, parseJsonBody } from "@/app/api/_lib/request";

/** A plan for a profile sent as JSON, without an account and without saving anything. */
export async function POST(request: Request) {
  const db = await getDatabase();
  const limit = await hitRateLimit(db, `plan-preview|${clientIp(request)}`, env.PLAN_RATE_LIMIT_MAX, 60_000);
  if (!limit.allowed) {
    return tooManyRequests("Too many plan previews; try again in a minute.", limit.retryAfterSeconds);
  }
  const body = await parseJsonBody(request, ZProfileSchema);
  if ("response" in body) return body.response;
  const { view, solver, profileWarnings, violations } = await previewPlan(body.data, db);
  return Response.json(planViewJson(view, solver, profileWarnings, violations));
}
