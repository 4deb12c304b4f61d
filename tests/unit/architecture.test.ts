import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The pure domain core must not depend on frameworks or the database; lint enforces it.
describe("lint keeps the domain core pure", { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: process.cwd() });

  it.each([
    [
      "lib/nutrition/units.ts",
      'import { NextResponse } from "next/server";\nexport const x = NextResponse;\n',
    ],
    ["lib/nutrition/diet.ts", 'import { useState } from "react";\nexport const x = useState;\n'],
    ["lib/nutrition/badges.ts", 'import { getDatabase } from "@/lib/db";\nexport const x = getDatabase;\n'],
    [
      "lib/nutrition/types.ts",
      'import { PrismaClient } from "@prisma/client";\nexport const x = PrismaClient;\n',
    ],
  ])("%s: an impure import fails lint", async (filePath, code) => {
    const [result] = await eslint.lintText(code, { filePath });
    const rules = result!.messages.map((message) => message.ruleId);
    expect(rules).toContain("no-restricted-imports");
  });

  it("allows relative imports inside the core", async () => {
    const [result] = await eslint.lintText(
      'import { DIETS } from "@/tests/unit/types";\nexport const x = DIETS;\n',
      {
        filePath: "lib/nutrition/diet.ts",
      },
    );
    expect(result!.messages.filter((message) => message.ruleId === "no-restricted-imports")).toEqual([]);
  });
});
