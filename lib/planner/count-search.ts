// A fast integer local search on stage A's model: a warm start for the MIP (or the answer itself
// when it already meets the LP bound). Pure.
//
// Only the integer x columns are searched; every other column of a stage A model is a slack with
// one ±1 entry, a cost and bounds, so for given x its best value follows from its row's activity
// (a row may have several slacks in one direction: the cheapest is used first).
// A move shifts one serving of a slot from one column (dish, portion) to another, or one side place
// of a meal from one side (or none) to another, or adds a serving to a slot that lacks one (a start
// clamped to tighter bounds).
import type { StageAModel } from "@/lib/planner/stage-a";

/** One slack column's share of a row: its cost per unit of activity and how much it can take. */
interface SlackSegment {
  column: number;
  cost: number;
  cap: number;
}

interface RowSlacks {
  /** Slacks that raise the activity up to the lower bound, cheapest first (none: not allowed). */
  up: SlackSegment[];
  /** Slacks that lower the activity down to the upper bound, cheapest first. */
  down: SlackSegment[];
}

/** The cost of absorbing `need` units with the segments (HUGE per unit beyond their caps). */
function absorb(segments: readonly SlackSegment[], need: number): number {
  let left = need;
  let cost = 0;
  for (const s of segments) {
    const take = Math.min(left, s.cap);
    cost += s.cost * take;
    left -= take;
    if (left <= 1e-9) return cost;
  }
  return cost + HUGE * left;
}

const HUGE = 1e12;

interface CountSearchResult {
  /** Integer values of the x columns. */
  counts: number[];
  /** The model's objective at those counts (slacks at their best). */
  objective: number;
  /** A full column vector (x and slacks) for HiGHS's setSolution. */
  colValue: number[];
}

/** A slack column: its only row and its coefficient there (±1 in stage A). */
interface SlackColumn {
  row: number;
  coef: number;
}

/** What it costs each row to leave its bounds, given its slack columns. */
function rowSlacksOf(model: StageAModel): { slacks: RowSlacks[]; slackColumns: SlackColumn[] } {
  const { data, numX } = model;
  const slacks: RowSlacks[] = Array.from({ length: data.numRows }, () => ({ up: [], down: [] }));
  const slackColumns: SlackColumn[] = [];
  for (let j = numX; j < data.numCols; j++) {
    const k = data.matrix.starts[j] ?? 0;
    const row = data.matrix.indices[k] ?? 0;
    const coef = data.matrix.values[k] ?? 0;
    slackColumns[j] = { row, coef };
    const s = slacks[row];
    if (!s) continue;
    const segment = {
      column: j,
      cost: (data.colCost[j] ?? 0) / Math.abs(coef),
      cap: (data.colUpper[j] ?? 0) * Math.abs(coef),
    };
    (coef > 0 ? s.up : s.down).push(segment);
  }
  for (const s of slacks) {
    s.up.sort((a, b) => a.cost - b.cost || a.column - b.column);
    s.down.sort((a, b) => a.cost - b.cost || a.column - b.column);
  }
  return { slacks, slackColumns };
}

/** The search state: integer x values and the row activities they give. */
class CountSearch {
  private readonly data: StageAModel["data"];
  private readonly slacks: RowSlacks[];
  readonly slackColumns: SlackColumn[];
  readonly x: number[];
  readonly activity: Float64Array;
  /** x columns of each slot that can hold a serving (a move stays within one slot). */
  readonly columnsBySlot: number[][];
  // The matrix and bounds as typed arrays: the hot loop reads them millions of times.
  private readonly starts: Int32Array;
  private readonly indices: Int32Array;
  private readonly values: Float64Array;
  private readonly lower: Float64Array;
  private readonly upper: Float64Array;
  private readonly cost: Float64Array;
  /** Each row's penalty at its current activity (with a removed serving, see bestMove). */
  private readonly penalty: Float64Array;

  constructor(
    private readonly model: StageAModel,
    start: readonly number[],
  ) {
    const { data, numX } = model;
    this.data = data;
    ({ slacks: this.slacks, slackColumns: this.slackColumns } = rowSlacksOf(model));
    this.starts = Int32Array.from(data.matrix.starts);
    this.indices = Int32Array.from(data.matrix.indices);
    this.values = Float64Array.from(data.matrix.values);
    this.lower = Float64Array.from(data.colLower.slice(0, numX));
    this.upper = Float64Array.from(data.colUpper.slice(0, numX));
    this.cost = Float64Array.from(data.colCost.slice(0, numX));
    this.x = start
      .slice(0, numX)
      .map((v, j) => Math.max(this.lower[j] ?? 0, Math.min(this.upper[j] ?? 0, Math.round(v))));
    this.activity = new Float64Array(data.numRows);
    this.penalty = new Float64Array(data.numRows);
    for (let j = 0; j < numX; j++) {
      const v = this.x[j] ?? 0;
      if (v !== 0) this.addColumn(j, v);
    }
    for (let r = 0; r < data.numRows; r++) this.penalty[r] = this.rowPenalty(r, this.activity[r] ?? 0);
    const bySlot = new Map<string, number[]>();
    model.xCols.forEach((c, j) => {
      // Main dishes move among main dishes, sides among the sides (and empty places) of their meal.
      const key = `${c.slot}|${c.kind === "main" ? "main" : "side"}`;
      const list = bySlot.get(key) ?? [];
      // A column whose bounds are equal never moves (a serving no day could hold has upper 0).
      if ((this.upper[j] ?? 0) > (this.lower[j] ?? 0)) list.push(j);
      bySlot.set(key, list);
    });
    this.columnsBySlot = [...bySlot.values()];
  }

