import { json, withRoute } from "@/lib/api/with-route";
import { isoDate } from "@/lib/planner/week";
import { ZSupplementInputSchema } from "@/lib/schemas/memory";
import { addSupplement } from "@/lib/services/memory/add-supplement";
import { listSupplements } from "@/lib/services/memory/list-supplements";
import { supplementJson } from "@/app/api/_lib/memory-json";

export const GET = withRoute({ auth: "required" }, async ({ user }) => {
  const today = isoDate(new Date());
  return { supplements: (await listSupplements(user.id)).map((s) => supplementJson(s, today)) };
});

export const POST = withRoute({ auth: "required", body: ZSupplementInputSchema }, async ({ user, body }) =>
  json(supplementJson(await addSupplement(user.id, body), isoDate(new Date())), 201),
);
