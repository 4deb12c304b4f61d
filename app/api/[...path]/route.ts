// Any /api path no route serves: a JSON 404 (Next's default would be the HTML not-found page), so API clients
// always get an answer they can parse.
import type { TErrorResponse } from "@/lib/schemas/api-responses";

function noSuchRoute(request: Request) {
  const { pathname } = new URL(request.url);
  return Response.json({ error: `No API route at ${pathname}` } satisfies TErrorResponse, { status: 404 });
}

export const GET = noSuchRoute;
export const POST = noSuchRoute;
export const PUT = noSuchRoute;
export const PATCH = noSuchRoute;
export const DELETE = noSuchRoute;
