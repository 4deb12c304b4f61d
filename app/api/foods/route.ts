import type { NextRequest } from "next/server";
import type { TFoodPage } from "@/lib/schemas/api-responses";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { searchParamsToObject, ZFoodListQuerySchema } from "@/lib/schemas/catalogue";
import { badRequest, foodJson } from "@/app/api/_lib/json";

export async function GET(request: NextRequest) {
  const query = ZFoodListQuerySchema.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const { total, items } = await listFoods(query.data);
  return Response.json({
    total,
    limit: query.data.limit,
    offset: query.data.offset,
    items: items.map(foodJson),
  } satisfies TFoodPage);
}
