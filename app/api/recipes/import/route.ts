import { withRoute } from "@/lib/api/with-route";
import { env } from "@/lib/env";
import { ZRecipeImportRequestSchema } from "@/lib/schemas/recipe-import";
import { importRecipePage } from "@/lib/services/recipes/import-recipe-page";

export const POST = withRoute(
  {
    auth: "required",
    body: ZRecipeImportRequestSchema,
    rateLimit: {
      name: "recipe-import",
      max: env.RECIPE_IMPORT_RATE_LIMIT_MAX,
      windowMs: 60_000,
      message: "Too many imports: wait a minute and try again.",
    },
  },
  async ({ body }) => importRecipePage({ source: body }),
);
