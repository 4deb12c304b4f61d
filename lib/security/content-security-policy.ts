// The Content-Security-Policy of every response, built per request by proxy.ts.
//
// Scripts: only those carrying this request's nonce, plus what they load ('strict-dynamic'), so an injected
// <script> or inline handler never runs. Next.js reads the nonce from this header on the request and puts it
// on its own scripts; that needs dynamic rendering, which the root layout asks for.
// Styles keep 'unsafe-inline': React style attributes and the toast library's injected <style> need it, and
// CSS cannot run code.

export const CSP_HEADER = "content-security-policy";
export const NONCE_HEADER = "x-nonce";

/** 128 random bits, base64: unguessable and unique per request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    // React's dev tooling evaluates code (call stacks, fast refresh); production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    // The shopping list's offline service worker (public/sw.js).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}
