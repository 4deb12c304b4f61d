import { json, withRoute } from "@/lib/api/with-route";
import type { TFoodPage } from "@/lib/schemas/api-responses";
import { ZFoodListQuerySchema } from "@/lib/schemas/catalogue";
import { ZLabelFoodSchema } from "@/lib/schemas/own-food";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { createOwnFood } from "@/lib/services/own-foods/save-own-food";
import { foodJson } from "@/app/api/_lib/json";
import { OWN_WRITE_LIMIT } from "@/app/api/_lib/own-limits";

// Signed in, a search finds the user's own foods too (first); signed out, the catalogue only.
export const GET = withRoute({ auth: "optional", query: ZFoodListQuerySchema }, async ({ query, user }) => {
  const { total, items } = await listFoods({ ...query, viewerId: user?.id ?? null });
  return { total, limit: query.limit, offset: query.offset, items: items.map(foodJson) } satisfies TFoodPage;
});

export const POST = withRoute(
  { auth: "required", body: ZLabelFoodSchema, rateLimit: OWN_WRITE_LIMIT },
  async ({ body, user }) => json(foodJson(await createOwnFood({ userId: user.id, label: body })), 201),
);
