import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Services import "server-only"; under test they run in plain Node.
      "server-only": path.join(root, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        // 30 s, not 5 s: in `npm test` the production build shares the 2 cores with these (ADR 024), and
        // the property tests over the seed catalogue are CPU-bound.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/integration-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
