// A fast integer local search on stage A's model: a warm start for the MIP (or the answer itself
// when it already meets the LP bound). Pure.
//
// Only the integer x columns are searched; every other column of a stage A model is a slack with
// one ±1 entry, a cost and bounds, so for given x its best value follows from its row's activity.
// A move shifts one serving of a slot from one column (dish, portion) to another.
import type { StageAModel } from "@/lib/planner/stage-a";

interface RowSlacks {
  /** Cost per unit of raising the activity up to the lower bound (Infinity: not allowed). */
  upCost: number;
  upCap: number;
  /** Cost per unit of lowering the activity down to the upper bound. */
  downCost: number;
  downCap: number;
}

const HUGE = 1e12;

export interface CountSearchResult {
  /** Integer values of the x columns. */
  counts: number[];
  /** The model's objective at those counts (slacks at their best). */
  objective: number;
  /** A full column vector (x and slacks) for HiGHS's setSolution. */
  colValue: number[];
}

export function countLocalSearch(
  model: StageAModel,
  start: readonly number[],
  maxIterations = 500,
): CountSearchResult {
  const { data, numX, xCols } = model;
  const nRows = data.numRows;
  const starts = data.matrix.starts;
  const indices = data.matrix.indices;
  const values = data.matrix.values;
  const cost = data.colCost;
  const lower = data.colLower;
  const upper = data.colUpper;
  const rowLo = data.rowLower;
  const rowHi = data.rowUpper;

  const slacks: RowSlacks[] = Array.from({ length: nRows }, () => ({
    upCost: Infinity,
    upCap: 0,
    downCost: Infinity,
    downCap: 0,
  }));
  const slackCol: { row: number; coef: number }[] = [];
  for (let j = numX; j < data.numCols; j++) {
    const k = starts[j] ?? 0;
    const row = indices[k] ?? 0;
    const coef = values[k] ?? 0;
    slackCol[j] = { row, coef };
    const s = slacks[row];
    if (!s) continue;
    const c = cost[j] ?? 0;
    const cap = (upper[j] ?? 0) * Math.abs(coef);
    if (coef > 0) {
      s.upCost = c / coef;
      s.upCap = cap;
    } else {
      s.downCost = c / -coef;
      s.downCap = cap;
    }
  }

  const rowPenalty = (r: number, a: number): number => {
    const lo = rowLo[r] ?? -Infinity;
    const hi = rowHi[r] ?? Infinity;
    const s = slacks[r];
    if (!s) return 0;
    if (a < lo - 1e-9) {
      const need = lo - a;
      return need > s.upCap + 1e-9 ? HUGE * need : s.upCost * need;
    }
    if (a > hi + 1e-9) {
      const need = a - hi;
      return need > s.downCap + 1e-9 ? HUGE * need : s.downCost * need;
    }
    return 0;
  };

  const x = start
    .slice(0, numX)
    .map((v, j) => Math.max(lower[j] ?? 0, Math.min(upper[j] ?? 0, Math.round(v))));
  const act = new Float64Array(nRows);
  const bump = (r: number, v: number) => {
    act[r] = (act[r] ?? 0) + v;
  };
  for (let j = 0; j < numX; j++) {
    const v = x[j] ?? 0;
    if (v === 0) continue;
    for (let k = starts[j] ?? 0; k < (starts[j + 1] ?? 0); k++) bump(indices[k] ?? 0, (values[k] ?? 0) * v);
  }

  const bySlot = new Map<string, number[]>();
  xCols.forEach((c, j) => {
    const list = bySlot.get(c.slot) ?? [];
    list.push(j);
    bySlot.set(c.slot, list);
  });

  // Scratch for the delta of moving one unit from column a to column b.
  const touched: number[] = [];
  const delta = new Float64Array(nRows);
  const mark = new Uint8Array(nRows);
  const moveDelta = (from: number, to: number): number => {
    touched.length = 0;
    for (let k = starts[from] ?? 0; k < (starts[from + 1] ?? 0); k++) {
      const r = indices[k] ?? 0;
      if (!mark[r]) {
        mark[r] = 1;
        touched.push(r);
        delta[r] = 0;
      }
      delta[r] = (delta[r] ?? 0) - (values[k] ?? 0);
    }
    for (let k = starts[to] ?? 0; k < (starts[to + 1] ?? 0); k++) {
      const r = indices[k] ?? 0;
      if (!mark[r]) {
        mark[r] = 1;
        touched.push(r);
        delta[r] = 0;
      }
      delta[r] = (delta[r] ?? 0) + (values[k] ?? 0);
    }
    let d = (cost[to] ?? 0) - (cost[from] ?? 0);
    for (const r of touched) {
      mark[r] = 0;
      const a = act[r] ?? 0;
      d += rowPenalty(r, a + (delta[r] ?? 0)) - rowPenalty(r, a);
    }
    return d;
  };
  const applyMove = (from: number, to: number) => {
    x[from] = (x[from] ?? 0) - 1;
    x[to] = (x[to] ?? 0) + 1;
    for (let k = starts[from] ?? 0; k < (starts[from + 1] ?? 0); k++)
      bump(indices[k] ?? 0, -(values[k] ?? 0));
    for (let k = starts[to] ?? 0; k < (starts[to + 1] ?? 0); k++) bump(indices[k] ?? 0, values[k] ?? 0);
  };

  for (let iter = 0; iter < maxIterations; iter++) {
    let best = -1e-9;
    let bestFrom = -1;
    let bestTo = -1;
    for (const cols of bySlot.values()) {
      for (const from of cols) {
        if ((x[from] ?? 0) <= (lower[from] ?? 0)) continue;
        for (const to of cols) {
          if (to === from || (x[to] ?? 0) >= (upper[to] ?? 0)) continue;
          const d = moveDelta(from, to);
          if (d < best) {
            best = d;
            bestFrom = from;
            bestTo = to;
          }
        }
      }
    }
    if (bestFrom < 0) break;
    applyMove(bestFrom, bestTo);
  }

  // Objective and the full column vector.
  let objective = 0;
  const colValue = new Array<number>(data.numCols).fill(0);
  for (let j = 0; j < numX; j++) {
    colValue[j] = x[j] ?? 0;
    objective += (cost[j] ?? 0) * (x[j] ?? 0);
  }
  for (let r = 0; r < nRows; r++) objective += rowPenalty(r, act[r] ?? 0);
  for (let j = numX; j < data.numCols; j++) {
    const sc = slackCol[j];
    if (!sc) continue;
    const a = act[sc.row] ?? 0;
    const lo = rowLo[sc.row] ?? -Infinity;
    const hi = rowHi[sc.row] ?? Infinity;
    let v = 0;
    if (sc.coef > 0 && a < lo) v = (lo - a) / sc.coef;
    if (sc.coef < 0 && a > hi) v = (a - hi) / -sc.coef;
    colValue[j] = Math.min(upper[j] ?? 0, Math.max(lower[j] ?? 0, v));
  }
  return { counts: x, objective, colValue };
}
