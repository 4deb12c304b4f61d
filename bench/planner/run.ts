// npm run bench:planner [-- --sizes 200,1000 --kinds real,lean --ref-limit-ms 5000 --repeats 3 --foods 5000]
//
// For each catalogue kind and size: the planner (warm HiGHS), a reference solve of the same model
// without pruning and with a long time limit, and two baselines (random per slot, greedy filler),
// all scored from the plans' dishes. Prints a table per size and its targets, met or not (docs/PLANNER.md).
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";
import { buildCatalogue } from "@/bench/planner/catalogue";
import { benchProfiles, requestFor, type BenchProfile } from "@/bench/planner/profiles";
import { greedyPlan, randomPlan } from "@/lib/planner/baselines";
import { getHighs, warmUpPlanner } from "@/lib/planner/highs";
import { planWeekWith } from "@/lib/planner/plan-week";
import { referenceSolve } from "@/lib/planner/reference";
import { scorePlan, type PlanScore } from "@/lib/planner/score";
import type { PlanDay } from "@/lib/planner/types";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const SIZES = arg("sizes", "200,1000").split(",").map(Number);
const KINDS = arg("kinds", "real,lean").split(",") as ("real" | "lean")[];
const REF_LIMIT_MS = Number(arg("ref-limit-ms", "5000"));
const REPEATS = Number(arg("repeats", "3"));
const FOODS = Number(arg("foods", "5000"));
const RANDOM_SEEDS = 5;

let peakRss = 0;
const sampleMemory = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
};
const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : "-");

interface Row {
  name: string;
  ms: number[];
  objective: number[];
  gapToRef: number[];
  adequacy: number[];
  coverage: number[];
  hard: number;
  daysBelowHalf: number;
}
const row = (name: string): Row => ({
  name,
  ms: [],
  objective: [],
  gapToRef: [],
  adequacy: [],
  coverage: [],
  hard: 0,
  daysBelowHalf: 0,
});
const record = (r: Row, s: PlanScore, ms: number, refObjective: number) => {
  r.ms.push(ms);
  r.objective.push(s.objective.total);
  r.gapToRef.push(s.objective.total - refObjective);
  if (s.flaggedAdequacy !== null) r.adequacy.push(s.flaggedAdequacy);
  if (s.flaggedCoveragePercent !== null) r.coverage.push(s.flaggedCoveragePercent);
  r.hard += s.hardRulesBroken;
  r.daysBelowHalf += s.flaggedDaysBelowHalfRda;
};

/** Favoured-nutrient coverage of `days` for the favoured set of `flaggedProfile`. */
function coverageFor(
  days: PlanDay[],
  flaggedProfile: BenchProfile,
  dishes: Parameters<typeof requestFor>[1],
) {
  return scorePlan({ days }, requestFor(flaggedProfile, dishes)).flaggedCoveragePercent ?? NaN;
}

