// Stage B: place the week's servings into days by deterministic local search. Pure.
//
// The servings chosen by stage A (dish, slot, portion) are dealt to the 7 days, one per slot, and
// improved by two moves: swap the servings of one slot between two days, and change the portion of
// one serving. Hard rules (daily energy window, daily UL) are big penalties, the soft rule (no day
// below half the RDA of a favoured nutrient) a small one, and the weekly terms are kept in view
// because a portion change moves the weekly totals. Locked servings never move or change.
import {
  ENERGY,
  TRACKED_COUNT,
  dayHalfRdaPenalty,
  dayHardPenalty,
  servingCost,
  trackedAmounts,
  weeklyShortfallPenalty,
  type ObjectiveContext,
} from "@/lib/planner/objective";
import { createRng, randomInt } from "@/lib/planner/random";
import { DAYS_PER_WEEK, SLOTS, type Dish, type PlanDay, type Slot } from "@/lib/planner/types";

export interface Serving {
  dish: Dish;
  slot: Slot;
  portion: number;
  /** Fixed day of a locked serving. */
  lockedDay?: number;
  preference: number;
}

export interface PlacementOptions {
  portions: readonly number[];
  seed: number;
  /** Perturbation rounds after the first descent (deterministic: a count, not a time). */
  rounds?: number;
  /** Allow portion changes (stage A's portions are otherwise kept). */
  changePortions?: boolean;
}

interface State {
  /** [slot][day] → serving index or -1 (empty). */
  at: number[][];
  portion: number[];
  day: number[][]; // [day][tracked] totals
  week: number[];
}

const EPS = 1e-9;

