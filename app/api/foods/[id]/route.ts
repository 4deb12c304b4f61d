import { withRoute } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getFood } from "@/lib/services/catalogue/get-food";
import { foodJson } from "@/app/api/_lib/json";

export const GET = withRoute({ auth: "none", params: ZIdParamSchema }, async ({ params }) =>
  foodJson(await getFood(params.id)),
);
