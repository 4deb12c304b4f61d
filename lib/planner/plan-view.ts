// What a plan looks like to a person (and in the JSON API): meals with their nutrients, coverage per
// day and week against targets, and warnings. Pure.
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { b12Spread, type B12Spread } from "@/lib/planner/b12-spread";
import { explainPlan, type NutrientExplanation, type PlanExplanation } from "@/lib/planner/explain";
import {
  b12SpreadWarnings,
  dailyUpperLimitWarnings,
  planWarnings,
  type PlanWarning,
} from "@/lib/planner/plan-warnings";
import { resolveRequest } from "@/lib/planner/request";
import {
  SLOTS,
  type Dish,
  type FavouringEffect,
  type PlanDay,
  type PlannedMeal,
  type PlanRequest,
  type Slot,
} from "@/lib/planner/types";

export const COVERAGE_KEYS = ["energyKcal", ...TARGET_NUTRIENTS] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];

export interface Coverage {
  total: number;
  target: number;
  /** total / target × 100, not capped. */
  percent: number;
  ul: number | null;
  lowerBound: boolean;
  flagged: boolean;
  topDishes: { dishId: number; name: string; amount: number; percent: number }[];
}

/** A side of a meal as shown: what it is and how much. */
export interface PlanSideView {
  sideId: number;
  foodId: number | null;
  recipeId: number | null;
  name: string;
  /** Grams eaten (household portions × grams of one). */
  grams: number;
  servings: number;
  nutrients: Record<CoverageKey, number>;
}

export interface PlanMealView {
  slot: Slot;
  recipeId: number;
  recipeName: string;
  servings: number;
  locked: boolean;
  /** What the main dish supplies at its portion (sides carry their own). */
  nutrients: Record<CoverageKey, number>;
  sides: PlanSideView[];
}

export interface PlanDayView {
  day: number;
  meals: PlanMealView[];
  coverage: Record<CoverageKey, Coverage>;
}

export interface PlanView {
  days: PlanDayView[];
  /** Weekly totals against 7 × the daily targets. */
  coverage: Record<CoverageKey, Coverage>;
  warnings: PlanWarning[];
  b12: PlanExplanation["b12"];
  /** How the week spreads B12 over its meals; null unless a vegan relies on fortified foods for it. */
  b12Spread: B12Spread | null;
  /** What favouring did, when the plan was just solved (a saved plan does not store it). */
  favouring: FavouringEffect[];
}

function coverageOf(list: NutrientExplanation[]): Record<CoverageKey, Coverage> {
  return Object.fromEntries(
    list.map((entry) => [
      entry.nutrient,
      {
        total: entry.total,
        target: entry.reference,
        percent: entry.percentOfReference,
        ul: entry.ul,
        lowerBound: entry.lowerBound,
        flagged: entry.flagged,
        topDishes: entry.topDishes,
      },
    ]),
  ) as Record<CoverageKey, Coverage>;
}

const FRACTIONS: Record<number, string> = { 0.25: "¼", 0.5: "½", 0.75: "¾" };

/** What a portion means in words: "1 serving", "1½ servings", "¾ serving". */
export function servingsInWords(servings: number): string {
  const whole = Math.floor(servings + 1e-9);
  const rest = Math.round((servings - whole) * 100) / 100;
  const fraction = FRACTIONS[rest];
  const number = fraction ? `${whole > 0 ? whole : ""}${fraction}` : String(Math.round(servings * 100) / 100);
  return `${number} ${servings > 1 ? "servings" : "serving"}`;
}

function nutrientsAt(dish: Dish | undefined, portion: number): Record<CoverageKey, number> {
  return Object.fromEntries(
    COVERAGE_KEYS.map((key) => [key, (dish?.perServing[key] ?? 0) * portion]),
  ) as Record<CoverageKey, number>;
}

/**
 * The plan as a person sees it. `eaten`, when given, is the same request with each dish's nutrients as
 * eaten where `request` counts them otherwise (calcium, milk-equivalent): daily upper limits are about
 * what is eaten, so its days are the ones checked against them.
 */
export function viewPlan(
  days: readonly PlanDay[],
  request: PlanRequest,
  favouring: readonly FavouringEffect[] = [],
  eaten?: PlanRequest,
): PlanView {
  const dishById = new Map(request.dishes.map((dish) => [dish.id, dish]));
  const sideById = new Map((request.sides ?? []).map((side) => [side.id, side]));
  const sidesOf = (meal: PlannedMeal): PlanSideView[] =>
    (meal.sides ?? []).flatMap(({ sideId, portion }) => {
      const side = sideById.get(sideId);
      if (!side) return [];
      return [
        {
          sideId,
          foodId: side.foodId,
          recipeId: side.recipeId,
          name: side.name,
          grams: side.grams * portion,
          servings: portion,
          nutrients: nutrientsAt(side, portion),
        },
      ];
    });
  const explanation = explainPlan({ days }, request);
  const spread = b12Spread(days, resolveRequest(request));
  const warnings = [...planWarnings(explanation, request.diet), ...b12SpreadWarnings(spread)];
  return {
    days: explanation.days.map(({ day, nutrients }) => ({
      day,
      coverage: coverageOf(nutrients),
      meals: (days.find((d) => d.day === day)?.meals ?? [])
        .slice()
        .sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot))
        .map((meal) => {
          const dish = dishById.get(meal.dishId);
          return {
            slot: meal.slot,
            recipeId: meal.dishId,
            recipeName: dish?.name ?? `Recipe ${meal.dishId}`,
            servings: meal.portion,
            locked: meal.locked,
            nutrients: nutrientsAt(dish, meal.portion),
            sides: sidesOf(meal),
          };
        }),
    })),
    coverage: coverageOf(explanation.week),
    warnings: eaten
      ? [
          ...warnings.filter((warning) => warning.code !== "above-upper-limit"),
          ...dailyUpperLimitWarnings(explainPlan({ days }, eaten)),
        ]
      : warnings,
    b12: explanation.b12,
    b12Spread: spread,
    favouring: [...favouring],
  };
}
