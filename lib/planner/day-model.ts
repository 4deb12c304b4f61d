// The full day-level model, for the benchmark's reference: one binary per day × slot × dish ×
// portion and one per day × meal × side, with every daily rule as a constraint (energy window, food
// ULs, each meal's energy share, at most `maxSidesPerMeal` sides a meal and one of each side group,
// repeats, no dish twice a day or on consecutive days), no decomposition, no pruning, no margin. It
// maximises the flagged nutrients' weekly coverage (capped at the RDA), so its proven bound is the
// most flagged coverage any rule-keeping plan can reach, and its incumbent a plan that reaches some
// (re-score it from its dishes: a MIP incumbent may leave shortfall slacks at their upper bounds).
// Far too slow for a request (see docs/PLANNER.md); it exists to reveal what the decomposition loses.
// Pure.
import type { Highs, ModelData } from "highs";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import {
  candidatesBySlot,
  resolveRequest,
  sideCandidatesBySlot,
  type ResolvedRequest,
} from "@/lib/planner/request";
import { solveStageA } from "@/lib/planner/stage-a";
import {
  DAYS_PER_WEEK,
  SLOTS,
  type Dish,
  type PlanDay,
  type PlannedMeal,
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
  side: boolean;
}

/** The model's rows as they are added (bounds only; entries belong to the columns). */
class DayRows {
  readonly lower: number[] = [];
  readonly upper: number[] = [];
  add(lower: number, upper: number): number {
    this.lower.push(lower);
    this.upper.push(upper);
    return this.lower.length - 1;
  }
}

/** The rows of one day: its meals, their sides and side groups, its energy and its food ULs. */
interface DayRowsOf {
  meal: Map<Slot, number>;
  share: Map<Slot, number>;
  sides: Map<Slot, number>;
  group: Map<string, number>;
  energy: number;
  ul: Map<TargetNutrient, number>;
}

function addDayRows(req: ResolvedRequest, rows: DayRows, sideGroups: Map<Slot, Set<string>>): DayRowsOf {
  const E = req.energyTargetKcal;
  const out: DayRowsOf = {
    meal: new Map(),
    share: new Map(),
    sides: new Map(),
    group: new Map(),
    energy: rows.add(E * (1 - req.energyTolerance), E * (1 + req.energyTolerance)),
    ul: new Map(),
  };
  for (const slot of req.slots) {
    out.meal.set(slot, rows.add(1, 1));
    out.share.set(slot, rows.add(E * req.mealShares[slot].min, E * req.mealShares[slot].max));
    out.sides.set(slot, rows.add(-Infinity, req.maxSidesPerMeal));
    for (const g of sideGroups.get(slot) ?? []) out.group.set(`${slot}|${g}`, rows.add(-Infinity, 1));
  }
  for (const n of req.foodUlNutrients) out.ul.set(n, rows.add(-Infinity, req.intakes[n].ul ?? Infinity));
  return out;
}

/** Entries of a serving (main or side) in its day's energy, UL, share and the shortfall rows. */
function amountEntries(
  req: ResolvedRequest,
  day: DayRowsOf,
  slot: Slot,
  dish: Dish,
  portion: number,
  shortfallRow: ReadonlyMap<TargetNutrient, number>,
): [number, number][] {
  const kcal = dish.perServing.energyKcal * portion;
  const e: [number, number][] = [
    [day.energy, kcal],
    [day.share.get(slot) ?? 0, kcal],
  ];
  for (const [n, row] of day.ul) e.push([row, dish.perServing[n] * portion]);
  for (const [n, row] of shortfallRow) {
    e.push([row, (100 * dish.perServing[n] * portion) / (DAYS_PER_WEEK * req.intakes[n].rda)]);
  }
  return e;
}

function dayModelData(req: ResolvedRequest, flagged: readonly TargetNutrient[]) {
  const candidates = candidatesBySlot(req);
  const sides = sideCandidatesBySlot(req);
  const sideGroups = new Map(SLOTS.map((s) => [s, new Set(sides[s].map((d) => d.group))]));
  const rows = new DayRows();
  const days = Array.from({ length: DAYS_PER_WEEK }, () => addDayRows(req, rows, sideGroups));
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
  days.forEach((dayRows, day) => {
    for (const slot of req.slots) {
      const lock = req.locked.find((l) => l.day === day && l.slot === slot);
      for (const dish of candidates[slot]) {
        for (const portion of req.portions) {
          if (lock && (lock.dishId !== dish.id || lock.portion !== portion)) continue;
          const e = amountEntries(req, dayRows, slot, dish, portion, shortfallRow);
          e.push([dayRows.meal.get(slot) ?? 0, 1], [repeatRow.get(dish.id) ?? 0, 1]);
          if (day > 0) e.push([varietyRow.get(`${dish.id}|${day - 1}`) ?? 0, 1]);
          if (day + 1 < DAYS_PER_WEEK) e.push([varietyRow.get(`${dish.id}|${day}`) ?? 0, 1]);
          columns.push({ day, slot, dish, portion, side: false });
          entries.push(e);
        }
      }
      for (const side of sides[slot]) {
        const e = amountEntries(req, dayRows, slot, side, 1, shortfallRow);
        e.push([dayRows.sides.get(slot) ?? 0, 1], [dayRows.group.get(`${slot}|${side.group}`) ?? 0, 1]);
        columns.push({ day, slot, dish: side, portion: 1, side: true });
        entries.push(e);
      }
    }
  });
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

/** The plan of a solution: each day's meals in slot order, each with the sides chosen for it. */
function daysFrom(columns: readonly Column[], values: Float64Array): PlanDay[] {
  const chosen = columns.filter((_, j) => (values[j] ?? 0) > 0.5);
  return Array.from({ length: DAYS_PER_WEEK }, (_, day) => ({
    day,
    meals: chosen
      .filter((c) => c.day === day && !c.side)
      .sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot))
      .map((c) => {
        const meal: PlannedMeal = { slot: c.slot, dishId: c.dish.id, portion: c.portion, locked: false };
        const sides = chosen.filter((s) => s.side && s.day === day && s.slot === c.slot);
        if (sides.length > 0) meal.sides = sides.map((s) => ({ sideId: s.dish.id, portion: s.portion }));
        return meal;
      }),
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
