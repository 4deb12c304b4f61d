// The parser's targets on the hand-labelled set (bench/parser prints the same numbers and the worst lines):
// food accuracy ≥ 90 %, grams within 20 % ≥ 85 %, headings and "to taste" lines ≥ 95 %. On both engines:
// the candidate foods come from SQL (pg_trgm), which PGlite and Postgres must answer alike.
import { describe, expect, it } from "vitest";
import { parseIngredientLines } from "@/lib/services/recipes/parse-ingredient-lines";
import { loadLabelledLines, scoreParser, TARGETS } from "@/bench/parser/score";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

describe.each(testDatabaseKinds())("the ingredient-line parser on %s", (kind) => {
  const db = useTestDatabase(kind);

  it("meets its targets on at least 200 labelled lines, in the lines' order", async () => {
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
});
