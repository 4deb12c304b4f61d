// The parser's targets on the hand-labelled set (bench/parser prints the same numbers and the worst lines):
// food accuracy ≥ 90 %, grams within 20 % ≥ 85 %, headings and "to taste" lines ≥ 95 %.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { parseIngredientLines } from "@/lib/services/recipes/parse-ingredient-lines";
import { loadLabelledLines, scoreParser, TARGETS } from "@/bench/parser/score";
import { openTestDatabase } from "@/tests/setup/test-databases";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase("pglite");
});
afterAll(async () => {
  await db?.close();
});

it("meets the parser's targets on at least 200 labelled lines, in the lines' order", async () => {
  const labels = loadLabelledLines();
  expect(labels.length).toBeGreaterThanOrEqual(200);
  const results = await parseIngredientLines(
    { lines: labels.map((label) => label.line), viewerId: null },
    db,
  );
  expect(results.map((result) => result.line)).toEqual(labels.map((label) => label.line));
  const scores = scoreParser(labels, results);
  const worst = scores.worst.slice(0, 5).map((v) => `${v.label.line} → ${v.got.name} ${v.got.grams} g`);
  expect(scores.food, worst.join("\n")).toBeGreaterThanOrEqual(TARGETS.food);
  expect(scores.grams, worst.join("\n")).toBeGreaterThanOrEqual(TARGETS.grams);
  expect(scores.headings, worst.join("\n")).toBeGreaterThanOrEqual(TARGETS.headings);
});
