import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZRatingInputSchema } from "@/lib/schemas/memory";
import { listRatings } from "@/lib/services/memory/list-ratings";
import { rateRecipe } from "@/lib/services/memory/rate-recipe";
import { ratingJson } from "@/app/api/_lib/memory-json";

/** The signed-in user's rating of one recipe (null when not rated). */
export const GET = withRoute({ auth: "required", params: ZIdParamSchema }, async ({ user, params }) => {
  const rating = (await listRatings(user.id)).find((r) => r.recipeId === params.id);
  return { recipeId: params.id, rating: rating?.rating ?? null };
});

export const PUT = withRoute(
  { auth: "required", params: ZIdParamSchema, body: ZRatingInputSchema },
  async ({ user, params, body }) =>
    ratingJson(await rateRecipe(user.id, { recipeId: params.id, rating: body.rating })),
);
