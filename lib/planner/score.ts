// Scoring a plan from its dishes only (never from a solver's objective). Pure.
import {
  NUTRIENT_KEYS,
  TARGET_NUTRIENTS,
  type NutrientKey,
  type TargetNutrient,
} from "@/lib/nutrition/types";
import { mealParts, planObjective, type ObjectiveBreakdown } from "@/lib/planner/objective";
import { exclusionReason, resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import {
  DAYS_PER_WEEK,
  SLOTS,
  slotMealType,
  type Dish,
  type HardRuleViolation,
  type NutrientShortfall,
  type PlanDay,
  type PlanRequest,
  type PlannedMeal,
  type Variety,
} from "@/lib/planner/types";

/** Anything with the days of a week plan (a WeekPlan, or a baseline's days). */
export interface PlanLike {
  days: readonly PlanDay[];
}

interface DayTotals {
  day: number;
  totals: Record<NutrientKey, number>;
  /** Nutrients whose total is a lower bound (a dish lacks the value). */
  lowerBound: NutrientKey[];
}

/** Nutrient totals of each day (7 entries, a missing day is all zeros). */
function dayTotals(days: readonly PlanDay[], req: ResolvedRequest): DayTotals[] {
  return Array.from({ length: DAYS_PER_WEEK }, (_, d) => {
    const totals = Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, 0])) as Record<NutrientKey, number>;
    const lb = new Set<NutrientKey>();
    for (const meal of days.find((x) => x.day === d)?.meals ?? []) {
      for (const { dish, portion } of mealParts(meal, req)) {
        for (const k of NUTRIENT_KEYS) totals[k] += dish.perServing[k] * portion;
        for (const k of dish.lowerBound) lb.add(k);
      }
    }
    return { day: d, totals, lowerBound: NUTRIENT_KEYS.filter((k) => lb.has(k)) };
  });
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

const EXCLUSION_WORDS = { allergen: "allergen list", dislike: "dislikes" } as const;

/** The diet, allergen or dislike rule a dish or side breaks, worded after `what`; null when none. */
function exclusionViolation(dish: Dish, req: ResolvedRequest, what: string): HardRuleViolation | null {
  const reason = exclusionReason(dish, req);
  if (reason === null) return null;
  const broken = reason === "diet" ? `${req.diet} diet` : EXCLUSION_WORDS[reason];
  return { rule: reason, message: `${what} breaks the ${broken}` };
}

/** The rules one meal breaks: an unknown dish, an excluded dish, a dish of another meal type. */
function mealViolations(meal: PlannedMeal, day: number, req: ResolvedRequest): HardRuleViolation[] {
  const { slot } = meal;
  const dish = req.dishById.get(meal.dishId);
  if (!dish) {
    return [{ rule: "empty-slot", day, slot, dishId: meal.dishId, message: `unknown dish ${meal.dishId}` }];
  }
  const out: HardRuleViolation[] = [];
  const excluded = exclusionViolation(dish, req, `day ${day + 1} ${slot}: "${dish.name}"`);
  if (excluded) out.push({ ...excluded, day, slot, dishId: dish.id });
  if (!dish.mealTypes.includes(slotMealType(slot))) {
    out.push({
      rule: "meal-type",
      day,
      slot,
      dishId: dish.id,
      message: `day ${day + 1}: "${dish.name}" is not a ${slotMealType(slot)}`,
    });
  }
  return [...out, ...sideViolations(meal, day, req)];
}

/** The rules a meal's sides break: unknown, excluded, not for this meal, too many, one twice. */
function sideViolations(meal: PlannedMeal, day: number, req: ResolvedRequest): HardRuleViolation[] {
  const { slot } = meal;
  const sides = meal.sides ?? [];
  const out: HardRuleViolation[] = [];
  const where = `day ${day + 1} ${slot}`;
  if (sides.length > req.maxSidesPerMeal) {
    const message = `${where}: ${sides.length} sides (at most ${req.maxSidesPerMeal})`;
    out.push({ rule: "meal-type", day, slot, amount: sides.length, limit: req.maxSidesPerMeal, message });
  }
  const seen = new Set<string>();
  for (const { sideId } of sides) {
    const side = req.sideById.get(sideId);
    if (!side) {
      out.push({ rule: "empty-slot", day, slot, sideId, message: `${where}: unknown side ${sideId}` });
      continue;
    }
    const excluded = exclusionViolation(side, req, `${where}: side "${side.name}"`);
    if (excluded) out.push({ ...excluded, day, slot, sideId });
    const twice = seen.has(side.group);
    if (!side.mealTypes.includes(slotMealType(slot)) || twice) {
      const message = `${where}: side "${side.name}" ${twice ? `is a second ${side.group}` : `is not for a ${slotMealType(slot)}`}`;
      out.push({ rule: "meal-type", day, slot, sideId, message });
    }
    seen.add(side.group);
  }
  return out;
}

