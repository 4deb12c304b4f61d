// The full day-level model, for the benchmark's reference: one binary per day × slot × dish ×
// portion with every daily rule as a constraint, no decomposition, no pruning, no margin. It
// maximises the flagged nutrients' weekly coverage (capped at the RDA), so its proven bound is the
// most flagged coverage any rule-keeping plan can reach, and its incumbent a plan that reaches some
// (re-score it from its dishes: a MIP incumbent may leave shortfall slacks at their upper bounds).
// Far too slow for a request (see docs/PLANNER.md); it exists to reveal what the decomposition loses.
// Pure.
import type { Highs, ModelData } from "highs";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { candidatesBySlot, resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import { solveStageA } from "@/lib/planner/stage-a";
import {
  DAYS_PER_WEEK,
  SLOTS,
  type Dish,
  type PlanDay,
  type PlanRequest,
  type Slot,
} from "@/lib/planner/types";

export interface DayModelResult {
  /** HiGHS's status of the MIP ("optimal", "time-limit", "infeasible", ...). */
  status: string;
  /** The best plan found, or null when none was found in time. */
  days: PlanDay[] | null;
  /** Proven: no rule-keeping plan covers the flagged nutrients more (mean % of RDA, capped). */
  coverageUpperBound: number;
  binaries: number;
  ms: number;
}

interface Column {
  day: number;
  slot: Slot;
  dish: Dish;
  portion: number;
}

/** Rows: one per day × slot, day energy, day ULs, dish repeats, the variety rows, the shortfalls. */
class DayRows {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  add(lower: number, upper: number): number {
    this.lower.push(lower);
    this.upper.push(upper);
    return this.lower.length - 1;
  }
}

function dayModelData(req: ResolvedRequest, flagged: readonly TargetNutrient[]) {
  const candidates = candidatesBySlot(req);
  const rows = new DayRows();
  const slotRow = new Map<string, number>();
  const energyRow: number[] = [];
  const ulRow = new Map<string, number>();
  const lo = req.energyTargetKcal * (1 - req.energyTolerance);
  const hi = req.energyTargetKcal * (1 + req.energyTolerance);
  for (let d = 0; d < DAYS_PER_WEEK; d++) {
    for (const slot of SLOTS) slotRow.set(`${d}|${slot}`, rows.add(1, 1));
    energyRow.push(rows.add(lo, hi));
    for (const n of req.foodUlNutrients)
      ulRow.set(`${d}|${n}`, rows.add(-Infinity, req.intakes[n].ul ?? Infinity));
  }
  const dishes = [...new Map(SLOTS.flatMap((s) => candidates[s]).map((d) => [d.id, d])).values()];
  const repeatRow = new Map(dishes.map((d) => [d.id, rows.add(-Infinity, req.maxRepeats)]));
  // A dish at most once a day and never on two consecutive days: ≤ 1 over each pair of days.
  const varietyRow = new Map<string, number>();
  for (const dish of dishes) {
    for (let d = 0; d + 1 < DAYS_PER_WEEK; d++) varietyRow.set(`${dish.id}|${d}`, rows.add(-Infinity, 1));
  }
  const shortfallRow = new Map(flagged.map((n) => [n, rows.add(100, Infinity)]));

  const columns: Column[] = [];
  const entries: [number, number][][] = [];
  for (let day = 0; day < DAYS_PER_WEEK; day++) {
    for (const slot of SLOTS) {
      const lock = req.locked.find((l) => l.day === day && l.slot === slot);
      for (const dish of candidates[slot]) {
        for (const portion of req.portions) {
          if (lock && (lock.dishId !== dish.id || lock.portion !== portion)) continue;
          const e: [number, number][] = [[slotRow.get(`${day}|${slot}`) ?? 0, 1]];
          e.push([energyRow[day] ?? 0, dish.perServing.energyKcal * portion]);
          for (const n of req.foodUlNutrients)
            e.push([ulRow.get(`${day}|${n}`) ?? 0, dish.perServing[n] * portion]);
          e.push([repeatRow.get(dish.id) ?? 0, 1]);
          if (day > 0) e.push([varietyRow.get(`${dish.id}|${day - 1}`) ?? 0, 1]);
          if (day + 1 < DAYS_PER_WEEK) e.push([varietyRow.get(`${dish.id}|${day}`) ?? 0, 1]);
          for (const n of flagged) {
            e.push([
              shortfallRow.get(n) ?? 0,
              (100 * dish.perServing[n] * portion) / (DAYS_PER_WEEK * req.intakes[n].rda),
            ]);
          }
          columns.push({ day, slot, dish, portion });
          entries.push(e);
        }
      }
    }
  }
  return { rows, columns, entries, shortfallRow };
}

function toModel(
  rows: DayRows,
  columnEntries: readonly (readonly [number, number][])[],
  shortfallRows: readonly number[],
): ModelData {
  const colCost: number[] = [];
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const integrality: (0 | 1)[] = [];
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const push = (
    cost: number,
    upper: number,
    integer: boolean,
    entries: readonly (readonly [number, number])[],
  ) => {
    colCost.push(cost);
    colLower.push(0);
    colUpper.push(upper);
    integrality.push(integer ? 1 : 0);
    for (const [r, v] of [...entries].sort((a, b) => a[0] - b[0])) {
      if (v === 0) continue;
      indices.push(r);
      values.push(v);
    }
    starts.push(indices.length);
  };
  for (const e of columnEntries) push(0, 1, true, e);
  for (const r of shortfallRows) push(1, 100, false, [[r, 1]]);
  const numRows = rows.lower.length;
  return {
    numCols: colCost.length,
    numRows,
    colCost,
    colLower,
    colUpper,
    rowLower: rows.lower,
    rowUpper: rows.upper,
    matrix: { format: "csc", numRows, numCols: colCost.length, starts, indices, values },
    integrality,
  };
}

function daysFrom(columns: readonly Column[], values: Float64Array): PlanDay[] {
  return Array.from({ length: DAYS_PER_WEEK }, (_, day) => ({
    day,
    meals: columns
      .map((c, j) => ({ c, v: values[j] ?? 0 }))
      .filter(({ c, v }) => c.day === day && v > 0.5)
      .sort((a, b) => SLOTS.indexOf(a.c.slot) - SLOTS.indexOf(b.c.slot))
      .map(({ c }) => ({ slot: c.slot, dishId: c.dish.id, portion: c.portion, locked: false })),
  }));
}

/**
 * Solves the day-level model for the request's flagged nutrients with a long limit. With no flagged
 * nutrient there is nothing to maximise: the bound is 100 and only feasibility is sought.
 */
export function solveDayModel(highs: Highs, request: PlanRequest, timeLimitMs: number): DayModelResult {
  const t0 = performance.now();
  const req = resolveRequest(request);
  const flagged = TARGET_NUTRIENTS.filter((n) => req.favoured.has(n));
  const { rows, columns, entries, shortfallRow } = dayModelData(req, flagged);
  const model = { data: toModel(rows, entries, [...shortfallRow.values()]), xCols: [], numX: columns.length };
  const r = solveStageA(highs, model, { timeLimitSec: timeLimitMs / 1000, seed: req.seed, mipAbsGap: 1e-3 });
  const points = Math.max(1, flagged.length);
  const lower = Number.isFinite(r.dualBound) ? Math.max(0, r.dualBound) : 0;
  const infeasible = r.status === "infeasible";
  return {
    status: r.status,
    days: r.hasSolution ? daysFrom(columns, r.colValue) : null,
    coverageUpperBound: infeasible ? 0 : Math.min(100, 100 - lower / points),
    binaries: columns.length,
    ms: performance.now() - t0,
  };
}
