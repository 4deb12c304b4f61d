// Any /api path no route serves: a JSON 404 (Next's default would be the HTML not-found page), so API clients
// always get an answer they can parse.
import { withRoute } from "@/lib/api/with-route";
import { AppError } from "@/lib/errors/app-error";

const noSuchRoute = withRoute({ auth: "none" }, ({ request }) => {
  throw new AppError("NOT_FOUND", `No API route at ${new URL(request.url).pathname}`);
});

export const GET = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
