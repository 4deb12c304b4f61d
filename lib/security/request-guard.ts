// What proxy.ts refuses before any route, page or server action runs (ADR 016). Pure: headers in, a
// refusal or null out.
import { declaresTooLargeBody, MAX_JSON_BODY_BYTES } from "@/lib/security/request-limits";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RequestFacts {
  method: string;
  pathname: string;
  headers: Headers;
  /** Origins whose pages may send state-changing requests (BETTER_AUTH_URL and trusted origins). */
  allowedOrigins: ReadonlySet<string>;
}

export interface Refusal {
  status: 403 | 413 | 415;
  error: string;
}

/** The JSON API and better-auth's routes. */
const isApi = (pathname: string) => pathname.startsWith("/api/");

/** A server action: a POST to a page, named by Next's Next-Action header. */
const isServerAction = ({ method, headers }: Pick<RequestFacts, "method" | "headers">) =>
  method === "POST" && headers.has("next-action");

/** Requests whose body proxy.ts reads against the cap (see bodyLimitApplies). */
export function bodyLimitApplies(facts: Pick<RequestFacts, "method" | "pathname" | "headers">): boolean {
  return STATE_CHANGING.has(facts.method) && (isApi(facts.pathname) || isServerAction(facts));
}

function hasBody(headers: Headers): boolean {
  return headers.has("transfer-encoding") || Number(headers.get("content-length") ?? 0) > 0;
}

const isJson = (contentType: string | null) =>
  contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";

/**
 * A page of another site (or a sandboxed, "null" one) must not change anything on the signed-in user's
 * behalf. Browsers send Origin on every cross-origin POST, and Sec-Fetch-Site says cross-site even where
 * Origin is missing; a request with neither is no browser's and carries no victim's cookies.
 */
function foreignOrigin(headers: Headers, allowedOrigins: ReadonlySet<string>): string | null {
  const origin = headers.get("origin");
  if (origin === "null") return "a sandboxed page (Origin: null)";
  if (origin && !allowedOrigins.has(origin)) return `another site (${origin.slice(0, 100)})`;
  if (headers.get("sec-fetch-site") === "cross-site") return "another site";
  return null;
}

export function refusalFor(facts: RequestFacts): Refusal | null {
  const { method, pathname, headers } = facts;
  const api = isApi(pathname);
  const action = isServerAction(facts);
  if ((api || action) && declaresTooLargeBody(headers)) {
    return { status: 413, error: `Request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB` };
  }
  if (!STATE_CHANGING.has(method) || !(api || action)) return null;
  const foreign = foreignOrigin(headers, facts.allowedOrigins);
  if (foreign) return { status: 403, error: `Requests from ${foreign} may not change anything here` };
  // A form or text/plain body is what a cross-site form can send without asking; JSON needs CORS consent.
  if (api && (hasBody(headers) || headers.has("content-type")) && !isJson(headers.get("content-type"))) {
    return { status: 415, error: "Send the request body as application/json" };
  }
  return null;
}

/** Origins as the Origin header spells them ("http://127.0.0.1:3000"), from configured URLs. */
export function originsOf(urls: readonly (string | undefined)[]): Set<string> {
  const origins = new Set<string>();
  for (const url of urls) {
    if (!url) continue;
    try {
      origins.add(new URL(url).origin);
    } catch {
      // lib/env.ts validated BETTER_AUTH_URL; a malformed trusted origin simply allows nothing.
    }
  }
  return origins;
}
