import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getRecipe } from "@/lib/services/catalogue/get-recipe";
import { recipeJson } from "@/app/api/_lib/json";

export const GET = withRoute({ auth: "none", params: ZIdParamSchema }, async ({ params }) =>
  recipeJson(await getRecipe(params.id)),
);
