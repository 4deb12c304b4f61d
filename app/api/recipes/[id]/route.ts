import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZRecipePatchSchema } from "@/lib/schemas/own-recipe";
import { getRecipe } from "@/lib/services/catalogue/get-recipe";
import { deleteOwnRecipe } from "@/lib/services/own-recipes/delete-own-recipe";
import { updateOwnRecipe } from "@/lib/services/own-recipes/update-own-recipe";
import { recipeJson } from "@/app/api/_lib/json";
import { OWN_ITEM_WRITE } from "@/app/api/_lib/own-limits";

// Someone else's own recipe is 404 here exactly like an id that does not exist.
export const GET = withRoute({ auth: "optional", params: ZIdParamSchema }, async ({ params, user }) =>
  recipeJson(await getRecipe({ id: params.id, viewerId: user?.id ?? null })),
);

export const PATCH = withRoute(
  { ...OWN_ITEM_WRITE, body: ZRecipePatchSchema },
  async ({ params, body, user }) =>
    recipeJson(await updateOwnRecipe({ userId: user.id, recipeId: params.id, patch: body })),
);

export const DELETE = withRoute(OWN_ITEM_WRITE, async ({ params, user }) =>
  deleteOwnRecipe({ userId: user.id, recipeId: params.id }),
);
