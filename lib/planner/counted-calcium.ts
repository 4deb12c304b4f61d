// Calcium as the planner counts it: milk-equivalent (lib/nutrition/calcium-absorption.ts). Pure.
//
// A dish's `perServing.calciumMg` in the planner's input is the counted figure, so the objective and the
// coverage aim at calcium the body can use; what is eaten stays beside it, because the daily upper limit
// is about calcium eaten (docs/NUTRITION.md, "Calcium absorption"; docs/decisions/020).
import type { CalciumCounted } from "@/lib/nutrition/calcium-absorption";
import { formatNumber } from "@/lib/nutrition/units";
import { DAYS_PER_WEEK, type Dish, type PlanDay } from "@/lib/planner/types";

/** The dish with its counted (milk-equivalent) calcium per serving in place of the calcium eaten. */
export function dishWithCountedCalcium(dish: Dish, calcium: CalciumCounted): Dish {
  if (Math.abs(calcium.countedMg - calcium.eatenMg) < 1e-9) return dish;
  return { ...dish, perServing: { ...dish.perServing, calciumMg: calcium.countedMg } };
}

export interface PlanCalcium {
  /** Per day on average. */
  eatenMg: number;
  countedMg: number;
  /** Foods whose calcium counts for less, with the mg a day lost, largest first. */
  poorlyAbsorbed: { name: string; reason: string; lostMg: number }[];
}

/** Calcium eaten and counted per day of a week, from each dish's per-serving figures. */
export function planCalcium(
  days: readonly PlanDay[],
  calciumByDish: ReadonlyMap<number, CalciumCounted>,
): PlanCalcium {
  let eaten = 0;
  let counted = 0;
  const lost = new Map<string, { name: string; reason: string; lostMg: number }>();
  for (const meal of days.flatMap((day) => day.meals)) {
    const calcium = calciumByDish.get(meal.dishId);
    if (!calcium) continue;
    eaten += calcium.eatenMg * meal.portion;
    counted += calcium.countedMg * meal.portion;
    for (const food of calcium.poorlyAbsorbed) {
      const entry = lost.get(food.name) ?? { name: food.name, reason: food.reason, lostMg: 0 };
      entry.lostMg += (food.lostMg * meal.portion) / DAYS_PER_WEEK;
      lost.set(food.name, entry);
    }
  }
  return {
    eatenMg: eaten / DAYS_PER_WEEK,
    countedMg: counted / DAYS_PER_WEEK,
    poorlyAbsorbed: [...lost.values()].filter((f) => f.lostMg >= 0.5).sort((a, b) => b.lostMg - a.lostMg),
  };
}

/** "Spinach, raw" → "spinach": the part of a USDA name a person says. */
function plainName(name: string): string {
  return (name.split(",")[0] ?? name).trim().toLowerCase();
}

/**
 * "1,120 mg eaten, 910 mg counted: spinach's calcium is poorly absorbed", or null when every mg counts
 * (the difference rounds to under 10 mg a day).
 */
export function calciumSentence(calcium: PlanCalcium): string | null {
  if (calcium.eatenMg - calcium.countedMg < 10) return null;
  const figures = `${formatNumber(Math.round(calcium.eatenMg))} mg eaten, ${formatNumber(Math.round(calcium.countedMg))} mg counted`;
  const names = [...new Set(calcium.poorlyAbsorbed.map((food) => plainName(food.name)))].slice(0, 3);
  if (names.length === 0) return `${figures}.`;
  if (names.length === 1) return `${figures}: ${names[0]}'s calcium is poorly absorbed.`;
  return `${figures}: the calcium of ${names.slice(0, -1).join(", ")} and ${names.at(-1)} is poorly absorbed.`;
}
