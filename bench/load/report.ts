// The results table (every row against the baseline measured in the same run) and the issue's targets.
import { statsOf, type Measurement, type Stats } from "@/bench/load/measure";

export interface Row extends Stats {
  m: Measurement;
}

export const toRow = (m: Measurement): Row => ({ m, ...statsOf(m) });

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "-");
const times = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "-");

export function printTable(rows: Row[], baseline: Row) {
  const header = [
    "scenario",
    "connections",
    "requests",
    "unanswered at end (oldest ms)",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "p95 / baseline",
    "req/s / baseline",
  ];
  const lines = rows.map((r) => [
    r.m.scenario,
    String(r.m.connections),
    String(r.requests),
    r.m.unanswered.count ? `${r.m.unanswered.count} (${r.m.unanswered.oldestMs.toFixed(0)})` : "0",
    r.perSecond.toFixed(1),
    ms(r.p50),
    ms(r.p95),
    ms(r.p99),
    r.m.errors ? `${r.m.errors} (${r.m.errorKinds})` : "0",
    times(r.p95 / baseline.p95),
    times(r.perSecond / baseline.perSecond),
  ]);
  console.log(
    [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n"),
  );
}

export interface TargetCheck {
  what: string;
  met: boolean;
  measured: string;
}

/** Percentiles are of answered requests; with none answered in the window, the target is missed. */
export const atMost = (what: string, row: Row, limitMs: number): TargetCheck => ({
  what: `${what}: p95 ≤ ${limitMs} ms`,
  met: row.p95 <= limitMs,
  measured:
    row.requests > 0
      ? `${ms(row.p95)} ms`
      : `no answer within ${row.m.durationS} s; ${row.m.unanswered.count} waiting, the oldest ${ms(row.m.unanswered.oldestMs)} ms`,
});

export const atLeast = (what: string, row: Row, perSecond: number): TargetCheck => ({
  what: `${what}: ≥ ${perSecond} req/s`,
  met: row.perSecond >= perSecond,
  measured: `${row.perSecond.toFixed(1)} req/s`,
});

export function noErrors(rows: Row[]): TargetCheck {
  const failing = rows.filter((r) => r.m.errors > 0);
  const total = rows.reduce((sum, r) => sum + r.m.errors, 0);
  return {
    what: "0 errors in every scenario (non-2xx, timeouts, socket errors)",
    met: total === 0,
    measured: failing.length
      ? `${total} errors: ${failing.map((r) => `${r.m.scenario} ${r.m.errors}`).join("; ")}`
      : "0 errors",
  };
}

export function printTargets(checks: TargetCheck[]) {
  console.log("\nTargets:");
  for (const c of checks) console.log(`- ${c.what}: ${c.met ? "MET" : "NOT MET"} (${c.measured})`);
}
