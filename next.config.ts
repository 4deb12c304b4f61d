import type { NextConfig } from "next";
import { env } from "@/lib/env";

/**
 * HSTS only for a production build served over https (BETTER_AUTH_URL is the public origin): sent over
 * http://127.0.0.1 it would be ignored at best, and pin a local host to https at worst. Decided when
 * `next build` runs, as all headers() are.
 */
const servesHttps = env.NODE_ENV === "production" && env.BETTER_AUTH_URL?.startsWith("https://") === true;

// The Content-Security-Policy carries a per-request nonce, so proxy.ts sets it.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
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
  experimental: {
    // Our forms send a few hundred bytes; Next's default of 1 MB per server action is far more than needed.
    // Origin checks of server actions stay on (no allowedOrigins); proxy.ts checks Origin first (ADR 016).
    serverActions: { bodySizeLimit: "64kb" },
    // proxy.ts counts API and server-action bodies against 64 KB (lib/security/request-limits.ts); the copy
    // Next makes for it is cut at this size, so a huge upload is never buffered whole (default 10 MB).
    proxyClientMaxBodySize: "128kb",
    // The test build (fresh clone, built once) would write a cache no later build reads (ADR 024).
    turbopackFileSystemCacheForBuild: !env.TEST_BUILD,
  },
  typedRoutes: false,
  // scripts/test.sh runs `tsc --noEmit` over the whole project before it builds, so its build skips Next's
  // second pass over the same files (ADR 024). Every other `next build` (a deployment's) still checks types.
  typescript: { ignoreBuildErrors: env.TEST_BUILD },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
