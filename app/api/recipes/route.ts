import type { NextRequest } from "next/server";
import type { TRecipePage } from "@/lib/schemas/api-responses";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { searchParamsToObject, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { badRequest, recipeJson } from "@/app/api/_lib/json";

export async function GET(request: NextRequest) {
  const query = ZRecipeListQuerySchema.safeParse(searchParamsToObject(request.nextUrl.searchParams));
  if (!query.success) return badRequest(query.error);
  const { total, items } = await listRecipes(query.data);
  return Response.json({
    total,
    limit: query.data.limit,
    offset: query.data.offset,
    items: items.map(recipeJson),
  } satisfies TRecipePage);
}
