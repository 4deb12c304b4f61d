import { withRoute } from "@/lib/api/with-route";
import { AppError } from "@/lib/errors/app-error";
import { ZShoppingRangeQuerySchema } from "@/lib/schemas/plan";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import { shoppingListJson } from "@/app/api/_lib/json";

/** One list for the planned weeks from `from`'s week to `to`'s ("this week and next"). */
export const GET = withRoute(
  { auth: "required", query: ZShoppingRangeQuerySchema },
  async ({ user, query }) => {
    const list = await getShoppingList(user.id, query);
    if (!list) throw AppError.notFound("Plan for those weeks");
    return shoppingListJson(list);
  },
);
