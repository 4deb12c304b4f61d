// Stage A's LP relaxation over every candidate dish, solved by column generation. Pure.
//
// At 1,000–5,000 dishes the LP has 7,000–35,000 serving columns, yet its optimum uses a few dozen
// dishes. So it is solved on a subset (the dishes likely to matter) and every serving outside it is
// priced with the LP's row duals (`servingReducedCost`); the dishes with a negative reduced cost
// join and the LP is solved again, until none is left. The last LP is then optimal for all the
// candidates (every column outside it has a reduced cost ≥ 0): the same bound as the full LP, and
// a reduced cost for every dish for the pruning, at a fraction of the model building and solving.
// See docs/decisions/026-column-generation-and-placement-repair.md.
import type { Highs } from "highs";
import type { ResolvedRequest } from "@/lib/planner/request";
import {
  buildStageA,
  servingReducedCost,
  servingsThatFit,
  solveStageA,
  type StageAModel,
  type StageAResult,
} from "@/lib/planner/stage-a";
import { SLOTS, type Dish, type Slot } from "@/lib/planner/types";

/** Tuning of the column generation. */
const GENERATION = Object.freeze({
  /** Dishes (per slot) of the most negative reduced cost that join per round. */
  joinPerRound: 40,
  /** Rounds before giving up and solving the LP over every candidate. */
  maxRounds: 12,
  /** A reduced cost below this improves the LP (HiGHS's dual feasibility tolerance is 1e-7). */
  tolerance: -1e-7,
});

export interface PricedRelaxation {
  /** The LP's model (over the generated dishes) and its solution. */
  model: StageAModel;
  lp: StageAResult;
  /** Per `${dishId}|${slot}` of every candidate: its lowest reduced cost, −∞ when the LP uses it. */
  reducedCost: Map<string, number>;
  /** Dishes in the last LP and the rounds it took (for the report). */
  generatedDishes: number;
  rounds: number;
  /**
   * The LP is optimal for every candidate, so its objective bounds the full model. False when the
   * generation ran out of time or rounds: the last LP over a subset still guides the pruning.
   */
  proven: boolean;
}

interface LpOptions {
  weeklyTolerance: number;
  timeLimitSec: number;
  seed: number;
}

/** Lowest reduced cost per dish and slot of the model's own columns (−∞ for a used one). */
function modelReducedCosts(model: StageAModel, lp: StageAResult, out: Map<string, number>): void {
  model.xCols.forEach((c, j) => {
    if (c.kind !== "main") return;
    const key = `${c.dish.id}|${c.slot}`;
    const rc = (lp.colValue[j] ?? 0) > 1e-7 ? -Infinity : (lp.colDual[j] ?? Infinity);
    out.set(key, Math.min(out.get(key) ?? Infinity, rc));
  });
}

/** Prices every candidate outside the model; returns, per slot, the dishes that should join. */
function price(
  req: ResolvedRequest,
  fits: (dish: Dish, slot: Slot, portion: number) => boolean,
  model: StageAModel,
  lp: StageAResult,
  candidates: Record<Slot, readonly Dish[]>,
  inModel: Record<Slot, Set<number>>,
  reducedCost: Map<string, number>,
): Record<Slot, Dish[]> {
  const join = {} as Record<Slot, Dish[]>;
  for (const slot of SLOTS) {
    const priced: { dish: Dish; rc: number }[] = [];
    for (const dish of candidates[slot]) {
      if (inModel[slot].has(dish.id)) continue;
      let rc = Infinity;
      for (const portion of req.portions) {
        if (!fits(dish, slot, portion)) continue;
        rc = Math.min(rc, servingReducedCost(req, model, lp.rowDual, dish, slot, portion));
      }
      reducedCost.set(`${dish.id}|${slot}`, rc);
      if (rc < GENERATION.tolerance) priced.push({ dish, rc });
    }
    priced.sort((a, b) => a.rc - b.rc || a.dish.id - b.dish.id);
    join[slot] = priced.slice(0, GENERATION.joinPerRound).map((p) => p.dish);
  }
  return join;
}

/**
 * The LP relaxation of stage A over `candidates` (per slot), starting from the dishes of `initial`
 * (each must be a candidate of its slot; locked dishes belong there).
 */
export function solveRelaxation(
  highs: Highs,
  req: ResolvedRequest,
  candidates: Record<Slot, Dish[]>,
  initial: Record<Slot, readonly Dish[]>,
  caps: ReadonlyMap<number, number>,
  opts: LpOptions,
): PricedRelaxation {
  const t0 = performance.now();
  const subset = Object.fromEntries(SLOTS.map((s) => [s, [...initial[s]]])) as Record<Slot, Dish[]>;
  const inModel = Object.fromEntries(SLOTS.map((s) => [s, new Set(subset[s].map((d) => d.id))])) as Record<
    Slot,
    Set<number>
  >;
  const fits = servingsThatFit(req, candidates, false);
  const left = () => opts.timeLimitSec - (performance.now() - t0) / 1000;
  let last: PricedRelaxation | null = null;
  for (let round = 1; round <= GENERATION.maxRounds; round++) {
    const model = buildStageA(req, subset, caps, {
      weeklyTolerance: opts.weeklyTolerance,
      integer: false,
      fitsAgainst: candidates,
    });
    const lp = solveStageA(highs, model, { timeLimitSec: left(), seed: opts.seed, presolve: false });
    if (lp.status !== "optimal" || lp.rowDual.length === 0) break;
    const reducedCost = new Map<string, number>();
    const join = price(req, fits, model, lp, candidates, inModel, reducedCost);
    modelReducedCosts(model, lp, reducedCost);
    const generatedDishes = new Set(SLOTS.flatMap((s) => subset[s].map((d) => d.id))).size;
    const proven = SLOTS.every((s) => join[s].length === 0);
    last = { model, lp, reducedCost, generatedDishes, rounds: round, proven };
    if (proven) return last;
    for (const slot of SLOTS) {
      for (const d of join[slot]) inModel[slot].add(d.id);
      subset[slot].push(...join[slot]);
    }
  }
  // Out of time or rounds: the last LP over a subset guides the pruning (no bound), or, without
  // one, the LP over every candidate in what time is left.
  return (
    last ?? fullRelaxation(highs, req, { candidates, caps, ...opts, timeLimitSec: Math.max(0.01, left()) })
  );
}

/** The LP over every candidate at once (the fallback). */
function fullRelaxation(
  highs: Highs,
  req: ResolvedRequest,
  opts: LpOptions & { candidates: Record<Slot, Dish[]>; caps: ReadonlyMap<number, number> },
): PricedRelaxation {
  const { candidates, caps } = opts;
  const model = buildStageA(req, candidates, caps, { weeklyTolerance: opts.weeklyTolerance, integer: false });
  const lp = solveStageA(highs, model, { timeLimitSec: opts.timeLimitSec, seed: opts.seed, presolve: false });
  const reducedCost = new Map<string, number>();
  if (lp.hasSolution && lp.colDual.length > 0) modelReducedCosts(model, lp, reducedCost);
  const generatedDishes = new Set(SLOTS.flatMap((s) => candidates[s].map((d) => d.id))).size;
  return { model, lp, reducedCost, generatedDishes, rounds: 0, proven: lp.status === "optimal" };
}
