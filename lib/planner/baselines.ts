// Baselines the planner is measured against. Pure.
import { objectiveContext, trackedAmounts, TRACKED_COUNT } from "@/lib/planner/objective";
import { createRng, randomInt } from "@/lib/planner/random";
import { candidatesBySlot, resolveRequest } from "@/lib/planner/request";
import {
  DAYS_PER_WEEK,
  SLOTS,
  type PlanDay,
  type PlanRequest,
  type PlannedMeal,
  type Slot,
} from "@/lib/planner/types";

function lockedAt(request: PlanRequest, day: number, slot: Slot): PlannedMeal | null {
  const l = request.locked?.find((x) => x.day === day && x.slot === slot);
  return l ? { slot, dishId: l.dishId, portion: l.portion, locked: true } : null;
}

/**
 * How Mealie plans: a random dish for each slot among those that fit the diet, allergens, dislikes
 * and meal type, one standard serving each. Locked meals stay.
 */
export function randomPlan(request: PlanRequest, seed = request.seed ?? 1): PlanDay[] {
  const req = resolveRequest(request);
  const candidates = candidatesBySlot(req);
  const rng = createRng(seed);
  return Array.from({ length: DAYS_PER_WEEK }, (_, day) => ({
    day,
    meals: SLOTS.flatMap((slot): PlannedMeal[] => {
      const locked = lockedAt(request, day, slot);
      if (locked) return [locked];
      const list = candidates[slot];
      const dish = list[randomInt(rng, list.length)];
      return dish ? [{ slot, dishId: dish.id, portion: 1, locked: false }] : [];
    }),
  }));
}

/** Share of the daily energy each slot aims at in the greedy filler. */
const SLOT_ENERGY_SHARE: Record<Slot, number> = {
  breakfast: 0.25,
  lunch: 0.3,
  dinner: 0.3,
  snack: 0.15,
  snack2: 0.1,
  snack3: 0.1,
};

/**
 * A greedy filler: day by day and slot by slot, the dish and portion that best covers what is
 * still missing of the week's nutrients (favoured ones weighted as in the planner), keeping the
 * slot near its share of the day's energy and within the repeat limit. No look-ahead.
 */
export function greedyPlan(request: PlanRequest): PlanDay[] {
  const req = resolveRequest(request);
  const ctx = objectiveContext(req);
  const candidates = candidatesBySlot(req);
  const used = new Map<number, number>();
  for (const l of req.locked) used.set(l.dishId, (used.get(l.dishId) ?? 0) + 1);
  const week = new Array<number>(TRACKED_COUNT).fill(0);
  const days: PlanDay[] = [];
  for (let day = 0; day < DAYS_PER_WEEK; day++) {
    const meals: PlannedMeal[] = [];
    let dayEnergy = 0;
    let share = 0;
    for (const slot of SLOTS) {
      share += SLOT_ENERGY_SHARE[slot];
      let meal = lockedAt(request, day, slot);
      if (!meal) {
        let best = -Infinity;
        for (const dish of candidates[slot]) {
          if ((used.get(dish.id) ?? 0) >= req.maxRepeats) continue;
          for (const portion of req.portions) {
            const a = trackedAmounts(dish, portion);
            let gain = 0;
            for (let i = 0; i < ctx.rda.length; i++) {
              const target = DAYS_PER_WEEK * (ctx.rda[i] ?? 0);
              const missing = Math.max(0, target - (week[i + 1] ?? 0));
              gain += ((ctx.weight[i] ?? 0) * 100 * Math.min(missing, a[i + 1] ?? 0)) / target;
            }
            const energyAfter = dayEnergy + (a[0] ?? 0);
            const off = Math.abs(energyAfter - ctx.energyTarget * share) / ctx.energyTarget;
            const score = gain - 100 * off + 0.02 * req.preferenceOf(dish.id);
            if (score > best) {
              best = score;
              meal = { slot, dishId: dish.id, portion, locked: false };
            }
          }
        }
      }
      if (!meal) continue;
      const dish = req.dishById.get(meal.dishId);
      if (!dish) continue;
      meals.push(meal);
      if (!meal.locked) used.set(dish.id, (used.get(dish.id) ?? 0) + 1);
      const a = trackedAmounts(dish, meal.portion);
      for (let i = 0; i < TRACKED_COUNT; i++) week[i] = (week[i] ?? 0) + (a[i] ?? 0);
      dayEnergy += a[0] ?? 0;
    }
    days.push({ day, meals });
  }
  return days;
}
