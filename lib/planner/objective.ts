// The planner's objective, evaluated from a plan's dishes. Pure.
//
// Units: percentage points. One point of a flagged nutrient's weekly RDA left uncovered costs 1;
// everything else is scaled against that. The MIP of stage A uses the same weights, so its LP
// relaxation is a lower bound on `planObjective` of any plan (see docs/decisions/006).
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { b12SpreadDayPenalty, carriesB12 } from "@/lib/planner/b12-spread";
import { type ResolvedRequest } from "@/lib/planner/request";
import { DAYS_PER_WEEK, SLOTS, type Dish, type PlanDay, type PlannedMeal } from "@/lib/planner/types";

export const OBJECTIVE_WEIGHTS = Object.freeze({
  /** Per point of weekly RDA shortfall of a favoured nutrient. */
  flagged: 1,
  /** Per point of weekly RDA shortfall of any other target nutrient. */
  unflagged: 0.05,
  /**
   * Favoured nutrients, once the RDA is met: per point still short of the stretch level (diminishing
   * returns: more still counts, a quarter as much, up to STRETCH_OF_RDA, never above a UL).
   */
  stretch: 0.25,
  /** Favoured nutrients: per point (of a week) that a day falls below half the RDA. */
  halfRdaDay: 0.2,
  /** Per serving × preference score in [-1, 1] (a liked dish lowers the objective). */
  preference: 0.02,
  /** Per serving of a dish beyond its first in the week (variety). */
  repeat: 0.02,
  /** Per serving of a dish planned in the previous two weeks (consecutive weeks differ). */
  recent: 0.05,
  /** Per serving × (quarter servings away from 1)²: most meals are 1 or 1.25 servings. */
  portion: 0.01,
  /** Per side eaten: a side earns its place (energy for a big target, a flagged nutrient). */
  side: 0.01,
  /** Per point of a hard-rule breach (daily energy outside the window, above a UL), per week. */
  hard: 1000,
});

/** A favoured nutrient's stretch level as a multiple of its RDA (capped at its food UL). */
export const STRETCH_OF_RDA = 1.5;

/** Daily stretch level of each target nutrient: above the RDA for favoured ones, else the RDA. */
export function stretchLevel(req: ResolvedRequest, n: TargetNutrient): number {
  const { rda, ul } = req.intakes[n];
  if (!req.favoured.has(n)) return rda;
  const cap = req.foodUlNutrients.includes(n) && ul !== null ? ul : Infinity;
  return Math.max(rda, Math.min(STRETCH_OF_RDA * rda, cap));
}

/** Index of the energy entry in the small totals vectors; target nutrients follow at 1..4. */
export const ENERGY = 0;
const TRACKED = ["energyKcal", ...TARGET_NUTRIENTS] as const;
/** Index of vitamin B12 in the totals vectors. */
export const B12 = TRACKED.indexOf("vitaminB12Mcg");
export const TRACKED_COUNT = TRACKED.length;

/** Everything the objective needs, in flat arrays (hot loop of stage B). */
export interface ObjectiveContext {
  energyTarget: number;
  energyLow: number;
  energyHigh: number;
  /** Per target nutrient (TARGET_NUTRIENTS order): daily RDA, daily food UL (Infinity if none), weight. */
  rda: number[];
  ul: number[];
  weight: number[];
  flagged: boolean[];
  /** Daily stretch level (≥ RDA; equal to it when not favoured). */
  stretch: number[];
  /** Per slot (SLOTS order): a meal's energy window in kcal (0..∞ for a meal not eaten). */
  mealLow: number[];
  mealHigh: number[];
  /** B12 should be spread over two meals a day (lib/planner/b12-spread.ts). */
  spreadB12: boolean;
}

export function objectiveContext(req: ResolvedRequest): ObjectiveContext {
  const ulNutrients = new Set<TargetNutrient>(req.foodUlNutrients);
  return {
    energyTarget: req.energyTargetKcal,
    energyLow: req.energyTargetKcal * (1 - req.energyTolerance),
    energyHigh: req.energyTargetKcal * (1 + req.energyTolerance),
    rda: TARGET_NUTRIENTS.map((n) => req.intakes[n].rda),
    ul: TARGET_NUTRIENTS.map((n) => (ulNutrients.has(n) ? (req.intakes[n].ul ?? Infinity) : Infinity)),
    weight: TARGET_NUTRIENTS.map((n) =>
      req.favoured.has(n) ? OBJECTIVE_WEIGHTS.flagged : OBJECTIVE_WEIGHTS.unflagged,
    ),
    flagged: TARGET_NUTRIENTS.map((n) => req.favoured.has(n)),
    stretch: TARGET_NUTRIENTS.map((n) => stretchLevel(req, n)),
    mealLow: SLOTS.map((s) => (req.slots.includes(s) ? req.mealShares[s].min * req.energyTargetKcal : 0)),
    mealHigh: SLOTS.map((s) =>
      req.slots.includes(s) ? req.mealShares[s].max * req.energyTargetKcal : Infinity,
    ),
    spreadB12: req.spreadB12,
  };
}