/** Each eaten meal's energy, main dish and sides, within its share of the daily target. */
function mealShareViolations(days: readonly PlanDay[], req: ResolvedRequest): HardRuleViolation[] {
  const out: HardRuleViolation[] = [];
  for (const day of days) {
    for (const meal of day.meals) {
      if (!req.slots.includes(meal.slot)) continue;
      const e = mealParts(meal, req).reduce((acc, p) => acc + p.dish.perServing.energyKcal * p.portion, 0);
      const lo = req.mealShares[meal.slot].min * req.energyTargetKcal;
      const hi = req.mealShares[meal.slot].max * req.energyTargetKcal;
      if (e >= lo - 1e-6 && e <= hi + 1e-6) continue;
      out.push({
        rule: "meal-share",
        day: day.day,
        slot: meal.slot,
        nutrient: "energyKcal",
        amount: e,
        limit: e < lo ? lo : hi,
        message: `day ${day.day + 1} ${meal.slot}: ${Math.round(e)} kcal, outside ${Math.round(lo)}-${Math.round(hi)} kcal`,
      });
    }
  }
  return out;
}

/** Each slot of each day holds exactly one allowed dish of its meal type. */
function slotViolations(days: readonly PlanDay[], req: ResolvedRequest): HardRuleViolation[] {
  const out: HardRuleViolation[] = [];
  for (let d = 0; d < DAYS_PER_WEEK; d++) {
    const day = days.find((x) => x.day === d);
    for (const slot of SLOTS) {
      const meals = day?.meals.filter((m) => m.slot === slot) ?? [];
      if (meals.length === 0 && !req.slots.includes(slot)) continue;
      if (meals.length > 0 && !req.slots.includes(slot)) {
        out.push({ rule: "meal-type", day: d, slot, message: `day ${d + 1}: ${slot} is not eaten` });
      }
      if (meals.length === 0)
        out.push({ rule: "empty-slot", day: d, slot, message: `day ${d + 1}: no ${slot}` });
      if (meals.length > 1) {
        const message = `day ${d + 1}: ${meals.length} dishes for ${slot}`;
        out.push({ rule: "empty-slot", day: d, slot, message });
      }
      for (const meal of meals) out.push(...mealViolations(meal, d, req));
    }
  }
  return out;
}

/** Every locked meal is still where it was, at its portion. */
function lockedViolations(days: readonly PlanDay[], req: ResolvedRequest): HardRuleViolation[] {
  return req.locked
    .filter((l) => {
      const meal = days.find((x) => x.day === l.day)?.meals.find((m) => m.slot === l.slot);
      return !meal || meal.dishId !== l.dishId || meal.portion !== l.portion;
    })
    .map((l) => ({
      rule: "locked-moved",
      day: l.day,
      slot: l.slot,
      dishId: l.dishId,
      message: `day ${l.day + 1} ${l.slot}: the locked meal was not kept`,
    }));
}

/** No known dish more often in the week than the repeat limit. */
function repeatViolations(days: readonly PlanDay[], req: ResolvedRequest): HardRuleViolation[] {
  const counts = new Map<number, number>();
  for (const meal of days.flatMap((d) => d.meals)) {
    if (req.dishById.has(meal.dishId)) counts.set(meal.dishId, (counts.get(meal.dishId) ?? 0) + 1);
  }
  return [...counts]
    .filter(([, n]) => n > req.maxRepeats)
    .map(([dishId, n]) => ({
      rule: "max-repeats",
      dishId,
      amount: n,
      limit: req.maxRepeats,
      message: `"${req.dishById.get(dishId)?.name ?? dishId}" is planned ${n} times (limit ${req.maxRepeats})`,
    }));
}

