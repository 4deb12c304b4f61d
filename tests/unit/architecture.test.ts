// The rules of docs/ARCHITECTURE.md that a machine can check: lint enforces the import rules (proved here by
// linting offending code), and every route handler goes through the one wrapper.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own config, without type information: the import and process.env rules checked here need
// none, and building the whole program's types first costs about as much as a typecheck.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: false } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-misused-promises": "off",
    },
  },
});
const lintRulesHit = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId);
};

describe("lint enforces the layers", { timeout: 60_000 }, () => {
  it.each([
    [
      "lib/nutrition/units.ts",
      'import { NextResponse } from "next/server";\nexport const x = NextResponse;\n',
    ],
    ["lib/nutrition/diet.ts", 'import { useState } from "react";\nexport const x = useState;\n'],
    ["lib/planner/score.ts", 'import { getDatabase } from "@/lib/db";\nexport const x = getDatabase;\n'],
    [
      "lib/shopping/csv.ts",
      'import { PrismaClient } from "@prisma/client";\nexport const x = PrismaClient;\n',
    ],
    [
      "lib/nutrition/types.ts",
      'import { listFoods } from "@/lib/services/catalogue/list-foods";\nexport const x = listFoods;\n',
    ],
  ])("%s: an impure import in the domain core fails lint", async (filePath, code) => {
    expect(await lintRulesHit(filePath, code)).toContain("no-restricted-imports");
  });

  it.each([
    ["app/plan/page.tsx", 'import { findPlan } from "@/lib/db/plans";\nexport const x = findPlan;\n'],
    ["app/api/foods/route.ts", 'import { getDatabase } from "@/lib/db";\nexport const x = getDatabase;\n'],
  ])("%s: app/ importing lib/db fails lint (app/ is glue)", async (filePath, code) => {
    expect(await lintRulesHit(filePath, code)).toContain("no-restricted-imports");
  });

  it.each([
    ["lib/nutrition/diet.ts", 'import { DIETS } from "./types";\nexport const x = DIETS;\n'],
    [
      "lib/services/catalogue/get-food.ts",
      'import { getDatabase } from "../../db";\nexport const x = getDatabase;\n',
    ],
    ["tests/unit/openapi.test.ts", 'import { env } from "../../lib/env";\nexport const x = env;\n'],
  ])("%s: a relative import fails lint (one import convention)", async (filePath, code) => {
    expect(await lintRulesHit(filePath, code)).toContain("no-restricted-imports");
  });

  it("reading process.env outside lib/env.ts fails lint", async () => {
    const rules = await lintRulesHit(
      "lib/services/catalogue/list-foods.ts",
      "export const x = process.env.DATABASE_URL;\n",
    );
    expect(rules).toContain("no-restricted-properties");
  });
});

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("every route handler uses the one wrapper", () => {
  // better-auth serves its own routes (its handler has its own errors, limits and cookies).
  const OWN_HANDLER = [path.join("app", "api", "auth", "[...all]", "route.ts")];

  it.each(routeFiles(path.join("app", "api")).filter((file) => !OWN_HANDLER.includes(file)))("%s", (file) => {
    const source = readFileSync(file, "utf8");
    const exported = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
    expect(exported.length, "exports its methods as constants").toBeGreaterThan(0);
    expect(source).toMatch(/withRoute\(/);
    expect(source, "no hand-written handler function").not.toMatch(
      /export (async )?function (GET|POST|PUT|PATCH|DELETE)/,
    );
  });
});
