// npm run bench:parser — the ingredient-line parser against the hand-labelled set, on a fresh in-memory
// PGlite with the seed catalogue (the trigram candidates as in production). Prints food accuracy, grams
// within 20 %, headings and "to taste" lines, and the worst lines; exits 1 when a target is missed.
import { openDatabase } from "@/lib/db/client";
import { seedCatalogue } from "@/lib/db/seed";
import { loadSeedCatalogue } from "@/lib/db/seed-data";
import { parseIngredientLines } from "@/lib/services/recipes/parse-ingredient-lines";
import { loadLabelledLines, scoreParser, TARGETS } from "@/bench/parser/score";

const percent = (rate: number) => `${(rate * 100).toFixed(1)} %`;

async function main() {
  const db = await openDatabase({ kind: "pglite" });
  await seedCatalogue(db, loadSeedCatalogue());
  const labels = loadLabelledLines();
  const started = performance.now();
  const results = await parseIngredientLines(
    { lines: labels.map((label) => label.line), viewerId: null },
    db,
  );
  const elapsed = performance.now() - started;
  await db.close();
  const scores = scoreParser(labels, results);
  console.log(`${labels.length} labelled lines, parsed in ${elapsed.toFixed(0)} ms`);
  const rows = [
    ["food accuracy", scores.food, TARGETS.food, scores.counts.food],
    ["grams within 20 %", scores.grams, TARGETS.grams, scores.counts.grams],
    ["headings and to-taste", scores.headings, TARGETS.headings, scores.counts.headings],
  ] as const;
  for (const [name, rate, target, count] of rows) {
    console.log(
      `${name.padEnd(24)} ${percent(rate).padStart(8)}  (target ${percent(target)}, ${count} lines) ${rate >= target ? "met" : "MISSED"}`,
    );
  }
  console.log("\nworst lines:");
  for (const v of scores.worst) {
    const expected = `${(v.label.ndbNos ?? []).join("/") || v.label.kind} ${v.label.grams ?? "-"} g`;
    const got = `${v.got.ndbNo ?? "none"} ${v.got.name ?? ""} ${v.got.grams ?? "-"} g (${v.got.confidence})`;
    console.log(`  ${v.label.line.padEnd(58)} want ${expected.padEnd(22)} got ${got}`);
  }
  if (rows.some(([, rate, target]) => rate < target)) process.exitCode = 1;
}

await main();