export function placeServings(
  servings: readonly Serving[],
  ctx: ObjectiveContext,
  opts: PlacementOptions,
): PlanDay[] {
  const S = SLOTS.length;
  const slotIndex = new Map(SLOTS.map((s, i) => [s, i]));
  const amounts = servings.map((sv) => trackedAmounts(sv.dish, 1));
  const locked = servings.map((sv) => sv.lockedDay !== undefined);
  const changePortions = opts.changePortions ?? true;

  // ---- initial assignment: locked first, then biggest energy to the emptiest day ----
  const state: State = {
    at: SLOTS.map(() => new Array<number>(DAYS_PER_WEEK).fill(-1)),
    portion: servings.map((sv) => sv.portion),
    day: Array.from({ length: DAYS_PER_WEEK }, () => new Array<number>(TRACKED_COUNT).fill(0)),
    week: new Array<number>(TRACKED_COUNT).fill(0),
  };
  const add = (st: State, k: number, d: number, sign: number) => {
    const a = amounts[k] ?? [];
    const p = st.portion[k] ?? 1;
    const row = st.day[d] ?? [];
    for (let i = 0; i < TRACKED_COUNT; i++) {
      const v = sign * (a[i] ?? 0) * p;
      row[i] = (row[i] ?? 0) + v;
      st.week[i] = (st.week[i] ?? 0) + v;
    }
  };
  const bySlot: number[][] = SLOTS.map(() => []);
  servings.forEach((sv, k) => bySlot[slotIndex.get(sv.slot) ?? 0]?.push(k));
  for (let s = 0; s < S; s++) {
    for (const k of bySlot[s] ?? []) {
      const d = servings[k]?.lockedDay;
      if (d === undefined) continue;
      const row = state.at[s] ?? [];
      if ((row[d] ?? -1) !== -1) throw new RangeError(`two servings locked on day ${d} ${SLOTS[s]}`);
      row[d] = k;
      add(state, k, d, 1);
    }
  }
  const energyOf = (k: number) => (amounts[k]?.[ENERGY] ?? 0) * (state.portion[k] ?? 1);
  for (let s = 0; s < S; s++) {
    const free = (bySlot[s] ?? [])
      .filter((k) => !locked[k])
      .sort((a, b) => energyOf(b) - energyOf(a) || a - b);
    const row = state.at[s] ?? [];
    for (const k of free) {
      let best = -1;
      for (let d = 0; d < DAYS_PER_WEEK; d++) {
        if ((row[d] ?? -1) !== -1) continue;
        if (best === -1 || (state.day[d]?.[ENERGY] ?? 0) < (state.day[best]?.[ENERGY] ?? 0)) best = d;
      }
      if (best === -1) break; // more servings than days: stage A never does this
      row[best] = k;
      add(state, k, best, 1);
    }
  }

  // ---- objective pieces ----
  const dayCost = (totals: readonly number[]) => dayHardPenalty(ctx, totals) + dayHalfRdaPenalty(ctx, totals);
  // Preferences do not change in this stage (no dish changes), but keep the total honest.
  const servingCosts = servings.reduce((acc, sv) => acc + servingCost(sv.preference), 0);
  const total = (st: State) =>
    st.day.reduce((acc, t) => acc + dayCost(t), 0) + weeklyShortfallPenalty(ctx, st.week) + servingCosts;

  const scratchA = new Array<number>(TRACKED_COUNT).fill(0);
  const scratchB = new Array<number>(TRACKED_COUNT).fill(0);
  const scratchW = new Array<number>(TRACKED_COUNT).fill(0);

  /** Change in cost of swapping slot s between days d1 and d2. */
  const swapDelta = (st: State, s: number, d1: number, d2: number): number => {
    const row = st.at[s] ?? [];
    const k1 = row[d1] ?? -1;
    const k2 = row[d2] ?? -1;
    if (k1 === k2) return 0;
    const t1 = st.day[d1] ?? [];
    const t2 = st.day[d2] ?? [];
    const a1 = k1 >= 0 ? (amounts[k1] ?? []) : null;
    const a2 = k2 >= 0 ? (amounts[k2] ?? []) : null;
    const p1 = k1 >= 0 ? (st.portion[k1] ?? 1) : 0;
    const p2 = k2 >= 0 ? (st.portion[k2] ?? 1) : 0;
    for (let i = 0; i < TRACKED_COUNT; i++) {
      const v1 = a1 ? (a1[i] ?? 0) * p1 : 0;
      const v2 = a2 ? (a2[i] ?? 0) * p2 : 0;
      scratchA[i] = (t1[i] ?? 0) - v1 + v2;
      scratchB[i] = (t2[i] ?? 0) - v2 + v1;
    }
    return dayCost(scratchA) + dayCost(scratchB) - dayCost(t1) - dayCost(t2);
  };
  const applySwap = (st: State, s: number, d1: number, d2: number) => {
    const row = st.at[s] ?? [];
    const k1 = row[d1] ?? -1;
    const k2 = row[d2] ?? -1;
    if (k1 >= 0) add(st, k1, d1, -1);
    if (k2 >= 0) add(st, k2, d2, -1);
    row[d1] = k2;
    row[d2] = k1;
    if (k2 >= 0) add(st, k2, d1, 1);
    if (k1 >= 0) add(st, k1, d2, 1);
  };
  const portionDelta = (st: State, k: number, d: number, p: number): number => {
    const old = st.portion[k] ?? 1;
    if (p === old) return 0;
    const a = amounts[k] ?? [];
    const t = st.day[d] ?? [];
    for (let i = 0; i < TRACKED_COUNT; i++) {
      const dv = (a[i] ?? 0) * (p - old);
      scratchA[i] = (t[i] ?? 0) + dv;
      scratchW[i] = (st.week[i] ?? 0) + dv;
    }
    return (
      dayCost(scratchA) -
      dayCost(t) +
      weeklyShortfallPenalty(ctx, scratchW) -
      weeklyShortfallPenalty(ctx, st.week)
    );
  };
  const applyPortion = (st: State, k: number, d: number, p: number) => {
    add(st, k, d, -1);
    st.portion[k] = p;
    add(st, k, d, 1);
  };

  /** Best-improvement descent over all swaps and portion changes. */
  const descend = (st: State) => {
    for (let iter = 0; iter < 10_000; iter++) {
      let best = -EPS;
      let kind = 0; // 1 swap, 2 portion
      let m1 = 0;
      let m2 = 0;
      let m3 = 0;
      for (let s = 0; s < S; s++) {
        const row = st.at[s] ?? [];
        for (let d1 = 0; d1 < DAYS_PER_WEEK; d1++) {
          const k1 = row[d1] ?? -1;
          if (k1 >= 0 && locked[k1]) continue;
          for (let d2 = d1 + 1; d2 < DAYS_PER_WEEK; d2++) {
            const k2 = row[d2] ?? -1;
            if ((k2 >= 0 && locked[k2]) || (k1 < 0 && k2 < 0)) continue;
            const delta = swapDelta(st, s, d1, d2);
            if (delta < best) {
              best = delta;
              kind = 1;
              m1 = s;
              m2 = d1;
              m3 = d2;
            }
          }
          if (changePortions && k1 >= 0) {
            for (const p of opts.portions) {
              const delta = portionDelta(st, k1, d1, p);
              if (delta < best) {
                best = delta;
                kind = 2;
                m1 = k1;
                m2 = d1;
                m3 = p;
              }
            }
          }
        }
      }
      if (kind === 0) return;
      if (kind === 1) applySwap(st, m1, m2, m3);
      else applyPortion(st, m1, m2, m3);
    }
  };

  const clone = (st: State): State => ({
    at: st.at.map((r) => [...r]),
    portion: [...st.portion],
    day: st.day.map((r) => [...r]),
    week: [...st.week],
  });

  descend(state);
  let best = state;
  let bestCost = total(best);
  const rng = createRng(opts.seed);
  const rounds = opts.rounds ?? 25;
  // Swaps only move daily penalties: once no day carries one, kicks cannot help.
  const dailyCost = (st: State) => st.day.reduce((acc, t) => acc + dayCost(t), 0);
  for (let r = 0; r < rounds && dailyCost(best) > EPS; r++) {
    const st = clone(best);
    const kicks = 2 + randomInt(rng, 3);
    for (let i = 0; i < kicks; i++) {
      const s = randomInt(rng, S);
      const d1 = randomInt(rng, DAYS_PER_WEEK);
      const d2 = randomInt(rng, DAYS_PER_WEEK);
      const row = st.at[s] ?? [];
      const k1 = row[d1] ?? -1;
      const k2 = row[d2] ?? -1;
      if (d1 === d2 || (k1 >= 0 && locked[k1]) || (k2 >= 0 && locked[k2])) continue;
      applySwap(st, s, d1, d2);
    }
    descend(st);
    const cost = total(st);
    if (cost < bestCost - EPS) {
      best = st;
      bestCost = cost;
    }
  }

  return Array.from({ length: DAYS_PER_WEEK }, (_, d) => ({
    day: d,
    meals: SLOTS.flatMap((slot, s) => {
      const k = best.at[s]?.[d] ?? -1;
      const sv = k >= 0 ? servings[k] : undefined;
      if (!sv) return [];
      return [
        { slot, dishId: sv.dish.id, portion: best.portion[k] ?? sv.portion, locked: locked[k] ?? false },
      ];
    }),
  }));
}
