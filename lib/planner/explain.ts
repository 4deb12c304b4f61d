// Explaining a plan: each nutrient's total against RDA and UL per day and per week, the dishes that
// contribute most, lower-bound flags, and where the vitamin B12 comes from. Pure.
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import type { PlanLike } from "@/lib/planner/score";
import { DAYS_PER_WEEK, type PlanDay, type PlanRequest } from "@/lib/planner/types";

export type ExplainedNutrient = "energyKcal" | TargetNutrient;
const EXPLAINED_NUTRIENTS: readonly ExplainedNutrient[] = ["energyKcal", ...TARGET_NUTRIENTS];

export interface Contribution {
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

function explainMeals(
  meals: { dishId: number; portion: number }[],
  days: number,
  req: ResolvedRequest,
): NutrientExplanation[] {
  const ulNutrients = new Set<TargetNutrient>(req.foodUlNutrients);
  return EXPLAINED_NUTRIENTS.map((k) => {
    const byDish = new Map<number, number>();
    let total = 0;
    let lowerBound = false;
    for (const m of meals) {
      const dish = req.dishById.get(m.dishId);
      if (!dish) continue;
      const amount = dish.perServing[k] * m.portion;
      total += amount;
      byDish.set(dish.id, (byDish.get(dish.id) ?? 0) + amount);
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
        name: req.dishById.get(dishId)?.name ?? String(dishId),
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
  for (const m of all) {
    const dish = req.dishById.get(m.dishId);
    if (!dish) continue;
    const f = dish.b12FortifiedMcg * m.portion;
    const a = dish.b12AnimalMcg * m.portion;
    fortifiedMcg += f;
    animalMcg += a;
    otherMcg += Math.max(0, dish.perServing.vitaminB12Mcg * m.portion - f - a);
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
