// A fallback week never leaves a meal empty while an allowed dish exists, and never breaks a daily upper
// limit to fill one. Pure.
//
// When the planner cannot keep every rule (an infeasible request, a timeout), placement can leave slots
// without a dish. An empty lunch is worse than a third serving of a dish: each empty slot is filled with
// an allowed dish (diet, allergens, dislikes, meal type), preferring one that keeps the repeat rules,
// then the one that brings the day closest to its energy target; a dish that would put the day above a
// daily upper limit is never used (`ulReq` is checked with calcium as eaten).
import { dayAboveUpperLimit } from "@/lib/planner/daily-upper-limits";
import { candidatesBySlot, type ResolvedRequest } from "@/lib/planner/request";
import { SLOTS, type Dish, type PlanDay, type Slot } from "@/lib/planner/types";

function dayEnergy(day: PlanDay, req: ResolvedRequest): number {
  return day.meals.reduce(
    (sum, meal) => sum + (req.dishById.get(meal.dishId)?.perServing.energyKcal ?? 0) * meal.portion,
    0,
  );
}

/** How many times each dish is planned in the week, and on which days. */
function usage(days: readonly PlanDay[]) {
  const count = new Map<number, number>();
  const onDay = new Set<string>();
  for (const day of days) {
    for (const meal of day.meals) {
      count.set(meal.dishId, (count.get(meal.dishId) ?? 0) + 1);
      onDay.add(`${day.day}:${meal.dishId}`);
    }
  }
  return { count, onDay };
}

/** The best dish and portion for one empty slot, or null when no allowed dish stays under the ULs. */
function bestFill(
  days: readonly PlanDay[],
  day: number,
  slot: Slot,
  options: { candidates: readonly Dish[]; req: ResolvedRequest; ulReq: ResolvedRequest },
): { dishId: number; portion: number } | null {
  const { candidates, req, ulReq } = options;
  const { count, onDay } = usage(days);
  const current = days.find((d) => d.day === day)!;
  const missing = req.energyTargetKcal - dayEnergy(current, req);
  let best: { dishId: number; portion: number; score: number } | null = null;
  for (const dish of candidates) {
    const repeats = count.get(dish.id) ?? 0;
    const nextTo = onDay.has(`${day - 1}:${dish.id}`) || onDay.has(`${day + 1}:${dish.id}`);
    const sameDay = onDay.has(`${day}:${dish.id}`);
    // Keeping the repeat rules matters more than energy: 1,000 kcal of distance per rule broken.
    const rulesBroken = Number(repeats >= req.maxRepeats) + Number(nextTo) + Number(sameDay);
    for (const portion of req.portions) {
      const filled = days.map((d) =>
        d.day === day ? { ...d, meals: [...d.meals, { slot, dishId: dish.id, portion, locked: false }] } : d,
      );
      if (dayAboveUpperLimit(filled, day, ulReq) !== null) continue;
      const score = rulesBroken * 1000 + Math.abs(missing - dish.perServing.energyKcal * portion);
      if (!best || score < best.score - 1e-9) best = { dishId: dish.id, portion, score };
    }
  }
  return best && { dishId: best.dishId, portion: best.portion };
}

/**
 * The week with every empty slot of `slots` filled where an allowed dish keeps the day under its ULs.
 * `ulReq` is the request the upper limits are checked on (default `req`).
 */
export function fillEmptySlots(
  days: readonly PlanDay[],
  req: ResolvedRequest,
  options: { slots?: readonly Slot[]; ulReq?: ResolvedRequest } = {},
): PlanDay[] {
  const slots = options.slots ?? req.slots;
  const ulReq = options.ulReq ?? req;
  const candidates = candidatesBySlot(req);
  let out: PlanDay[] = days.map((d) => ({ ...d, meals: [...d.meals] }));
  for (const day of out.map((d) => d.day)) {
    for (const slot of slots) {
      const current = out.find((d) => d.day === day)!;
      if (current.meals.some((meal) => meal.slot === slot)) continue;
      const fill = bestFill(out, day, slot, { candidates: candidates[slot], req, ulReq });
      if (!fill) continue;
      out = out.map((d) =>
        d.day === day
          ? {
              ...d,
              meals: [...d.meals, { slot, dishId: fill.dishId, portion: fill.portion, locked: false }].sort(
                (a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot),
              ),
            }
          : d,
      );
    }
  }
  return out;
}
