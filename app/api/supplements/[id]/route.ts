import { withRoute } from "@/lib/api/with-route";
import { isoDate } from "@/lib/planner/week";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZSupplementPatchSchema } from "@/lib/schemas/memory";
import { deleteSupplement } from "@/lib/services/memory/delete-supplement";
import { updateSupplement } from "@/lib/services/memory/update-supplement";
import { supplementJson } from "@/app/api/_lib/memory-json";

// Another user's supplement id answers 404, exactly like one that does not exist.
export const PATCH = withRoute(
  { auth: "required", params: ZIdParamSchema, body: ZSupplementPatchSchema },
  async ({ user, params, body }) =>
    supplementJson(await updateSupplement(user.id, params.id, body), isoDate(new Date())),
);

export const DELETE = withRoute({ auth: "required", params: ZIdParamSchema }, async ({ user, params }) => {
  await deleteSupplement(user.id, params.id);
  return new Response(null, { status: 204 });
});
