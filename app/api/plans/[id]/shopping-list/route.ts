import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZCheckItemsSchema } from "@/lib/schemas/plan";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import { checkShoppingItems } from "@/lib/services/shopping/update-shopping-list";
import { shoppingListJson } from "@/app/api/_lib/json";

export const GET = withRoute({ auth: "required", params: ZIdParamSchema }, async ({ user, params }) =>
  shoppingListJson(await getShoppingList(user.id, { planId: params.id })),
);

/** Checks or unchecks items: `{ "items": [{ "foodId": 12, "checked": true }] }`. */
export const PATCH = withRoute(
  { auth: "required", params: ZIdParamSchema, body: ZCheckItemsSchema },
  async ({ user, params, body }) => {
    await checkShoppingItems(user.id, params.id, body.items);
    return shoppingListJson(await getShoppingList(user.id, { planId: params.id }));
  },
);
