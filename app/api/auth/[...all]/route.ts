import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/server";

/** better-auth's own 429 names the wait only in X-Retry-After; clients and proxies read Retry-After. */
function withRetryAfter(response: Response): Response {
  const wait = response.headers.get("x-retry-after");
  if (response.status === 429 && wait && !response.headers.has("retry-after")) {
    response.headers.set("retry-after", wait);
  }
  return response;
}

export const { GET, POST } = toNextJsHandler(async (request: Request) =>
  withRetryAfter(await (await getAuth()).handler(request)),
);