/** Hard penalty of one meal's energy outside its share window (points of a week, like the day's). */
export function mealSharePenalty(ctx: ObjectiveContext, slotIndex: number, energy: number): number {
  const lo = ctx.mealLow[slotIndex] ?? 0;
  const hi = ctx.mealHigh[slotIndex] ?? Infinity;
  const out = energy < lo ? lo - energy : energy > hi ? energy - hi : 0;
  return out === 0 ? 0 : (OBJECTIVE_WEIGHTS.hard * 100 * out) / (DAYS_PER_WEEK * ctx.energyTarget);
}

/** A meal the person eats but the day lacks eats nothing: below its share (as stage A counts it). */
function missingMealsPenalty(
  ctx: ObjectiveContext,
  req: ResolvedRequest,
  meals: readonly PlannedMeal[],
): number {
  return req.slots
    .filter((slot) => !meals.some((m) => m.slot === slot))
    .reduce((acc, slot) => acc + mealSharePenalty(ctx, SLOTS.indexOf(slot), 0), 0);
}

/** What one meal eats, main dish and sides, as (dish, portion) pairs; unknown ids are skipped. */
export function mealParts(
  meal: PlannedMeal,
  req: Pick<ResolvedRequest, "dishById" | "sideById">,
): { dish: Dish; portion: number; side: boolean }[] {
  const out: { dish: Dish; portion: number; side: boolean }[] = [];
  const main = req.dishById.get(meal.dishId);
  if (main) out.push({ dish: main, portion: meal.portion, side: false });
  for (const s of meal.sides ?? []) {
    const side = req.sideById.get(s.sideId);
    if (side) out.push({ dish: side, portion: s.portion, side: true });
  }
  return out;
}

/** Tracked amounts (energy, then TARGET_NUTRIENTS) of one serving of a dish at a portion. */
export function trackedAmounts(dish: Dish, portion: number): number[] {
  return TRACKED.map((k) => dish.perServing[k] * portion);
}

/** Hard part of one day's objective: energy outside the window, intake above a food UL. */
export function dayHardPenalty(ctx: ObjectiveContext, totals: readonly number[]): number {
  const e = totals[ENERGY] ?? 0;
  let p = 0;
  if (e < ctx.energyLow) p += (100 * (ctx.energyLow - e)) / (DAYS_PER_WEEK * ctx.energyTarget);
  else if (e > ctx.energyHigh) p += (100 * (e - ctx.energyHigh)) / (DAYS_PER_WEEK * ctx.energyTarget);
  for (let i = 0; i < ctx.ul.length; i++) {
    const ul = ctx.ul[i] ?? Infinity;
    const x = totals[i + 1] ?? 0;
    if (x > ul) p += (100 * (x - ul)) / (DAYS_PER_WEEK * ul);
  }
  return OBJECTIVE_WEIGHTS.hard * p;
}

/** The B12 spread penalty of a day whose meals supply these µg of B12 (0 unless the rule applies). */
export function dayB12SpreadPenalty(ctx: ObjectiveContext, mealB12: readonly number[]): number {
  if (!ctx.spreadB12) return 0;
  let carrying = 0;
  for (const b12 of mealB12) if (carriesB12(b12)) carrying++;
  return b12SpreadDayPenalty(carrying);
}

/** Soft part of one day's objective: favoured nutrients below half the RDA. */
export function dayHalfRdaPenalty(ctx: ObjectiveContext, totals: readonly number[]): number {
  let p = 0;
  for (let i = 0; i < ctx.rda.length; i++) {
    if (!ctx.flagged[i]) continue;
    const half = (ctx.rda[i] ?? 0) / 2;
    const x = totals[i + 1] ?? 0;
    if (x < half) p += (100 * (half - x)) / (DAYS_PER_WEEK * half);
  }
  return OBJECTIVE_WEIGHTS.halfRdaDay * p;
}

/**
 * Weighted weekly shortfall against 7 × RDA, in points, plus (favoured nutrients) the points still
 * short of 7 × the stretch level above the RDA, at the stretch weight.
 */
export function weeklyShortfallPenalty(ctx: ObjectiveContext, weekTotals: readonly number[]): number {
  let p = 0;
  for (let i = 0; i < ctx.rda.length; i++) {
    const target = DAYS_PER_WEEK * (ctx.rda[i] ?? 0);
    const stretch = DAYS_PER_WEEK * (ctx.stretch[i] ?? 0);
    const x = weekTotals[i + 1] ?? 0;
    if (x < target) p += ((ctx.weight[i] ?? 0) * 100 * (target - x)) / target;
    const toStretch = Math.max(0, stretch - Math.max(x, target));
    if (toStretch > 0) p += (OBJECTIVE_WEIGHTS.stretch * 100 * toStretch) / target;
  }
  return p;
}

