import { getRecipe } from "@/lib/services/catalogue/get-recipe";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { badRequest, notFound, recipeJson } from "@/app/api/_lib/json";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = ZIdParamSchema.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const recipe = await getRecipe(parsed.data.id);
  return recipe ? Response.json(recipeJson(recipe)) : notFound("Recipe");
}
