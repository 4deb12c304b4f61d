import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its .wasm/.data files from beside its module; bundling breaks that (PRISMA-OFFLINE.md §5).
  // piscina starts worker threads from its own files, so it must stay outside the bundle too.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "piscina"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
