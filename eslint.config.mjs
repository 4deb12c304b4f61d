import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

// The domain core must stay framework- and database-free (docs/ARCHITECTURE.md).
const impureModules = {
  patterns: [
    {
      group: ["next", "next/*"],
      message: "lib/nutrition, lib/planner and lib/shopping are pure: no Next.js.",
    },
    {
      group: ["react", "react/*", "react-dom", "react-dom/*"],
      message: "The domain core is pure: no React.",
    },
    { group: ["server-only", "client-only"], message: "The domain core is pure: it runs anywhere." },
    {
      group: ["@prisma/*", "prisma", "prisma/*", "pg", "@electric-sql/*", "pglite-prisma-adapter"],
      message: "The domain core is pure: no database.",
    },
    {
      group: ["**/lib/db", "**/lib/db/*", "@/lib/db", "@/lib/db/*", "**/db/*"],
      message: "The domain core is pure: load data in lib/services.",
    },
    {
      group: ["**/lib/services", "**/lib/services/*", "@/lib/services", "@/lib/services/*", "**/services/*"],
      message: "The domain core is pure: services depend on it, not the other way round.",
    },
  ],
};

// One import convention (ADR 013): project modules are imported by their path from the root, `@/lib/...`.
const relativeImports = {
  group: ["./*", "../*"],
  message: "Import project modules as @/<path from the root> (ADR 013).",
};
// app/ is glue: it calls services; the database is theirs (docs/ARCHITECTURE.md).
const databaseFromApp = {
  group: ["@/lib/db", "@/lib/db/*"],
  message: "app/ is glue: call a service in lib/services instead of lib/db.",
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "dist/**",
    ".next/**",
    "lib/db/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    "next-env.d.ts",
  ]),
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/consistent-type-imports": "error",
      // `const { id, ...rest } = food` names what it leaves out.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
      "no-restricted-imports": ["error", { patterns: [relativeImports] }],
    },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [relativeImports, databaseFromApp] }] },
  },
  {
    files: ["lib/nutrition/**", "lib/planner/**", "lib/shopping/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [relativeImports, ...impureModules.patterns] }],
    },
  },
  {
    // Only lib/env.ts reads the environment (create-t3-app convention); scripts and tests are tooling.
    files: ["app/**", "components/**", "lib/**"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from lib/env.ts." },
      ],
    },
  },
]);
