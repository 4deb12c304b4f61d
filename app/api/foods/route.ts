import { withRoute } from "@/lib/api/with-route";
import type { TFoodPage } from "@/lib/schemas/api-responses";
import { ZFoodListQuerySchema } from "@/lib/schemas/catalogue";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { foodJson } from "@/app/api/_lib/json";

export const GET = withRoute({ auth: "none", query: ZFoodListQuerySchema }, async ({ query }) => {
  const { total, items } = await listFoods(query);
  return { total, limit: query.limit, offset: query.offset, items: items.map(foodJson) } satisfies TFoodPage;
});
