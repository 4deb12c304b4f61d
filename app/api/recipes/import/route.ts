import { withRoute } from "@/lib/api/with-route";
import { recipeImportLimit } from "@/app/api/_lib/import-limits";
import { ZRecipeImportRequestSchema } from "@/lib/schemas/recipe-import";
import { importRecipePage } from "@/lib/services/recipes/import-recipe-page";

export const POST = withRoute(
  {
    auth: "required",
    body: ZRecipeImportRequestSchema,
    rateLimit: recipeImportLimit(),
  },
  async ({ body, user }) => importRecipePage({ source: body, viewerId: user.id }),
);
