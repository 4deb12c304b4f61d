// Every page, API and server-action request gets an id (X-Request-Id) that the handlers' logs and
// instrumentation.ts carry, and a fresh CSP nonce; both are passed on to the app and echoed in the response.
import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/request-id";
import {
  contentSecurityPolicy,
  createNonce,
  CSP_HEADER,
  NONCE_HEADER,
} from "@/lib/security/content-security-policy";
import { bodyTooLarge, declaresTooLargeBody } from "@/lib/security/request-limits";

export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers);
  // Every API body is small JSON; refuse an announced big one before anything reads it (better-auth's
  // routes included, which parse their own bodies). Our routes also stop reading at the cap.
  if (request.nextUrl.pathname.startsWith("/api/") && declaresTooLargeBody(request.headers)) {
    const refused = bodyTooLarge();
    refused.headers.set(REQUEST_ID_HEADER, requestId);
    return refused;
  }
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
