import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { shoppingListCsv } from "@/lib/shopping/csv";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";

export const GET = withRoute({ auth: "required", params: ZIdParamSchema }, async ({ user, params }) => {
  const list = await getShoppingList(user.id, { planId: params.id });
  return new Response(shoppingListCsv(list, list.extras), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="nutriweek-shopping-${list.plan.weekStart}.csv"`,
    },
  });
});
