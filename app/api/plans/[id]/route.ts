import { currentUser } from "@/lib/auth/server";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { badRequest, notFound } from "@/app/api/_lib/json";
import { planJson } from "@/app/api/_lib/plan-json";
import { unauthorized } from "@/app/api/_lib/request";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return unauthorized();
  const parsed = ZIdParamSchema.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  // Another user's plan id answers 404, exactly like one that does not exist.
  const result = await getWeeklyPlan(user.id, { planId: parsed.data.id });
  return result ? Response.json(planJson(result)) : notFound("Plan");
}
