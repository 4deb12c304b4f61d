import { getFood } from "@/lib/services/catalogue/get-food";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { badRequest, foodJson, notFound } from "@/app/api/_lib/json";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = ZIdParamSchema.safeParse(await params);
  if (!parsed.success) return badRequest(parsed.error);
  const food = await getFood(parsed.data.id);
  return food ? Response.json(foodJson(food)) : notFound("Food");
}
