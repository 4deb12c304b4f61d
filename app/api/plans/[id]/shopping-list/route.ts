import type { TShoppingListItem, TShoppingListResponse } from "@/lib/schemas/api-responses";
import { ZCheckItemsSchema } from "@/lib/schemas/plan";
import { getShoppingList, type ShoppingListView } from "@/lib/services/shopping/get-shopping-list";
import { checkShoppingItems } from "@/lib/services/shopping/update-shopping-list";
import { notFound } from "@/app/api/_lib/json";
import { parseJsonBody } from "@/app/api/_lib/request";
import { userAndPlanId } from "@/app/api/_lib/session";

type Context = { params: Promise<{ id: string }> };

function listJson(list: ShoppingListView): TShoppingListResponse {
  return {
    planId: list.plan.id,
    weekStart: list.plan.weekStart,
    householdSize: list.householdSize,
    items: list.items.map(
      ({ foodId, name, grams, display, aisle, checked, inPantry }): TShoppingListItem => ({
        foodId,
        name,
        grams: Math.round(grams),
        display,
        aisle,
        checked,
        inPantry,
      }),
    ),
    extras: list.extras,
  };
}

export async function GET(_request: Request, { params }: Context) {
  const auth = await userAndPlanId(params);
  if ("response" in auth) return auth.response;
  const list = await getShoppingList(auth.user.id, { planId: auth.planId });
  return list ? Response.json(listJson(list)) : notFound("Plan");
}

/** Checks or unchecks items: `{ "items": [{ "foodId": 12, "checked": true }] }`. */
export async function PATCH(request: Request, { params }: Context) {
  const auth = await userAndPlanId(params);
  if ("response" in auth) return auth.response;
  const body = await parseJsonBody(request, ZCheckItemsSchema);
  if ("response" in body) return body.response;
  if (!(await checkShoppingItems(auth.user.id, auth.planId, body.data.items))) return notFound("Plan");
  const list = await getShoppingList(auth.user.id, { planId: auth.planId });
  return list ? Response.json(listJson(list)) : notFound("Plan");
}