  /** Adds `times` column j to the activities and refreshes the penalties of its rows. */
  private addColumn(j: number, times: number): void {
    const { starts, indices, values, activity } = this;
    for (let k = starts[j] ?? 0; k < (starts[j + 1] ?? 0); k++) {
      const r = indices[k] ?? 0;
      activity[r] = (activity[r] ?? 0) + (values[k] ?? 0) * times;
      this.penalty[r] = this.rowPenalty(r, activity[r] ?? 0);
    }
  }

  /** The cheapest slack cost of row `r` at activity `a` (HUGE when the slacks cannot absorb it). */
  rowPenalty(r: number, a: number): number {
    const lo = this.data.rowLower[r] ?? -Infinity;
    const hi = this.data.rowUpper[r] ?? Infinity;
    if (a >= lo - 1e-9 && a <= hi + 1e-9) return 0;
    const s = this.slacks[r];
    if (!s) return 0;
    return a < lo ? absorb(s.up, lo - a) : absorb(s.down, a - hi);
  }

  /** Change of the objective when one serving is added to column `to` (penalties as they stand). */
  private addDelta(to: number): number {
    const { starts, indices, values, activity, penalty } = this;
    let d = this.cost[to] ?? 0;
    for (let k = starts[to] ?? 0; k < (starts[to + 1] ?? 0); k++) {
      const r = indices[k] ?? 0;
      d += this.rowPenalty(r, (activity[r] ?? 0) + (values[k] ?? 0)) - (penalty[r] ?? 0);
    }
    return d;
  }

  /** Moves one serving from column `from` (−1: a new serving) to column `to`. */
  move(from: number, to: number): void {
    if (from >= 0) {
      this.x[from] = (this.x[from] ?? 0) - 1;
      this.addColumn(from, -1);
    }
    this.x[to] = (this.x[to] ?? 0) + 1;
    this.addColumn(to, 1);
  }

  /**
   * The improving move that lowers the objective most, or null at a local optimum. Each serving
   * that can move is taken out once (its rows' penalties refreshed), and every column it could
   * go to is priced against that: the change of a move is the removal's plus the addition's.
   */
  bestMove(): { from: number; to: number } | null {
    const { lower, upper, x } = this;
    let best = -1e-9;
    let found: { from: number; to: number } | null = null;
    for (const cols of this.columnsBySlot) {
      // A new serving: only ever improving where a slot has fewer than its servings (tighter bounds).
      for (const to of cols) {
        if ((x[to] ?? 0) >= (upper[to] ?? 0)) continue;
        const d = this.addDelta(to);
        if (d < best) {
          best = d;
          found = { from: -1, to };
        }
      }
      for (const from of cols) {
        if ((x[from] ?? 0) <= (lower[from] ?? 0)) continue;
        const before = this.penaltyOf(from);
        this.addColumn(from, -1);
        const removal = this.penaltyOf(from) - before - (this.cost[from] ?? 0);
        for (const to of cols) {
          if (to === from || (x[to] ?? 0) >= (upper[to] ?? 0)) continue;
          const d = removal + this.addDelta(to);
          if (d < best) {
            best = d;
            found = { from, to };
          }
        }
        this.addColumn(from, 1);
      }
    }
    return found;
  }

  /** The summed penalties of column j's rows. */
  private penaltyOf(j: number): number {
    let p = 0;
    for (let k = this.starts[j] ?? 0; k < (this.starts[j + 1] ?? 0); k++) {
      p += this.penalty[this.indices[k] ?? 0] ?? 0;
    }
    return p;
  }

  /** The objective at the current x (slacks at their best) and the full column vector. */
  result(): CountSearchResult {
    const { data, numX } = this.model;
    let objective = 0;
    const colValue = new Array<number>(data.numCols).fill(0);
    for (let j = 0; j < numX; j++) {
      colValue[j] = this.x[j] ?? 0;
      objective += (data.colCost[j] ?? 0) * (this.x[j] ?? 0);
    }
    for (let r = 0; r < data.numRows; r++) objective += this.rowPenalty(r, this.activity[r] ?? 0);
    for (let r = 0; r < data.numRows; r++) this.fillSlacks(r, colValue);
    return { counts: this.x, objective, colValue };
  }

  /** Sets the slack columns of row r to take up its excess, cheapest first. */
  private fillSlacks(r: number, colValue: number[]): void {
    const a = this.activity[r] ?? 0;
    const lo = this.data.rowLower[r] ?? -Infinity;
    const hi = this.data.rowUpper[r] ?? Infinity;
    const s = this.slacks[r];
    if (!s) return;
    const [segments, need] = a < lo ? [s.up, lo - a] : a > hi ? [s.down, a - hi] : [[], 0];
    let left = need;
    for (const segment of segments) {
      const take = Math.min(left, segment.cap);
      const coef = Math.abs(this.slackColumns[segment.column]?.coef ?? 1);
      colValue[segment.column] = take / coef;
      left -= take;
    }
  }
}

/** Best-improvement descent over single-serving moves within a slot, from `start`. */
export function countLocalSearch(
  model: StageAModel,
  start: readonly number[],
  maxIterations = 500,
): CountSearchResult {
  const search = new CountSearch(model, start);
  for (let iter = 0; iter < maxIterations; iter++) {
    const move = search.bestMove();
    if (move === null) break;
    search.move(move.from, move.to);
  }
  return search.result();
}
