import { withRoute } from "@/lib/api/with-route";
import { listRatings } from "@/lib/services/memory/list-ratings";
import { ratingJson } from "@/app/api/_lib/memory-json";

/** Every dish rating of the signed-in user. */
export const GET = withRoute({ auth: "required" }, async ({ user }) => ({
  ratings: (await listRatings(user.id)).map(ratingJson),
}));
