import { json, withRoute } from "@/lib/api/with-route";
import type { TRecipePage } from "@/lib/schemas/api-responses";
import { ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { ZRecipeDraftSchema } from "@/lib/schemas/own-recipe";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { createOwnRecipe } from "@/lib/services/own-recipes/create-own-recipe";
import { recipeJson } from "@/app/api/_lib/json";
import { OWN_WRITE_LIMIT } from "@/app/api/_lib/own-limits";

// Signed in, the list has the user's own recipes first (and is private, no-store); signed out, the catalogue.
export const GET = withRoute({ auth: "optional", query: ZRecipeListQuerySchema }, async ({ query, user }) => {
  const { total, items } = await listRecipes({ ...query, viewerId: user?.id ?? null });
  return {
    total,
    limit: query.limit,
    offset: query.offset,
    items: items.map(recipeJson),
  } satisfies TRecipePage;
});

export const POST = withRoute(
  { auth: "required", body: ZRecipeDraftSchema, rateLimit: OWN_WRITE_LIMIT },
  async ({ body, user }) => json(recipeJson(await createOwnRecipe({ userId: user.id, draft: body })), 201),
);
