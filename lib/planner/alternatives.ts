// The best replacements for one meal of a plan, with their effect on weekly coverage. Pure.
import type { TargetNutrient } from "@/lib/nutrition/types";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { dayAboveUpperLimit, withDishInSlot } from "@/lib/planner/daily-upper-limits";
import { planObjective } from "@/lib/planner/objective";
import { candidatesBySlot, resolveRequest } from "@/lib/planner/request";
import { scoreResolved } from "@/lib/planner/score";
import { DAYS_PER_WEEK, type PlanDay, type PlanRequest, type Slot } from "@/lib/planner/types";

export interface MealAlternative {
  dishId: number;
  name: string;
  portion: number;
  /** Change of each target nutrient's weekly coverage (% of RDA, capped at 100), in points. */
  coverageDelta: Record<TargetNutrient, number>;
  /** Change of the daily average intake of each target nutrient (mg or µg a day). */
  amountDeltaPerDay: Record<TargetNutrient, number>;
  /** Change of the plan's objective (lower is better). */
  objectiveDelta: number;
}

/**
 * Ranks every allowed dish for (day, slot) by the plan objective after the swap, keeping the
 * current portion, and returns the `count` best that differ from the current dish. `eaten` (the same
 * request with nutrients as eaten, see viewPlan) is what the daily upper limits are checked on.
 */
export function mealAlternatives(
  days: readonly PlanDay[],
  request: PlanRequest,
  day: number,
  slot: Slot,
  count = 5,
  eaten: PlanRequest = request,
): MealAlternative[] {
  const req = resolveRequest({ ...request, locked: [] });
  const ulReq = eaten === request ? req : resolveRequest({ ...eaten, locked: [] });
  const current = days.find((d) => d.day === day)?.meals.find((meal) => meal.slot === slot);
  if (!current) return [];
  const before = scoreResolved({ days }, req);
  const beforeObjective = planObjective(days, req).total;
  const withDish = (dishId: number): PlanDay[] => withDishInSlot(days, day, slot, dishId);
  return (
    candidatesBySlot(req)
      [slot].filter((dish) => dish.id !== current.dishId)
      // Never offer a dish that would put the day above a daily upper limit.
      .filter((dish) => dayAboveUpperLimit(withDish(dish.id), day, ulReq) === null)
      .map((dish) => {
        const swapped = withDish(dish.id);
        const after = scoreResolved({ days: swapped }, req);
        const coverageDelta = Object.fromEntries(
          TARGET_NUTRIENTS.map((n) => [n, after.coveragePercent[n] - before.coveragePercent[n]]),
        ) as Record<TargetNutrient, number>;
        const currentDish = req.dishById.get(current.dishId);
        const amountDeltaPerDay = Object.fromEntries(
          TARGET_NUTRIENTS.map((n) => [
            n,
            ((dish.perServing[n] - (currentDish?.perServing[n] ?? 0)) * current.portion) / DAYS_PER_WEEK,
          ]),
        ) as Record<TargetNutrient, number>;
        return {
          dishId: dish.id,
          amountDeltaPerDay,
          name: dish.name,
          portion: current.portion,
          coverageDelta,
          objectiveDelta: planObjective(swapped, req).total - beforeObjective + after.hardRulesBroken * 1000,
        };
      })
      .sort((a, b) => a.objectiveDelta - b.objectiveDelta || a.dishId - b.dishId)
      .slice(0, count)
  );
}