async function main() {
  const t0 = performance.now();
  const seed = loadSeedCatalogue();
  await warmUpPlanner();
  const highs = await getHighs();
  const profiles = benchProfiles();
  const targets: string[] = [];
  console.log(
    `planner benchmark: sizes ${SIZES.join(", ")}, kinds ${KINDS.join(", ")}, ${profiles.length} profiles, ` +
      `${REPEATS} timed runs each, reference limit ${REF_LIMIT_MS} ms, node ${process.version}`,
  );

  for (const kind of KINDS) {
    for (const size of SIZES) {
      const cat = buildCatalogue(seed, { foods: FOODS, dishes: size, kind });
      const dishes = cat.dishes;
      const rows = {
        planner: row("planner (2-stage)"),
        ref: row("reference"),
        greedy: row("greedy"),
        random: row("random"),
      };
      let withinOnePoint = 0;
      let flaggedCases = 0;
      let greedyBeaten = 0;
      const uplift = { planner: [] as number[], random: [] as number[] };
      const misses: string[] = [];
      const coverageBound: number[] = [];
      const unflaggedCov: number[] = [];

      for (const p of profiles) {
        const req = requestFor(p, dishes);
        const ref = referenceSolve(highs, req, REF_LIMIT_MS);
        sampleMemory();
        const refScore = scorePlan({ days: ref.days }, req);
        record(rows.ref, refScore, ref.ms, ref.objective);

        let plan = planWeekWith(highs, req);
        const times = [plan.solver.ms];
        for (let i = 1; i < REPEATS; i++) {
          plan = planWeekWith(highs, req);
          times.push(plan.solver.ms);
        }
        sampleMemory();
        const s = scorePlan(plan, req);
        for (const ms of times) rows.planner.ms.push(ms);
        rows.planner.objective.push(s.objective.total);
        rows.planner.gapToRef.push(s.objective.total - ref.objective);
        if (s.flaggedAdequacy !== null) rows.planner.adequacy.push(s.flaggedAdequacy);
        if (s.flaggedCoveragePercent !== null) rows.planner.coverage.push(s.flaggedCoveragePercent);
        rows.planner.hard += s.hardRulesBroken;
        rows.planner.daysBelowHalf += s.flaggedDaysBelowHalfRda;

        const tg = performance.now();
        const greedy = greedyPlan(req);
        const gs = scorePlan({ days: greedy }, req);
        record(rows.greedy, gs, performance.now() - tg, ref.objective);
        if (
          s.objective.total < gs.objective.total - 1e-9 ||
          (s.objective.total <= gs.objective.total && s.hardRulesBroken < gs.hardRulesBroken)
        )
          greedyBeaten++;
        else
          misses.push(
            `greedy not beaten on ${p.name} (${f(s.objective.total, 3)} vs ${f(gs.objective.total, 3)})`,
          );

        const randomScores: PlanScore[] = [];
        for (let r = 1; r <= RANDOM_SEEDS; r++) {
          const tr = performance.now();
          const days = randomPlan(req, r);
          const rs = scorePlan({ days }, req);
          randomScores.push(rs);
          record(rows.random, rs, performance.now() - tr, ref.objective);
        }

        if (p.favoured.length > 0) {
          flaggedCases++;
          // The reference is the same model solved without pruning and with the long limit.
          const refCoverage = refScore.flaggedCoveragePercent ?? 100;
          const cov = s.flaggedCoveragePercent ?? 0;
          coverageBound.push(ref.coverageUpperBound ?? 100);
          if (cov >= refCoverage - 1) withinOnePoint++;
          else misses.push(`${p.name}: coverage ${f(cov)} vs reference ${f(refCoverage)}`);
          // Uplift: coverage of the favoured nutrients when flagged minus when not flagged.
          const noFlags = { ...p, favoured: [] };
          const unflaggedPlan = planWeekWith(highs, requestFor(noFlags, dishes));
          const covUnflagged = coverageFor(unflaggedPlan.days, p, dishes);
          unflaggedCov.push(covUnflagged);
          uplift.planner.push(cov - covUnflagged);
          // A random plan ignores flags: its uplift is the same profile planned with and without.
          const rFlag = mean(randomScores.map((x) => x.flaggedCoveragePercent ?? 0));
          const rNo = mean(
            Array.from({ length: RANDOM_SEEDS }, (_, i) =>
              coverageFor(randomPlan(requestFor(noFlags, dishes), i + 1), p, dishes),
            ),
          );
          uplift.random.push(rFlag - rNo);
        }
      }

      const header = `\n### ${kind} catalogue, ${size} dishes (${FOODS} foods)\n`;
      console.log(header);
      console.log(
        "| method | time p50 ms | time p95 ms | objective (mean) | gap to reference (mean / max) | flagged adequacy | flagged coverage % | hard rules broken | flagged days < ½ RDA |",
      );
      console.log("|---|---|---|---|---|---|---|---|---|");
      for (const r of [rows.planner, rows.ref, rows.greedy, rows.random]) {
        console.log(
          `| ${r.name} | ${f(quantile(r.ms, 0.5), 0)} | ${f(quantile(r.ms, 0.95), 0)} | ${f(mean(r.objective), 2)} | ${f(mean(r.gapToRef), 2)} / ${f(Math.max(...r.gapToRef), 2)} | ${f(mean(r.adequacy), 3)} | ${f(mean(r.coverage), 1)} | ${r.hard} | ${r.daysBelowHalf} |`,
        );
      }
      const p95 = quantile(rows.planner.ms, 0.95);
      const share = flaggedCases ? withinOnePoint / flaggedCases : 1;
      const upP = mean(uplift.planner);
      const upR = mean(uplift.random);
      console.log(
        `\nflagged coverage within 1 point of the reference: ${withinOnePoint}/${flaggedCases}; ` +
          `coverage-only upper bound (any objective) mean ${f(mean(coverageBound), 1)} %; ` +
          `uplift (flagged − unflagged coverage): planner ${f(upP, 2)} points, random ${f(upR, 2)} points; ` +
          `greedy beaten on ${greedyBeaten}/${profiles.length}; peak RSS so far ${f(peakRss / 2 ** 20, 0)} MiB`,
      );
      for (const m of misses) console.log(`  - ${m}`);
      const tag = `${kind}/${size}`;
      if (size >= 1000)
        targets.push(`${tag}: p95 ≤ 1 s warm: ${p95 <= 1000 ? "MET" : "NOT MET"} (${f(p95, 0)} ms)`);
      targets.push(
        `${tag}: coverage within 1 point for ≥ 95 %: ${share >= 0.95 ? "MET" : "NOT MET"} (${f(100 * share, 0)} %)`,
      );
      const unflaggedCoverage = mean(unflaggedCov);
      const upliftVerdict =
        unflaggedCoverage >= 99
          ? `NOT MEASURABLE (the unflagged plans already cover ${f(unflaggedCoverage, 1)} %)`
          : upP >= 3 * Math.max(upR, 0) && upP > 0
            ? "MET"
            : "NOT MET";
      targets.push(`${tag}: uplift ≥ 3× random: ${upliftVerdict} (${f(upP, 2)} vs ${f(upR, 2)} points)`);
      targets.push(
        `${tag}: greedy beaten on every profile: ${greedyBeaten === profiles.length ? "MET" : "NOT MET"} (${greedyBeaten}/${profiles.length})`,
      );
      targets.push(
        `${tag}: 0 hard rules broken: ${rows.planner.hard === 0 ? "MET" : "NOT MET"} (${rows.planner.hard})`,
      );
    }
  }
  sampleMemory();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    `\npeak memory: maxRSS ${f(maxRss / 2 ** 20, 0)} MiB (sampled RSS ${f(peakRss / 2 ** 20, 0)} MiB)`,
  );
  console.log(`total bench time ${f((performance.now() - t0) / 1000, 0)} s\n\nTargets:`);
  for (const t of targets) console.log(`- ${t}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
