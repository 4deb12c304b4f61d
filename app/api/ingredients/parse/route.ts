import { withRoute } from "@/lib/api/with-route";
import { ZIngredientParseRequestSchema } from "@/lib/schemas/recipe-import";
import type { TIngredientParseResponse } from "@/lib/schemas/recipe-import-responses";
import { parseIngredientLines } from "@/lib/services/recipes/parse-ingredient-lines";

export const POST = withRoute(
  {
    auth: "required",
    body: ZIngredientParseRequestSchema,
    rateLimit: {
      name: "ingredient-parse",
      max: 60,
      windowMs: 60_000,
      message: "Too many ingredient lists: wait a minute and try again.",
    },
  },
  async ({ body, user }) =>
    ({
      items: await parseIngredientLines({ lines: body.lines, viewerId: user.id }),
    }) satisfies TIngredientParseResponse,
);
