import { shoppingListCsv } from "@/lib/shopping/csv";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import { notFound } from "@/app/api/_lib/json";
import { userAndPlanId } from "@/app/api/_lib/session";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await userAndPlanId(params);
  if ("response" in auth) return auth.response;
  const list = await getShoppingList(auth.user.id, { planId: auth.planId });
  if (!list) return notFound("Plan");
  return new Response(shoppingListCsv(list, list.extras), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="nutriweek-shopping-${list.plan.weekStart}.csv"`,
    },
  });
}
