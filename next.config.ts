import type { NextConfig } from "next";
import { env } from "./lib/env";

/**
 * A Content-Security-Policy without script or style restrictions for now: Next.js injects inline scripts
 * (hydration data) that only a per-request nonce (proxy + dynamic rendering) would let through. What it
 * does lock down needs no nonce: plugins, <base> hijacking, framing (clickjacking) and form targets.
 */
const CONTENT_SECURITY_POLICY = [
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

/**
 * HSTS only for a production build served over https (BETTER_AUTH_URL is the public origin): sent over
 * http://127.0.0.1 it would be ignored at best, and pin a local host to https at worst. Decided when
 * `next build` runs, as all headers() are.
 */
const servesHttps = env.NODE_ENV === "production" && env.BETTER_AUTH_URL?.startsWith("https://") === true;

const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  ...(servesHttps
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // PGlite loads its .wasm/.data files from beside its module; bundling breaks that (PRISMA-OFFLINE.md §5).
  // piscina starts worker threads from its own files, so it must stay outside the bundle too.
  // pino stays outside too: it is a Node logger with worker-thread transports.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "piscina", "pino"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
