import { withRoute } from "@/lib/api/with-route";
import type { TRecipePage } from "@/lib/schemas/api-responses";
import { ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { recipeJson } from "@/app/api/_lib/json";

export const GET = withRoute({ auth: "none", query: ZRecipeListQuerySchema }, async ({ query }) => {
  const { total, items } = await listRecipes(query);
  return {
    total,
    limit: query.limit,
    offset: query.offset,
    items: items.map(recipeJson),
  } satisfies TRecipePage;
});
