// lib/nutrition is pure: it may import only its own files (and zod).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIR = fileURLToPath(new URL("../../../lib/nutrition/", import.meta.url));
const files = readdirSync(DIR).filter((f) => f.endsWith(".ts"));
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;

describe("lib/nutrition purity", () => {
  it.each(files)("%s imports only ./ files or zod", (file) => {
    const source = readFileSync(DIR + file, "utf8");
    const specifiers = [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const spec of specifiers) {
      expect(spec === "zod" || /^\.\/[\w-]+(\.js|\.ts)?$/.test(spec ?? ""), `${file} imports ${spec}`).toBe(
        true,
      );
    }
  });
});
