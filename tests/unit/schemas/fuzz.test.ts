// Schema fuzz, the part no family owns: every input schema of lib/schemas belongs to a family with a test
// file of its own (tests/unit/schemas/fuzz-<family>.test.ts, which checks its table lists each of them),
// and FormData becomes plain values whatever its keys. The harness is tests/support/schema-fuzz.ts.
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  SCHEMA_FAMILIES,
  discovered,
  duplicateNames,
  inputModules,
  viaFormData,
} from "@/tests/support/schema-fuzz";

describe("schema discovery", () => {
  it("finds the schema modules and imports them", () => {
    expect(inputModules.length).toBeGreaterThan(0);
    expect(discovered.size).toBeGreaterThan(0);
    expect(duplicateNames, "schema export names are unique across modules").toEqual([]);
  });

  it("puts every module with an input schema in exactly one family", () => {
    const withSchemas = [...new Set([...discovered.values()].map(({ module }) => module))].sort();
    const claimed = Object.values(SCHEMA_FAMILIES).flat();
    expect([...claimed].sort()).toEqual(withSchemas);
    expect(new Set(claimed).size, "no module is in two families").toBe(claimed.length);
  });

  it("has a test file for every family", () => {
    for (const family of Object.keys(SCHEMA_FAMILIES))
      expect(existsSync(new URL(`fuzz-${family}.test.ts`, import.meta.url)), family).toBe(true);
  });
});

describe("formDataToObject", () => {
  it("keeps repeated keys as arrays, drops blanks and Next's $ACTION fields", () => {
    expect(
      viaFormData([
        ["a", "1"],
        ["b", ""],
        ["c", "x"],
        ["c", ""],
        ["$ACTION_ID_abc", "z"],
      ]),
    ).toEqual({ a: "1", c: ["x", ""] });
  });

  it("treats keys named like Object.prototype members as ordinary fields", () => {
    const values = viaFormData([
      ["toString", "t"],
      ["__proto__", "p"],
      ["__proto__", "q"],
      ["constructor", "c"],
    ]);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.entries(values)).toEqual([
      ["toString", "t"],
      ["__proto__", ["p", "q"]],
      ["constructor", "c"],
    ]);
  });
});
