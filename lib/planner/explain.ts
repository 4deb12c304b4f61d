// Explaining a plan: each nutrient's total against RDA and UL per day and per week, the dishes that
// contribute most, lower-bound flags, and where the vitamin B12 comes from. Pure.
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { mealParts } from "@/lib/planner/objective";
import { resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import type { PlanLike } from "@/lib/planner/score";
import {
  DAYS_PER_WEEK,
  type Dish,
  type PlanDay,
  type PlannedMeal,
  type PlanRequest,
} from "@/lib/planner/types";

export type ExplainedNutrient = "energyKcal" | TargetNutrient;
const EXPLAINED_NUTRIENTS: readonly ExplainedNutrient[] = ["energyKcal", ...TARGET_NUTRIENTS];

export interface Contribution {
  /** The dish's id; a side's is its side id, negated (sides and dishes have their own ids). */
  dishId: number;
  name: string;
  amount: number;
  /** Share of the period's total, 0-100. */
  percent: number;
}

export interface NutrientExplanation {
  nutrient: ExplainedNutrient;
  total: number;
  /** RDA (energy: the target) for the period. */
  reference: number;
  /** Food UL for the period; null when none applies (magnesium from food, B12, energy). */
  ul: number | null;
  percentOfReference: number;
  aboveUl: boolean;
  /** A dish lacks this value: the true total is at least `total`. */
  lowerBound: boolean;
  flagged: boolean;
  /** The dishes that contribute most, largest first (at most 3). */
  topDishes: Contribution[];
}

export interface B12Sources {
  /** Weekly µg from fortified non-animal foods, from animal foods, and from anything else. */
  fortifiedMcg: number;
  animalMcg: number;
  otherMcg: number;
  /** Some B12 and none of it from animal foods: a vegan plan relying on fortified foods. */
  onlyFortified: boolean;
}

export interface PlanExplanation {
  week: NutrientExplanation[];
  days: { day: number; nutrients: NutrientExplanation[] }[];
  b12: B12Sources;
}

const TOP = 3;

/** Every main dish and side the meals eat, with its portion and its contribution id. */
function partsOf(meals: readonly PlannedMeal[], req: ResolvedRequest) {
  return meals.flatMap((m) => mealParts(m, req).map((p) => ({ ...p, key: p.side ? -p.dish.id : p.dish.id })));
}

function explainMeals(
  meals: readonly PlannedMeal[],
  days: number,
  req: ResolvedRequest,
): NutrientExplanation[] {
  const ulNutrients = new Set<TargetNutrient>(req.foodUlNutrients);
  const parts = partsOf(meals, req);
  const names = new Map<number, Dish>(parts.map((p) => [p.key, p.dish]));
  return EXPLAINED_NUTRIENTS.map((k) => {
    const byDish = new Map<number, number>();
    let total = 0;
    let lowerBound = false;
    for (const { dish, portion, key } of parts) {
      const amount = dish.perServing[k] * portion;
      total += amount;
      byDish.set(key, (byDish.get(key) ?? 0) + amount);
      if (dish.lowerBound.includes(k)) lowerBound = true;
    }
    const reference = (k === "energyKcal" ? req.energyTargetKcal : req.intakes[k].rda) * days;
    const ulDay = k !== "energyKcal" && ulNutrients.has(k) ? req.intakes[k].ul : null;
    const ul = ulDay === null ? null : ulDay * days;
    const topDishes = [...byDish.entries()]
      .filter(([, amount]) => amount > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, TOP)
      .map(([dishId, amount]) => ({
        dishId,
        name: names.get(dishId)?.name ?? String(dishId),
        amount,
        percent: total > 0 ? (100 * amount) / total : 0,
      }));
    return {
      nutrient: k,
      total,
      reference,
      ul,
      percentOfReference: (100 * total) / reference,
      aboveUl: ul !== null && total > ul,
      lowerBound,
      flagged: k !== "energyKcal" && req.favoured.has(k),
      topDishes,
    };
  });
}

function explainResolved(plan: PlanLike, req: ResolvedRequest): PlanExplanation {
  const dayOf = (d: number): PlanDay | undefined => plan.days.find((x) => x.day === d);
  const all = plan.days.flatMap((d) => d.meals);
  let fortifiedMcg = 0;
  let animalMcg = 0;
  let otherMcg = 0;
  for (const { dish, portion } of partsOf(all, req)) {
    const f = dish.b12FortifiedMcg * portion;
    const a = dish.b12AnimalMcg * portion;
    fortifiedMcg += f;
    animalMcg += a;
    otherMcg += Math.max(0, dish.perServing.vitaminB12Mcg * portion - f - a);
  }
  return {
    week: explainMeals(all, DAYS_PER_WEEK, req),
    days: Array.from({ length: DAYS_PER_WEEK }, (_, d) => ({
      day: d,
      nutrients: explainMeals(dayOf(d)?.meals ?? [], 1, req),
    })),
    b12: { fortifiedMcg, animalMcg, otherMcg, onlyFortified: fortifiedMcg > 0 && animalMcg === 0 },
  };
}

/** Per day and per week: each nutrient against RDA and UL, top dishes, lower bounds, B12 sources. */
export function explainPlan(plan: PlanLike, request: PlanRequest): PlanExplanation {
  return explainResolved(plan, resolveRequest(request));
}
