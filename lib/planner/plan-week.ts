// The weekly planner: stage A (weekly counts, HiGHS) then stage B (placement into days). Pure.
// See docs/decisions/006-planner-formulation.md.
import type { Highs } from "highs";
import { getHighs } from "@/lib/planner/highs";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { objectiveContext, OBJECTIVE_WEIGHTS, planObjective } from "@/lib/planner/objective";
import { candidatesBySlot, resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import { checkHardRules, nutrientShortfalls } from "@/lib/planner/score";
import {
  buildStageA,
  modelDishes,
  repeatCaps,
  solveStageA,
  type StageAModel,
  type StageAResult,
  type XColumn,
} from "@/lib/planner/stage-a";
import { countLocalSearch } from "@/lib/planner/count-search";
import { placeServings, type Serving } from "@/lib/planner/stage-b";
import {
  DAYS_PER_WEEK,
  SLOTS,
  type Dish,
  type PlanDay,
  type PlanRequest,
  type Slot,
  type SolverStatus,
  type WeekPlan,
} from "@/lib/planner/types";

/** Tuning of the decomposition (see docs/PLANNER.md). */
const PLANNER_TUNING = Object.freeze({
  /** Keep a dish after the LP when one of its columns has a reduced cost below this (points). */
  pruneReducedCost: 0.1,
  /** ...at least this many dishes per slot (the cheapest by reduced cost)... */
  minDishesPerSlot: 10,
  /** ...and at most this many beyond those the LP uses. */
  maxExtraDishesPerSlot: 25,
  /** Stage A's weekly energy window is this much narrower than the daily one (fraction). */
  weeklyWindowMargin: 0.03,
  /** Absolute MIP gap, in objective points (0.05 = a twentieth of a point of coverage). */
  mipAbsGap: 0.1,
  /** Share of the time limit the MIP may use (the LP and the placement take the rest). */
  mipShareOfTimeLimit: 0.6,
});

interface Counted {
  col: XColumn;
  count: number;
}

/** Servings from stage A's counts; locked meals claim theirs first and keep their day. */
function servingsFromCounts(counted: readonly Counted[], req: ResolvedRequest): Serving[] {
  const out: Serving[] = [];
  const pool = new Map<string, number[]>();
  for (const { col, count } of counted) {
    for (let i = 0; i < count; i++) {
      const key = `${col.dish.id}|${col.slot}|${col.portion}`;
      const list = pool.get(key) ?? [];
      list.push(out.length);
      pool.set(key, list);
      out.push({
        dish: col.dish,
        slot: col.slot,
        portion: col.portion,
        preference: req.preferenceOf(col.dish.id),
      });
    }
  }
  for (const l of req.locked) {
    const k = pool.get(`${l.dishId}|${l.slot}|${l.portion}`)?.shift();
    const sv = k === undefined ? undefined : out[k];
    if (sv) sv.lockedDay = l.day;
    else {
      // Stage A always includes locked servings; this is only a safety net.
      const dish = req.dishById.get(l.dishId);
      if (dish)
        out.push({
          dish,
          slot: l.slot,
          portion: l.portion,
          lockedDay: l.day,
          preference: req.preferenceOf(l.dishId),
        });
    }
  }
  // At most 7 per slot: drop surplus unlocked servings (never happens with a solved model).
  const perSlot = new Map<Slot, number>();
  return out
    .sort((a, b) => Number(b.lockedDay !== undefined) - Number(a.lockedDay !== undefined))
    .filter((sv) => {
      const n = perSlot.get(sv.slot) ?? 0;
      if (n >= DAYS_PER_WEEK) return false;
      perSlot.set(sv.slot, n + 1);
      return true;
    });
}

/**
 * A dish's value when nothing binds (the LP is then degenerate and its reduced costs all ~0): how
 * much one serving would lower the weighted shortfalls, plus its preference.
 */
function standaloneValue(req: ResolvedRequest, dish: Dish): number {
  let v = 0;
  for (const n of TARGET_NUTRIENTS) {
    const w = req.favoured.has(n) ? OBJECTIVE_WEIGHTS.flagged : OBJECTIVE_WEIGHTS.unflagged;
    v += (w * 100 * Math.min(dish.perServing[n], req.intakes[n].rda)) / (DAYS_PER_WEEK * req.intakes[n].rda);
  }
  return v + OBJECTIVE_WEIGHTS.preference * req.preferenceOf(dish.id);
}

/**
 * The dishes kept after the LP, per slot: every dish the LP uses, then the cheapest by reduced cost
 * (ties by standalone value) up to a cap, at least a minimum, and every locked dish.
 */
function pruneByLp(
  req: ResolvedRequest,
  model: StageAModel,
  lp: StageAResult,
  dishes: Record<Slot, readonly Dish[]>,
): Record<Slot, Dish[]> {
  const best = new Map<string, number>(); // dish|slot → lowest reduced cost (−∞ if used)
  model.xCols.forEach((c, j) => {
    const key = `${c.dish.id}|${c.slot}`;
    const value = lp.colValue[j] ?? 0;
    const rc = value > 1e-7 ? -Infinity : (lp.colDual[j] ?? Infinity);
    best.set(key, Math.min(best.get(key) ?? Infinity, rc));
  });
  const lockedKeys = new Set(req.locked.map((l) => `${l.dishId}|${l.slot}`));
  const out = {} as Record<Slot, Dish[]>;
  for (const slot of SLOTS) {
    const ranked = dishes[slot]
      .map((d, i) => ({ d, i, rc: best.get(`${d.id}|${slot}`) ?? Infinity, value: standaloneValue(req, d) }))
      .sort((a, b) => a.rc - b.rc || b.value - a.value || a.i - b.i);
    let extra = 0;
    const kept = ranked.filter((r, rank) => {
      if (r.rc === -Infinity || lockedKeys.has(`${r.d.id}|${slot}`)) return true;
      const take =
        rank < PLANNER_TUNING.minDishesPerSlot ||
        (r.rc <= PLANNER_TUNING.pruneReducedCost && extra < PLANNER_TUNING.maxExtraDishesPerSlot);
      if (take) extra++;
      return take;
    });
    out[slot] = kept.sort((a, b) => a.i - b.i).map((r) => r.d);
  }
  return out;
}

/**
 * Rounds the LP solution onto the MIP model's columns: integer parts first, then each slot filled
 * up to 7 by the largest fractional parts, then by any dish with room left (the search fixes it).
 */
function roundLp(
  mipModel: StageAModel,
  lpModel: StageAModel,
  lp: StageAResult,
  caps: ReadonlyMap<number, number>,
): number[] {
  const lpValue = new Map<string, number>();
  if (lp.hasSolution) {
    lpModel.xCols.forEach((c, j) => lpValue.set(`${c.dish.id}|${c.slot}|${c.portion}`, lp.colValue[j] ?? 0));
  }
  const frac = mipModel.xCols.map((c) => lpValue.get(`${c.dish.id}|${c.slot}|${c.portion}`) ?? 0);
  const counts = mipModel.xCols.map((c, j) => Math.max(c.lockedCount, Math.floor((frac[j] ?? 0) + 1e-6)));
  const used = new Map<number, number>();
  const fill = new Map<Slot, number>();
  mipModel.xCols.forEach((c, j) => {
    used.set(c.dish.id, (used.get(c.dish.id) ?? 0) + (counts[j] ?? 0));
    fill.set(c.slot, (fill.get(c.slot) ?? 0) + (counts[j] ?? 0));
  });
  const order = mipModel.xCols
    .map((c, j) => ({ c, j, rest: (frac[j] ?? 0) - (counts[j] ?? 0), std: c.portion === 1 ? 1 : 0 }))
    .sort((a, b) => b.rest - a.rest || b.std - a.std || a.j - b.j);
  const upper = mipModel.data.colUpper;
  for (const { c, j } of order) {
    if ((fill.get(c.slot) ?? 0) >= DAYS_PER_WEEK) continue;
    if ((counts[j] ?? 0) >= (upper[j] ?? 0)) continue;
    if ((used.get(c.dish.id) ?? 0) >= (caps.get(c.dish.id) ?? 1)) continue;
    counts[j] = (counts[j] ?? 0) + 1;
    used.set(c.dish.id, (used.get(c.dish.id) ?? 0) + 1);
    fill.set(c.slot, (fill.get(c.slot) ?? 0) + 1);
  }
  return counts;
}

/** A trivial lower bound on the objective (all preferences at their best). */
function trivialBound(): number {
  return -OBJECTIVE_WEIGHTS.preference * DAYS_PER_WEEK * SLOTS.length;
}

/**
 * Plans a week. Never throws for an impossible request (the plan says what is broken and missing);
 * throws RangeError for malformed input (see resolveRequest).
 */
export async function planWeek(request: PlanRequest): Promise<WeekPlan> {
  const highs = await getHighs();
  return planWeekWith(highs, request);
}

/** What stage A settled on: the weekly counts, the bound, and what the solver could prove. */
interface StageAOutcome {
  counted: Counted[];
  /** LP bound on the objective of any plan (trivial when the LP did not solve). */
  bound: number;
  lpSolved: boolean;
  /** Stage A's counts are proved optimal for its (pruned, margined) model. */
  proved: boolean;
  objective: number;
  lpMs: number;
  mipMs: number;
  mipStatus: string;
  keptAfterPruning: number;
}

/**
 * Stage A: the LP relaxation with the true weekly window (the bound, and reduced costs for
 * pruning), then a small MIP on the kept dishes with the weekly window a bit inside the daily one,
 * warm-started by the LP rounded and improved by a local search on the counts. When that start
 * already meets the LP bound (within the absolute gap) the MIP has nothing to prove.
 */
function solveWeeklyCounts(
  highs: Highs,
  req: ResolvedRequest,
  dishes: Record<Slot, Dish[]>,
  caps: ReadonlyMap<number, number>,
  elapsedSec: () => number,
): StageAOutcome {
  const limitSec = req.timeLimitMs / 1000;
  const lpModel = buildStageA(req, dishes, caps, { weeklyTolerance: req.energyTolerance, integer: false });
  const lp = solveStageA(highs, lpModel, { timeLimitSec: limitSec * 0.4, seed: req.seed, presolve: false });
  const bound = lp.status === "optimal" ? lp.objective : trivialBound();

  const kept = lp.hasSolution && lp.colDual.length > 0 ? pruneByLp(req, lpModel, lp, dishes) : dishes;
  const margin = Math.min(PLANNER_TUNING.weeklyWindowMargin, req.energyTolerance / 2);
  const mipModel = buildStageA(req, kept, caps, {
    weeklyTolerance: req.energyTolerance - margin,
    integer: true,
    halfRdaProxy: true,
  });
  const search = countLocalSearch(mipModel, roundLp(mipModel, lpModel, lp, caps));
  const outcome: StageAOutcome = {
    counted: [],
    bound,
    lpSolved: lp.status === "optimal",
    proved: search.objective <= bound + PLANNER_TUNING.mipAbsGap,
    objective: search.objective,
    lpMs: lp.ms,
    mipMs: 0,
    mipStatus: "skipped",
    keptAfterPruning: new Set(SLOTS.flatMap((s) => kept[s].map((d) => d.id))).size,
  };
  let counts = search.counts;
  if (!outcome.proved) {
    const mipLimit = Math.max(0.02, limitSec * PLANNER_TUNING.mipShareOfTimeLimit - elapsedSec());
    const mip = solveStageA(highs, mipModel, {
      timeLimitSec: mipLimit,
      seed: req.seed,
      mipAbsGap: PLANNER_TUNING.mipAbsGap,
      start: search.colValue,
    });
    outcome.mipStatus = mip.status;
    outcome.mipMs = mip.ms;
    if (mip.hasSolution && mip.objective < search.objective - 1e-9) {
      counts = mipModel.xCols.map((_, j) => Math.round(mip.colValue[j] ?? 0));
      outcome.objective = mip.objective;
    }
    outcome.proved = mip.status === "optimal";
  }
  outcome.counted = mipModel.xCols.map((col, j) => ({ col, count: counts[j] ?? 0 }));
  return outcome;
}

/** The plan's status: infeasible if a rule breaks, optimal only when proved (see SolverReport). */
function statusOf(violations: number, objective: number, stageA: StageAOutcome): SolverStatus {
  if (violations > 0) return "infeasible";
  // Optimal: the plan meets the LP bound, or stage A is proved optimal and placing it lost nothing.
  const optimal =
    objective - stageA.bound <= PLANNER_TUNING.mipAbsGap ||
    (stageA.proved && objective <= stageA.objective + PLANNER_TUNING.mipAbsGap);
  if (optimal) return "optimal";
  return stageA.lpSolved ? "feasible" : "timeout";
}

/** planWeek on a given HiGHS runtime (synchronous once the runtime is loaded). */
export function planWeekWith(highs: Highs, request: PlanRequest): WeekPlan {
  const t0 = performance.now();
  const req = resolveRequest(request);
  const dishes = modelDishes(req, candidatesBySlot(req));
  const caps = repeatCaps(req, dishes);
  const candidates = new Set(SLOTS.flatMap((s) => dishes[s].map((d) => d.id))).size;
  const stageA = solveWeeklyCounts(highs, req, dishes, caps, () => (performance.now() - t0) / 1000);

  const t1 = performance.now();
  const servings = servingsFromCounts(stageA.counted, req);
  const days: PlanDay[] = placeServings(servings, objectiveContext(req), {
    portions: req.portions,
    seed: req.seed,
  });
  const placementMs = performance.now() - t1;

  const violations = checkHardRules(days, req);
  const other = violations.filter((v) => v.rule !== "energy-window" && v.rule !== "upper-limit").length;
  const objective = planObjective(days, req, other).total;
  const gap = Math.max(0, objective - stageA.bound);
  return {
    days,
    violations,
    shortfalls: nutrientShortfalls(days, req),
    solver: {
      status: statusOf(violations.length, objective, stageA),
      objective,
      bound: stageA.bound,
      gapPercent: (100 * gap) / Math.max(Math.abs(objective), 1),
      ms: performance.now() - t0,
      stages: {
        lpMs: stageA.lpMs,
        mipMs: stageA.mipMs,
        placementMs,
        candidates,
        keptAfterPruning: stageA.keptAfterPruning,
        mipStatus: stageA.mipStatus,
      },
    },
  };
}