/** A dish at most once a day and never on two consecutive days. */
function repeatTooSoonViolations(days: readonly PlanDay[], req: ResolvedRequest): HardRuleViolation[] {
  const daysOf = new Map<number, number[]>();
  for (const day of days) {
    for (const meal of day.meals) {
      const list = daysOf.get(meal.dishId) ?? [];
      list.push(day.day);
      daysOf.set(meal.dishId, list);
    }
  }
  const out: HardRuleViolation[] = [];
  for (const [dishId, list] of daysOf) {
    const name = req.dishById.get(dishId)?.name ?? String(dishId);
    const sorted = [...list].sort((a, b) => a - b);
    sorted.forEach((day, i) => {
      const next = sorted[i + 1];
      if (next === undefined || next - day > 1) return;
      const message =
        next === day ? `day ${day + 1}: "${name}" twice` : `"${name}" on day ${day + 1} and day ${next + 1}`;
      out.push({ rule: "repeat-too-soon", day: next, dishId, message });
    });
  }
  return out;
}

/** Each day's energy within the window and each food-UL nutrient at or below its UL. */
function dailyLimitViolations(days: readonly PlanDay[], req: ResolvedRequest): HardRuleViolation[] {
  const out: HardRuleViolation[] = [];
  const lo = req.energyTargetKcal * (1 - req.energyTolerance);
  const hi = req.energyTargetKcal * (1 + req.energyTolerance);
  for (const t of dayTotals(days, req)) {
    const e = t.totals.energyKcal;
    // A hair of tolerance for floating point.
    if (e < lo - 1e-6 || e > hi + 1e-6) {
      out.push({
        rule: "energy-window",
        day: t.day,
        nutrient: "energyKcal",
        amount: e,
        limit: e < lo ? lo : hi,
        message: `day ${t.day + 1}: ${Math.round(e)} kcal, outside ${Math.round(lo)}-${Math.round(hi)} kcal`,
      });
    }
    for (const n of req.foodUlNutrients) {
      const ul = req.intakes[n].ul ?? Infinity;
      if (t.totals[n] <= ul + 1e-9) continue;
      out.push({
        rule: "upper-limit",
        day: t.day,
        nutrient: n,
        amount: t.totals[n],
        limit: ul,
        message: `day ${t.day + 1}: ${round(t.totals[n])} ${n} is above the upper limit ${ul}`,
      });
    }
  }
  return out;
}

/** Every hard rule the plan breaks. */
export function checkHardRules(days: readonly PlanDay[], req: ResolvedRequest): HardRuleViolation[] {
  return [
    ...slotViolations(days, req),
    ...lockedViolations(days, req),
    ...repeatViolations(days, req),
    ...repeatTooSoonViolations(days, req),
    ...dailyLimitViolations(days, req),
    ...mealShareViolations(days, req),
  ];
}

/** Distinct dishes of the week, and how many of them the previous two weeks had too. */
export function varietyOf(days: readonly PlanDay[], req: ResolvedRequest): Variety {
  const meals = days.flatMap((d) => d.meals);
  const distinct = new Set(meals.map((m) => m.dishId));
  return {
    distinctDishes: distinct.size,
    meals: meals.length,
    fromRecentWeeks: [...distinct].filter((id) => req.recentDishIds.has(id)).length,
  };
}

/** Weekly shortfall of each target nutrient against its RDA. */
export function nutrientShortfalls(days: readonly PlanDay[], req: ResolvedRequest): NutrientShortfall[] {
  const totals = dayTotals(days, req);
  return TARGET_NUTRIENTS.map((n) => {
    const rda = req.intakes[n].rda;
    const avg = totals.reduce((acc, t) => acc + t.totals[n], 0) / DAYS_PER_WEEK;
    return {
      nutrient: n,
      flagged: req.favoured.has(n),
      rdaPerDay: rda,
      averagePerDay: avg,
      shortfallPerDay: Math.max(0, rda - avg),
      coveragePercent: Math.min(100, (100 * avg) / rda),
      daysBelowHalfRda: totals.filter((t) => t.totals[n] < rda / 2 - 1e-9).length,
      lowerBound: totals.some((t) => t.lowerBound.includes(n)),
    };
  });
}

interface NutrientVsReference {
  total: number;
  /** RDA (target nutrients) or the energy target, for the period. */
  reference: number;
  /** Food UL for the period, null when none applies. */
  ul: number | null;
  percentOfReference: number;
  lowerBound: boolean;
}

