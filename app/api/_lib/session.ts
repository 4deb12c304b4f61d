import { currentUser, type SessionUser } from "@/lib/auth/server";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { badRequest } from "@/app/api/_lib/json";
import { unauthorized } from "@/app/api/_lib/request";

/** The signed-in user and a valid plan id from the route, or the 401/400 response to send. */
export async function userAndPlanId(
  params: Promise<{ id: string }>,
): Promise<{ user: SessionUser; planId: number } | { response: Response }> {
  const user = await currentUser();
  if (!user) return { response: unauthorized() };
  const parsed = ZIdParamSchema.safeParse(await params);
  if (!parsed.success) return { response: badRequest(parsed.error) };
  return { user, planId: parsed.data.id };
}
