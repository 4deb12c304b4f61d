// Every page, API and server-action request gets an id (X-Request-Id) that the handlers' logs and
// instrumentation.ts carry, and a fresh CSP nonce; both are passed on to the app and echoed in the response.
// Before that, requests no route should see are refused here (lib/security/request-guard.ts, ADR 016):
// state changes from other sites, non-JSON API bodies, and bodies over the cap, declared or streamed.
import { NextResponse, type NextRequest } from "next/server";
import { errorResponse } from "@/lib/api/error-response";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import {
  contentSecurityPolicy,
  createNonce,
  CSP_HEADER,
  NONCE_HEADER,
} from "@/lib/security/content-security-policy";
import { bodyLimitApplies, originsOf, refusalFor, type Refusal } from "@/lib/security/request-guard";
import { bodyTooLargeError, MAX_JSON_BODY_BYTES, streamExceeds } from "@/lib/security/request-limits";

const CONFIGURED_ORIGINS = originsOf([env.BETTER_AUTH_URL, ...env.BETTER_AUTH_TRUSTED_ORIGINS]);

/** The API's error shape (one AppError), for API routes and server actions alike. */
function refuse({ status, error }: Refusal, requestId: string): Response {
  const refusal =
    status === 413
      ? bodyTooLargeError()
      : status === 403
        ? new AppError("FORBIDDEN", error, { fieldErrors: [{ field: "(origin)", message: error }] })
        : new AppError("UNSUPPORTED_MEDIA_TYPE", error, {
            fieldErrors: [{ field: "(content-type)", message: error }],
          });
  const response = errorResponse(refusal);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function refusalOf(request: NextRequest): Promise<Refusal | null> {
  const facts = {
    method: request.method,
    pathname: request.nextUrl.pathname,
    headers: request.headers,
    // Without a configured origin (next dev), the origin the request itself was sent to.
    allowedOrigins: CONFIGURED_ORIGINS.size ? CONFIGURED_ORIGINS : new Set([request.nextUrl.origin]),
  };
  const refusal = refusalFor(facts);
  if (refusal || !bodyLimitApplies(facts)) return refusal;
  // Next hands proxy.ts a copy of the body (cut at experimental.proxyClientMaxBodySize) and the route the
  // rest; a chunked body announces no length, so it is counted here.
  return (await streamExceeds(request.body, MAX_JSON_BODY_BYTES))
    ? { status: 413, error: `Request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB` }
    : null;
}

export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  const refusal = await refusalOf(request);
  if (refusal) return refuse(refusal, requestId);

  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set(NONCE_HEADER, nonce);
  headers.set(CSP_HEADER, policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set(CSP_HEADER, policy);
  return response;
}

export const config = {
  // Not for static files and images: they log nothing and run no script.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt)$).*)"],
};