/** Cost of one serving that does not depend on the rest of the plan: its preference. */
export function servingCost(preference: number): number {
  return -OBJECTIVE_WEIGHTS.preference * preference;
}

/** Cost of eating a dish at `portion` servings: 0 at one serving, growing with the square of the step. */
export function portionCost(portion: number): number {
  const quarters = (portion - 1) / 0.25;
  return OBJECTIVE_WEIGHTS.portion * quarters * quarters;
}

/** The part of a meal's cost that does not depend on its portion: preference and recent weeks. */
export function fixedMealCost(req: ResolvedRequest, dishId: number): number {
  const recent = req.recentDishIds.has(dishId) ? OBJECTIVE_WEIGHTS.recent : 0;
  return servingCost(req.preferenceOf(dishId)) + recent;
}

/** Cost of one meal: preference, portion, and whether its dish was eaten in recent weeks. */
export function mealCost(req: ResolvedRequest, dishId: number, portion: number): number {
  return fixedMealCost(req, dishId) + portionCost(portion);
}

export interface ObjectiveBreakdown {
  total: number;
  /** Energy window and UL breaches, plus OBJECTIVE_WEIGHTS.hard × 100 per other broken rule. */
  hard: number;
  weeklyShortfall: number;
  halfRda: number;
  /** Meals a day short of carrying B12, when B12 is to be spread (lib/planner/b12-spread.ts). */
  b12Spread: number;
  /** Per-meal costs: preference, portion away from 1 serving, dishes of recent weeks, sides. */
  preference: number;
  repeats: number;
}

/**
 * The objective of a plan, from its dishes only. `otherViolations` counts hard-rule breaches not
 * measured here (diet, allergen, dislike, meal type, repeats above the limit, empty slots).
 */
export function planObjective(
  days: readonly PlanDay[],
  req: ResolvedRequest,
  otherViolations = 0,
): ObjectiveBreakdown {
  const ctx = objectiveContext(req);
  const week = new Array<number>(TRACKED_COUNT).fill(0);
  const counts = new Map<number, number>();
  let hard = OBJECTIVE_WEIGHTS.hard * 100 * otherViolations;
  let halfRda = 0;
  let b12Spread = 0;
  let preference = 0;
  for (const day of days) {
    const totals = new Array<number>(TRACKED_COUNT).fill(0);
    const mealB12: number[] = [];
    for (const meal of day.meals) {
      let mealEnergy = 0;
      let b12 = 0;
      for (const part of mealParts(meal, req)) {
        const amounts = trackedAmounts(part.dish, part.portion);
        for (let i = 0; i < TRACKED_COUNT; i++) totals[i] = (totals[i] ?? 0) + (amounts[i] ?? 0);
        mealEnergy += amounts[ENERGY] ?? 0;
        b12 += amounts[B12] ?? 0;
        if (part.side) {
          preference += OBJECTIVE_WEIGHTS.side;
          continue;
        }
        counts.set(part.dish.id, (counts.get(part.dish.id) ?? 0) + 1);
        preference += mealCost(req, part.dish.id, part.portion);
      }
      hard += mealSharePenalty(ctx, SLOTS.indexOf(meal.slot), mealEnergy);
      mealB12.push(b12);
    }
    hard += missingMealsPenalty(ctx, req, day.meals);
    for (let i = 0; i < TRACKED_COUNT; i++) week[i] = (week[i] ?? 0) + (totals[i] ?? 0);
    hard += dayHardPenalty(ctx, totals);
    halfRda += dayHalfRdaPenalty(ctx, totals);
    b12Spread += dayB12SpreadPenalty(ctx, mealB12);
  }
  // A day missing from the plan eats nothing: it breaks the energy window and every half-RDA.
  for (let d = days.length; d < DAYS_PER_WEEK; d++) {
    const zero = new Array<number>(TRACKED_COUNT).fill(0);
    hard += dayHardPenalty(ctx, zero) + missingMealsPenalty(ctx, req, []);
    halfRda += dayHalfRdaPenalty(ctx, zero);
    b12Spread += dayB12SpreadPenalty(ctx, []);
  }
  let repeats = 0;
  for (const c of counts.values()) if (c > 1) repeats += OBJECTIVE_WEIGHTS.repeat * (c - 1);
  const weeklyShortfall = weeklyShortfallPenalty(ctx, week);
  return {
    total: hard + weeklyShortfall + halfRda + b12Spread + preference + repeats,
    hard,
    weeklyShortfall,
    halfRda,
    b12Spread,
    preference,
    repeats,
  };
}
