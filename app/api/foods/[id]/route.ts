import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { ZLabelFoodSchema } from "@/lib/schemas/own-food";
import { getFood } from "@/lib/services/catalogue/get-food";
import { deleteOwnFood } from "@/lib/services/own-foods/delete-own-food";
import { updateOwnFood } from "@/lib/services/own-foods/save-own-food";
import { foodJson } from "@/app/api/_lib/json";
import { OWN_ITEM_WRITE } from "@/app/api/_lib/own-limits";

// Someone else's own food is 404 here exactly like an id that does not exist.
export const GET = withRoute({ auth: "optional", params: ZIdParamSchema }, async ({ params, user }) =>
  foodJson(await getFood({ id: params.id, viewerId: user?.id ?? null })),
);

export const PATCH = withRoute(
  { ...OWN_ITEM_WRITE, body: ZLabelFoodSchema },
  async ({ params, body, user }) =>
    foodJson(await updateOwnFood({ userId: user.id, foodId: params.id, label: body })),
);

export const DELETE = withRoute(OWN_ITEM_WRITE, async ({ params, user }) => {
  await deleteOwnFood({ userId: user.id, foodId: params.id });
  return { deleted: true };
});
