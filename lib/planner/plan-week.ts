// The weekly planner: stage A (weekly counts, HiGHS) then stage B (placement into days). Pure.
// See docs/decisions/006-planner-formulation.md.
import type { Highs } from "highs";
import { getHighs } from "@/lib/planner/highs";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { fixedMealCost, objectiveContext, OBJECTIVE_WEIGHTS, planObjective } from "@/lib/planner/objective";
import { candidatesBySlot, resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import { checkHardRules, nutrientShortfalls, varietyOf } from "@/lib/planner/score";
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
import { solveRelaxation } from "@/lib/planner/relaxation";
import { placeServings, type Serving } from "@/lib/planner/stage-b";
import {
  DAYS_PER_WEEK,
  SLOTS,
  type Dish,
  type FavouringEffect,
  type HardRuleViolation,
  type PlanDay,
  type PlannedMeal,
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
  /** ...and at most this many beyond those the LP uses... */
  maxExtraDishesPerSlot: 25,
  /** ...and, per slot and flagged nutrient, this many of the dishes richest in it (a binding nutrient). */
  richestDishesPerNutrient: 8,
  /**
   * When the week placed from the true weekly window breaks a daily window, stage A is solved again
   * with its weekly window this much inside the daily one (fraction), leaving room for placement.
   */
  weeklyWindowMargin: 0.03,
  /** Absolute MIP gap, in objective points (0.05 = a twentieth of a point of coverage). */
  mipAbsGap: 0.1,
  /** Share of the time limit the MIP may use (the LP and the placement take the rest). */
  mipShareOfTimeLimit: 0.6,
  /** Rounds of repair when the placed week breaks a day's or a meal's window or a UL. */
  repairRounds: 6,
  /** Dishes per slot the LP's column generation starts from (lib/planner/relaxation.ts). */
  initialLpDishesPerSlot: 30,
});

interface Counted {
  col: XColumn;
  count: number;
}

