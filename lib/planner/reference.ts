// Reference solves for the benchmark: the same model without pruning and with a long time limit,
// and an upper bound on the favoured-nutrient coverage any plan can reach. Pure.
import type { Highs } from "highs";
import { countLocalSearch } from "@/lib/planner/count-search";
import { fixedMealCost, objectiveContext, planObjective } from "@/lib/planner/objective";
import { candidatesBySlot, resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import { checkHardRules } from "@/lib/planner/score";
import { buildStageA, modelDishes, repeatCaps, solveStageA } from "@/lib/planner/stage-a";
import { placeServings, type Serving } from "@/lib/planner/stage-b";
import type { Dish, PlanDay, PlanRequest, Slot } from "@/lib/planner/types";

export interface ReferenceResult {
  /** The reference plan (stage A unpruned, solved with the long limit, then placed). */
  days: PlanDay[];
  objective: number;
  /** Stage A's MIP status and the time it took. */
  status: string;
  ms: number;
  /**
   * The most favoured-nutrient coverage (mean % of RDA, capped) any plan can reach: the proven
   * bound of a coverage-only stage A with the true weekly window (a relaxation of the daily rules).
   * null when no nutrient is favoured.
   */
  coverageUpperBound: number | null;
  coverageStatus: string;
}

export function referenceSolve(highs: Highs, request: PlanRequest, timeLimitMs: number): ReferenceResult {
  const t0 = performance.now();
  const req = resolveRequest(request);
  const dishes = modelDishes(req, candidatesBySlot(req));
  const caps = repeatCaps(req, dishes);

  const model = buildStageA(req, dishes, caps, {
    weeklyTolerance: req.energyTolerance - Math.min(0.03, req.energyTolerance / 2),
    integer: true,
    halfRdaProxy: true,
  });
  // Start from the local search on a trivial rounding so the long solve always has an incumbent.
  const start = countLocalSearch(model, new Array<number>(model.numX).fill(0));
  const mip = solveStageA(highs, model, {
    timeLimitSec: timeLimitMs / 1000,
    seed: req.seed,
    mipAbsGap: 1e-4,
    start: start.colValue,
  });
  const x = mip.hasSolution && mip.objective <= start.objective ? mip.colValue : start.colValue;
  const servings: Serving[] = [];
  model.xCols.forEach((c, j) => {
    for (let i = 0; i < Math.round(x[j] ?? 0); i++) {
      servings.push({
        dish: c.dish,
        slot: c.slot,
        portion: c.portion,
        fixedCost: fixedMealCost(req, c.dish.id),
      });
    }
  });
  for (const l of req.locked) {
    const sv = servings.find(
      (s) =>
        s.lockedDay === undefined && s.dish.id === l.dishId && s.slot === l.slot && s.portion === l.portion,
    );
    if (sv) sv.lockedDay = l.day;
  }
  const days = placeServings(servings, objectiveContext(req), {
    portions: req.portions,
    seed: req.seed,
    rounds: 100,
  });
  const other = checkHardRules(days, req).filter(
    (v) => v.rule !== "energy-window" && v.rule !== "upper-limit" && v.rule !== "meal-share",
  ).length;

  const coverage = coverageUpperBound(highs, req, dishes, caps, timeLimitMs);
  return {
    days,
    objective: planObjective(days, req, other).total,
    status: mip.status,
    ms: performance.now() - t0,
    coverageUpperBound: coverage.bound,
    coverageStatus: coverage.status,
  };
}

/**
 * Minimum total shortfall of the favoured nutrients (points) ≥ the dual bound of a coverage-only
 * stage A with the true weekly window, so coverage ≤ 100 − bound / |favoured|.
 */
function coverageUpperBound(
  highs: Highs,
  req: ResolvedRequest,
  dishes: Record<Slot, Dish[]>,
  caps: ReadonlyMap<number, number>,
  timeLimitMs: number,
): { bound: number | null; status: string } {
  const flagged = [...req.favoured];
  if (flagged.length === 0) return { bound: null, status: "none" };
  const weights = { magnesiumMg: 0, calciumMg: 0, vitaminDMcg: 0, vitaminB12Mcg: 0 };
  for (const n of flagged) weights[n] = 1;
  const cov = buildStageA(req, dishes, caps, {
    weeklyTolerance: req.energyTolerance,
    integer: true,
    weights,
    coverageOnly: true,
  });
  const r = solveStageA(highs, cov, { timeLimitSec: timeLimitMs / 1000, seed: req.seed, mipAbsGap: 1e-4 });
  const lower = Number.isFinite(r.dualBound) ? Math.max(0, r.dualBound) : 0;
  return { bound: Math.max(0, Math.min(100, 100 - lower / flagged.length)), status: r.status };
}