export interface PlanScore {
  /** Hard rules broken: must be 0. */
  hardRulesBroken: number;
  violations: HardRuleViolation[];
  /** Weekly average as % of RDA (capped at 100), averaged over favoured nutrients; null if none. */
  flaggedCoveragePercent: number | null;
  /** Mean over favoured nutrients of min(intake / RDA, 1), 0..1; null if none. */
  flaggedAdequacy: number | null;
  /** Weekly average as % of RDA, capped at 100, of each target nutrient. */
  coveragePercent: Record<TargetNutrient, number>;
  daysBelowHalfRda: Record<TargetNutrient, number>;
  /** Sum of daysBelowHalfRda over favoured nutrients. */
  flaggedDaysBelowHalfRda: number;
  perDay: { day: number; nutrients: Record<"energyKcal" | TargetNutrient, NutrientVsReference> }[];
  perWeek: Record<"energyKcal" | TargetNutrient, NutrientVsReference>;
  /** Mean preference score of the servings, -1..1 (0 = neutral). */
  preferenceScore: number;
  /** Distinct dishes / servings, 0..1. */
  varietyScore: number;
  shortfalls: NutrientShortfall[];
  /** The objective recomputed from the plan (with a hard penalty for every other broken rule). */
  objective: ObjectiveBreakdown;
}

const REPORTED = ["energyKcal", ...TARGET_NUTRIENTS] as const;

export function scoreResolved(plan: PlanLike, req: ResolvedRequest): PlanScore {
  const violations = checkHardRules(plan.days, req);
  const totals = dayTotals(plan.days, req);
  const shortfalls = nutrientShortfalls(plan.days, req);
  const ulNutrients = new Set<TargetNutrient>(req.foodUlNutrients);
  const vs = (
    k: "energyKcal" | TargetNutrient,
    total: number,
    days: number,
    lowerBound: boolean,
  ): NutrientVsReference => {
    const reference = (k === "energyKcal" ? req.energyTargetKcal : req.intakes[k].rda) * days;
    const ulDay = k !== "energyKcal" && ulNutrients.has(k) ? req.intakes[k].ul : null;
    return {
      total,
      reference,
      ul: ulDay === null ? null : ulDay * days,
      percentOfReference: (100 * total) / reference,
      lowerBound,
    };
  };
  const perDay = totals.map((t) => ({
    day: t.day,
    nutrients: Object.fromEntries(
      REPORTED.map((k) => [k, vs(k, t.totals[k], 1, t.lowerBound.includes(k))]),
    ) as Record<"energyKcal" | TargetNutrient, NutrientVsReference>,
  }));
  const perWeek = Object.fromEntries(
    REPORTED.map((k) => [
      k,
      vs(
        k,
        totals.reduce((acc, t) => acc + t.totals[k], 0),
        DAYS_PER_WEEK,
        totals.some((t) => t.lowerBound.includes(k)),
      ),
    ]),
  ) as Record<"energyKcal" | TargetNutrient, NutrientVsReference>;

  const flagged = shortfalls.filter((s) => s.flagged);
  const coveragePercent = Object.fromEntries(
    shortfalls.map((s) => [s.nutrient, s.coveragePercent]),
  ) as Record<TargetNutrient, number>;
  const daysBelowHalfRda = Object.fromEntries(
    shortfalls.map((s) => [s.nutrient, s.daysBelowHalfRda]),
  ) as Record<TargetNutrient, number>;
  const meals = plan.days.flatMap((d) => d.meals);
  const distinct = new Set(meals.map((m) => m.dishId)).size;
  const otherViolations = violations.filter(
    (v) => v.rule !== "energy-window" && v.rule !== "upper-limit" && v.rule !== "meal-share",
  ).length;
  return {
    hardRulesBroken: violations.length,
    violations,
    flaggedCoveragePercent:
      flagged.length === 0 ? null : flagged.reduce((acc, s) => acc + s.coveragePercent, 0) / flagged.length,
    flaggedAdequacy:
      flagged.length === 0
        ? null
        : flagged.reduce((acc, s) => acc + Math.min(1, s.averagePerDay / s.rdaPerDay), 0) / flagged.length,
    coveragePercent,
    daysBelowHalfRda,
    flaggedDaysBelowHalfRda: flagged.reduce((acc, s) => acc + s.daysBelowHalfRda, 0),
    perDay,
    perWeek,
    preferenceScore:
      meals.length === 0 ? 0 : meals.reduce((acc, m) => acc + req.preferenceOf(m.dishId), 0) / meals.length,
    varietyScore: meals.length === 0 ? 0 : distinct / meals.length,
    shortfalls,
    objective: planObjective(plan.days, req, otherViolations),
  };
}

/** Scores a plan against the request it was made for, from the plan's dishes only. */
export function scorePlan(plan: PlanLike, request: PlanRequest): PlanScore {
  return scoreResolved(plan, resolveRequest(request));
}