/** Servings from stage A's counts; locked meals claim theirs first and keep their day. */
function servingsFromCounts(counted: readonly Counted[], req: ResolvedRequest): Serving[] {
  const out: Serving[] = [];
  const sides: Serving[] = [];
  const pool = new Map<string, number[]>();
  for (const { col, count } of counted) {
    if (col.kind === "no-side") continue;
    if (col.kind === "side") {
      for (let i = 0; i < count; i++) {
        sides.push({ dish: col.dish, slot: col.slot, portion: col.portion, fixedCost: 0, side: true });
      }
      continue;
    }
    for (let i = 0; i < count; i++) {
      const key = `${col.dish.id}|${col.slot}|${col.portion}`;
      const list = pool.get(key) ?? [];
      list.push(out.length);
      pool.set(key, list);
      out.push({
        dish: col.dish,
        slot: col.slot,
        portion: col.portion,
        fixedCost: fixedMealCost(req, col.dish.id),
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
          fixedCost: fixedMealCost(req, l.dishId),
        });
    }
  }
  // At most 7 per slot: drop surplus unlocked servings (never happens with a solved model).
  const perSlot = new Map<Slot, number>();
  const mains = out
    .sort((a, b) => Number(b.lockedDay !== undefined) - Number(a.lockedDay !== undefined))
    .filter((sv) => {
      const n = perSlot.get(sv.slot) ?? 0;
      if (n >= DAYS_PER_WEEK) return false;
      perSlot.set(sv.slot, n + 1);
      return true;
    });
  return [...mains, ...sides];
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

/** Per flagged nutrient, the ids of the dishes of one slot richest in it per serving. */
function richestDishes(req: ResolvedRequest, dishes: readonly Dish[]): Set<number> {
  const out = new Set<number>();
  // A vegan spreading B12 needs its carriers even when B12 is not favoured.
  const nutrients = new Set(req.spreadB12 ? [...req.favoured, "vitaminB12Mcg" as const] : req.favoured);
  for (const n of nutrients) {
    const ranked = [...dishes].sort((a, b) => b.perServing[n] - a.perServing[n] || a.id - b.id);
    for (const d of ranked.slice(0, PLANNER_TUNING.richestDishesPerNutrient)) out.add(d.id);
  }
  return out;
}

/**
 * The dishes kept after the LP, per slot: every dish the LP uses, then the cheapest by reduced cost
 * (ties by standalone value) up to a cap, at least a minimum, the dishes richest in each flagged
 * nutrient (reduced costs alone drop them where a nutrient binds) and every locked dish.
 */
function pruneByLp(
  req: ResolvedRequest,
  reducedCost: ReadonlyMap<string, number>,
  dishes: Record<Slot, readonly Dish[]>,
): Record<Slot, Dish[]> {
  const lockedKeys = new Set(req.locked.map((l) => `${l.dishId}|${l.slot}`));
  const out = {} as Record<Slot, Dish[]>;
  for (const slot of SLOTS) {
    const richest = richestDishes(req, dishes[slot]);
    const ranked = dishes[slot]
      .map((d, i) => ({
        d,
        i,
        rc: reducedCost.get(`${d.id}|${slot}`) ?? Infinity,
        value: standaloneValue(req, d),
      }))
      .sort((a, b) => a.rc - b.rc || b.value - a.value || a.i - b.i);
    let extra = 0;
    const kept = ranked.filter((r, rank) => {
      if (r.rc === -Infinity || lockedKeys.has(`${r.d.id}|${slot}`) || richest.has(r.d.id)) return true;
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
 * Where the column generation of the LP starts, per slot: the dishes of the best standalone value,
 * the richest in each flagged nutrient and the locked ones (the LP brings in whatever else it needs).
 */
function initialLpDishes(req: ResolvedRequest, dishes: Record<Slot, readonly Dish[]>): Record<Slot, Dish[]> {
  const out = {} as Record<Slot, Dish[]>;
  for (const slot of SLOTS) {
    const richest = richestDishes(req, dishes[slot]);
    const locked = new Set(req.locked.filter((l) => l.slot === slot).map((l) => l.dishId));
    const best = new Set(
      dishes[slot]
        .map((d, i) => ({ d, i, value: standaloneValue(req, d) }))
        .sort((a, b) => b.value - a.value || a.i - b.i)
        .slice(0, PLANNER_TUNING.initialLpDishesPerSlot)
        .map((r) => r.d.id),
    );
    out[slot] = dishes[slot].filter((d) => best.has(d.id) || richest.has(d.id) || locked.has(d.id));
  }
  return out;
}

/**
 * Rounds the LP solution onto the MIP model's columns: integer parts first, then each slot filled
 * up to 7 by the largest fractional parts, then by any dish with room left (the search fixes it).
 */
function roundLp(
  req: ResolvedRequest,
  mipModel: StageAModel,
  lpModel: StageAModel,
  lp: StageAResult,
  caps: ReadonlyMap<number, number>,
): number[] {
  // A number per column (dish or side, slot, portion): string keys made this loop slow.
  const kinds = ["main", "side", "no-side"];
  const key = (c: XColumn) =>
    ((c.dish.id * 3 + kinds.indexOf(c.kind)) * SLOTS.length + SLOTS.indexOf(c.slot)) * 1e4 +
    Math.round(c.portion * 1000);
  const group = (c: XColumn) => `${c.slot}|${c.kind === "main" ? "main" : "side"}`;
  const room = (c: XColumn) => (c.kind === "main" ? DAYS_PER_WEEK : DAYS_PER_WEEK * req.maxSidesPerMeal);
  const lpValue = new Map<number, number>();
  if (lp.hasSolution) lpModel.xCols.forEach((c, j) => lpValue.set(key(c), lp.colValue[j] ?? 0));
  const frac = mipModel.xCols.map((c) => lpValue.get(key(c)) ?? 0);
  const upper = mipModel.data.colUpper;
  // The MIP's bounds are tighter than the LP's (the meal shares prune its servings): clamp to them,
  // or the search would start from slots with too few servings.
  const counts = mipModel.xCols.map((c, j) =>
    Math.max(c.lockedCount, Math.min(upper[j] ?? 0, Math.floor((frac[j] ?? 0) + 1e-6))),
  );
  const used = new Map<number, number>();
  const fill = new Map<string, number>();
  mipModel.xCols.forEach((c, j) => {
    if (c.kind === "main") used.set(c.dish.id, (used.get(c.dish.id) ?? 0) + (counts[j] ?? 0));
    fill.set(group(c), (fill.get(group(c)) ?? 0) + (counts[j] ?? 0));
  });
  const order = mipModel.xCols
    .map((c, j) => ({ c, j, rest: (frac[j] ?? 0) - (counts[j] ?? 0), std: c.portion === 1 ? 1 : 0 }))
    .sort((a, b) => b.rest - a.rest || b.std - a.std || a.j - b.j);
  for (const { c, j } of order) {
    if ((fill.get(group(c)) ?? 0) >= room(c)) continue;
    if ((counts[j] ?? 0) >= (upper[j] ?? 0)) continue;
    if (c.kind === "main" && (used.get(c.dish.id) ?? 0) >= (caps.get(c.dish.id) ?? 1)) continue;
    counts[j] = (counts[j] ?? 0) + 1;
    if (c.kind === "main") used.set(c.dish.id, (used.get(c.dish.id) ?? 0) + 1);
    fill.set(group(c), (fill.get(group(c)) ?? 0) + 1);
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

/** The LP relaxation of stage A with the true weekly window, and the dishes kept after it. */
interface Relaxation {
  lpModel: StageAModel;
  lp: StageAResult;
  /** All the LP solves of the column generation. */
  lpMs: number;
  /** A lower bound on the objective of any plan of the full (day-level) model; see statusOf. */
  bound: number;
  /** The LP was solved to optimality over every candidate (false: out of time, no bound). */
  proven: boolean;
  kept: Record<Slot, Dish[]>;
}

function relaxAndPrune(
  highs: Highs,
  req: ResolvedRequest,
  dishes: Record<Slot, Dish[]>,
  caps: ReadonlyMap<number, number>,
): Relaxation {
  const t0 = performance.now();
  const relaxed = solveRelaxation(highs, req, dishes, initialLpDishes(req, dishes), caps, {
    weeklyTolerance: req.energyTolerance,
    timeLimitSec: (req.timeLimitMs / 1000) * 0.4,
    seed: req.seed,
  });
  const { model: lpModel, lp } = relaxed;
  const proven = relaxed.proven && lp.status === "optimal";
  const bound = proven ? lp.objective : trivialBound();
  const kept = relaxed.reducedCost.size > 0 ? pruneByLp(req, relaxed.reducedCost, dishes) : dishes;
  return { lpModel, lp, lpMs: performance.now() - t0, bound, proven, kept };
}

/** Stage A's weekly counts for one weekly window, and how they were found. */
interface WeeklyCounts {
  counted: Counted[];
  mipMs: number;
  mipStatus: string;
  /** The MIP model the counts are for (a repair tightens its bounds and searches again). */
  model: StageAModel;
}

/**
 * A small MIP on the kept dishes with the weekly window `margin` inside the daily one, warm-started
 * by the LP rounded and improved by a local search on the counts. When that start already meets the
 * LP bound (within the absolute gap) the MIP has nothing to prove and is skipped.
 */
function solveWeeklyCounts(
  highs: Highs,
  req: ResolvedRequest,
  relaxation: Relaxation,
  caps: ReadonlyMap<number, number>,
  margin: number,
  mipLimitSec: number,
): WeeklyCounts {
  const { lpModel, lp, bound, kept } = relaxation;
  const mipModel = buildStageA(req, kept, caps, {
    weeklyTolerance: req.energyTolerance - margin,
    integer: true,
    halfRdaProxy: true,
  });
  const search = countLocalSearch(mipModel, roundLp(req, mipModel, lpModel, lp, caps));
  const counted = (counts: readonly number[]) =>
    mipModel.xCols.map((col, j) => ({ col, count: counts[j] ?? 0 }));
  if (search.objective <= bound + PLANNER_TUNING.mipAbsGap || mipLimitSec <= 0) {
    return { counted: counted(search.counts), mipMs: 0, mipStatus: "skipped", model: mipModel };
  }
  const mip = solveStageA(highs, mipModel, {
    timeLimitSec: Math.max(0.02, mipLimitSec),
    seed: req.seed,
    mipAbsGap: PLANNER_TUNING.mipAbsGap,
    start: search.colValue,
  });
  const better = mip.hasSolution && mip.objective < search.objective - 1e-9;
  const counts = better ? mipModel.xCols.map((_, j) => Math.round(mip.colValue[j] ?? 0)) : search.counts;
  return { counted: counted(counts), mipMs: mip.ms, mipStatus: mip.status, model: mipModel };
}

/** A placed week with its rule check and objective. */
interface PlacedWeek {
  days: PlanDay[];
  violations: HardRuleViolation[];
  objective: number;
}

function placeWeek(counts: WeeklyCounts, req: ResolvedRequest): PlacedWeek {
  const servings = servingsFromCounts(counts.counted, req);
  const days = placeServings(servings, objectiveContext(req), {
    portions: req.portions,
    seed: req.seed,
    maxSidesPerMeal: req.maxSidesPerMeal,
  });
  const violations = checkHardRules(days, req);
  const other = violations.filter(
    (v) => v.rule !== "energy-window" && v.rule !== "upper-limit" && v.rule !== "meal-share",
  ).length;
  return { days, violations, objective: planObjective(days, req, other).total };
}

/**
 * The plan's status. The bound is the LP relaxation of stage A with the true weekly window, which
 * relaxes the full day-level model (every day in its window implies the week in 7 × the window, and
 * the half-RDA days it leaves out cost ≥ 0). So "optimal" means proved for the full model: the plan
 * is within the absolute gap of that bound. Nothing proved about the pruned model counts.
 */
function statusOf(violations: number, objective: number, relaxation: Relaxation): SolverStatus {
  if (violations > 0) return "infeasible";
  if (objective - relaxation.bound <= PLANNER_TUNING.mipAbsGap) return "optimal";
  return relaxation.proven ? "feasible" : "timeout";
}

/**
 * Stage A with the true weekly window, then placement and its repair; when a day then falls outside its
 * energy window, stage A again with the window a margin inside, repaired too, and the better of the two.
 */
function countAndPlace(
  highs: Highs,
  req: ResolvedRequest,
  relaxation: Relaxation,
  caps: ReadonlyMap<number, number>,
  elapsedSec: () => number,
): { week: PlacedWeek; counts: WeeklyCounts } {
  const mipBudget = () => (req.timeLimitMs / 1000) * PLANNER_TUNING.mipShareOfTimeLimit - elapsedSec();
  const first = repairWeek(
    req,
    solveWeeklyCounts(highs, req, relaxation, caps, 0, Math.max(0.02, mipBudget())),
  );
  const { week } = first;
  if (!week.violations.some((v) => v.rule === "energy-window" || v.rule === "meal-share")) return first;
  const margin = Math.min(PLANNER_TUNING.weeklyWindowMargin, req.energyTolerance / 2);
  const narrow = repairWeek(
    req,
    solveWeeklyCounts(highs, req, relaxation, caps, margin, Math.max(0.05, mipBudget())),
  );
  return narrow.week.objective < week.objective ? narrow : first;
}

/** Breaches that placement could not avoid with these counts (a day's or a meal's energy, a UL). */
const PLACEMENT_RULES = new Set(["energy-window", "meal-share", "upper-limit"]);

/** A main dish or a side of one meal that gives up a serving. */
interface BreachedServing {
  kind: "main" | "side";
  id: number;
  slot: Slot;
}

/**
 * The meal of a day that breaks a day-wide rule: above a UL, the meal with the most of that nutrient;
 * outside the energy window, the largest portion.
 */
function dayBreachMeal(req: ResolvedRequest, meals: readonly PlannedMeal[], nutrient: string | undefined) {
  const ulNutrient = TARGET_NUTRIENTS.find((n) => n === nutrient);
  const weight = (m: PlannedMeal) =>
    ulNutrient ? (req.dishById.get(m.dishId)?.perServing[ulNutrient] ?? 0) * m.portion : m.portion;
  return meals
    .filter((m) => !m.locked)
    .reduce<PlannedMeal | undefined>((a, m) => (a && weight(a) >= weight(m) ? a : m), undefined);
}

/**
 * The serving to give up, per placement breach: the meal's side for a meal above its share, else
 * the meal's main dish; for a day above a UL the dish with the most of it, outside its window the
 * largest portion's dish.
 */
function breachedServings(req: ResolvedRequest, week: PlacedWeek): BreachedServing[] {
  const out: BreachedServing[] = [];
  for (const v of week.violations) {
    if (!PLACEMENT_RULES.has(v.rule) || v.day === undefined) continue;
    const meals = week.days[v.day]?.meals ?? [];
    const meal = v.slot
      ? meals.find((m) => m.slot === v.slot)
      : dayBreachMeal(req, meals, v.rule === "upper-limit" ? v.nutrient : undefined);
    if (!meal || meal.locked) continue;
    // A meal above its share with a side gives up the side; otherwise its main dish a serving.
    const above = v.rule === "meal-share" && (v.amount ?? 0) > (v.limit ?? Infinity);
    const side = above ? meal.sides?.[0] : undefined;
    if (side) out.push({ kind: "side", id: side.sideId, slot: meal.slot });
    else out.push({ kind: "main", id: meal.dishId, slot: meal.slot });
  }
  return out;
}

/**
 * When the placed week breaks a day's or a meal's window or a UL, the counts were hard to place:
 * each breached meal's dish loses a serving (its columns' bounds tightened), the count search fills
 * the slot again, and the new counts are placed; a few rounds, keeping the best week.
 */
function repairWeek(req: ResolvedRequest, counts: WeeklyCounts): { week: PlacedWeek; counts: WeeklyCounts } {
  let best = { week: placeWeek(counts, req), counts };
  let current = best;
  const upper = [...counts.model.data.colUpper];
  for (let round = 0; round < PLANNER_TUNING.repairRounds; round++) {
    const breached = breachedServings(req, current.week);
    if (breached.length === 0) break;
    for (const b of breached) {
      current.counts.counted.forEach(({ col, count }, j) => {
        if (col.kind === b.kind && col.dish.id === b.id && col.slot === b.slot && count > 0)
          upper[j] = Math.max(col.lockedCount, Math.min(upper[j] ?? 0, count - 1));
      });
    }
    const model = { ...counts.model, data: { ...counts.model.data, colUpper: [...upper] } };
    const search = countLocalSearch(
      model,
      current.counts.counted.map((c) => c.count),
    );
    const next: WeeklyCounts = {
      ...counts,
      counted: model.xCols.map((col, j) => ({ col, count: search.counts[j] ?? 0 })),
      model,
    };
    current = { week: placeWeek(next, req), counts: next };
    if (current.week.objective < best.week.objective) best = current;
  }
  return best;
}

/**
 * The favoured nutrients' daily averages of the same request planned without flags: a cheaper solve,
 * stage A's integer weekly counts from its LP rounded and improved by the local search (no MIP, no
 * placement: only weekly totals matter). An integer week, not the LP's fractional one, whose nutrients
 * are arbitrary wherever the objective is indifferent to them.
 */
function favouringEffect(
  highs: Highs,
  request: PlanRequest,
  req: ResolvedRequest,
  days: readonly PlanDay[],
): FavouringEffect[] {
  if (req.favoured.size === 0) return [];
  const plain = resolveRequest({ ...request, favouredNutrients: [] });
  const dishes = modelDishes(plain, candidatesBySlot(plain));
  const caps = repeatCaps(plain, dishes);
  const relaxation = relaxAndPrune(highs, plain, dishes, caps);
  const { counted } = solveWeeklyCounts(highs, plain, relaxation, caps, 0, 0);
  const solved = relaxation.lp.hasSolution;
  const shortfalls = nutrientShortfalls(days, req);
  return TARGET_NUTRIENTS.filter((n) => req.favoured.has(n)).map((nutrient) => {
    const perDay = shortfalls.find((s) => s.nutrient === nutrient)?.averagePerDay ?? 0;
    // The empty side places eat nothing (all zeros), so every column can be summed.
    const weekly = counted.reduce(
      (acc, { col, count }) => acc + count * col.portion * col.dish.perServing[nutrient],
      0,
    );
    // Without an LP solution (out of time) nothing is known: say favouring changed nothing.
    return { nutrient, perDay, perDayWithoutFavouring: solved ? weekly / DAYS_PER_WEEK : perDay };
  });
}

/** planWeek on a given HiGHS runtime (synchronous once the runtime is loaded). */
export function planWeekWith(highs: Highs, request: PlanRequest): WeekPlan {
  const t0 = performance.now();
  const req = resolveRequest(request);
  const dishes = modelDishes(req, candidatesBySlot(req));
  const caps = repeatCaps(req, dishes);
  const candidates = new Set(SLOTS.flatMap((s) => dishes[s].map((d) => d.id))).size;
  const relaxation = relaxAndPrune(highs, req, dishes, caps);
  const t1 = performance.now();
  const { week, counts } = countAndPlace(highs, req, relaxation, caps, () => (performance.now() - t0) / 1000);
  const { days, violations, objective } = week;
  const gap = Math.max(0, objective - relaxation.bound);
  return {
    days,
    violations,
    shortfalls: nutrientShortfalls(days, req),
    variety: varietyOf(days, req),
    favouring: favouringEffect(highs, request, req, days),
    solver: {
      status: statusOf(violations.length, objective, relaxation),
      objective,
      bound: relaxation.bound,
      gapPercent: (100 * gap) / Math.max(Math.abs(objective), 1),
      ms: performance.now() - t0,
      stages: {
        lpMs: relaxation.lpMs,
        mipMs: counts.mipMs,
        placementMs: performance.now() - t1 - counts.mipMs,
        candidates,
        keptAfterPruning: new Set(SLOTS.flatMap((s) => relaxation.kept[s].map((d) => d.id))).size,
        mipStatus: counts.mipStatus,
      },
    },
  };
}
