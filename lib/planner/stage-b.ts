// Stage B: place the week's servings into days by deterministic local search. Pure.
//
// The servings chosen by stage A (dish, slot, portion) are dealt to the 7 days, one per slot, and
// improved by two moves: swap the servings of one slot between two days, and change the portion of
// one serving. Sides are dealt the same way: each meal has `maxSidesPerMeal` side places, each a row
// like a slot's (a swap moves a side to another day's meal, or trades it for an empty place). Hard
// rules (daily energy window, each meal's energy share, daily UL, a main dish at most once a day and
// never on two consecutive days, a side at most once a meal) are big penalties, the soft rule (no day below half the RDA of a favoured
// nutrient) a small one, and the weekly terms and the portion cost are kept in view because a
// portion change moves them. Locked servings never move or change.
import {
  B12,
  ENERGY,
  TRACKED_COUNT,
  OBJECTIVE_WEIGHTS,
  dayHalfRdaPenalty,
  dayHardPenalty,
  mealSharePenalty,
  portionCost,
  trackedAmounts,
  weeklyShortfallPenalty,
  type ObjectiveContext,
} from "@/lib/planner/objective";
import { b12SpreadDayPenalty, carriesB12 } from "@/lib/planner/b12-spread";
import { createRng, randomInt, type Rng } from "@/lib/planner/random";
import {
  DAYS_PER_WEEK,
  SLOTS,
  type Dish,
  type PlanDay,
  type PlannedMeal,
  type PlannedSide,
  type Slot,
} from "@/lib/planner/types";

export interface Serving {
  dish: Dish;
  slot: Slot;
  portion: number;
  /** Fixed day of a locked serving. */
  lockedDay?: number;
  /** The part of its cost that does not depend on the portion (preference, recent weeks). */
  fixedCost: number;
  /** A side of the meal `slot`, not its main dish. */
  side?: boolean;
}

interface PlacementOptions {
  portions: readonly number[];
  seed: number;
  /** Perturbation rounds after the first descent (deterministic: a count, not a time). */
  rounds?: number;
  /** Allow portion changes (stage A's portions are otherwise kept). */
  changePortions?: boolean;
  /** Side places per meal (default 0: the servings hold no sides). */
  maxSidesPerMeal?: number;
}

/** The moves of the local search (trade-portions only where the other two find nothing). */
type Move =
  | { kind: "swap-days"; slot: number; day1: number; day2: number }
  | { kind: "change-portion"; serving: number; day: number; portion: number }
  | {
      kind: "trade-portions";
      day: number;
      first: number;
      firstPortion: number;
      second: number;
      secondPortion: number;
    };

const EPS = 1e-9;
const MAX_DESCENT_STEPS = 10_000;
const DEFAULT_ROUNDS = 25;
const NO_SERVING = -1;

/** A side's group (a meal has at most one of each); a side without one is its own group. */
function sideGroup(dish: Dish): string {
  return "group" in dish && typeof dish.group === "string" ? dish.group : `#${dish.id}`;
}

/** What does not change during the search: the servings, their amounts, the objective's context. */
class Week {
  readonly amounts: number[][];
  readonly locked: boolean[];
  /** Dense index of each serving's dish (for the variety counts). */
  readonly dishIndex: number[];
  readonly dishCount: number;
  /** Per dense dish index: a side group of one meal (at most one of each group a meal, any day). */
  readonly sideDish: boolean[];
  /** Per serving: its slot's index in SLOTS (the meal whose energy share it counts toward). */
  readonly slotIndex: number[];
  /** Rows of the placement: one per slot for the main dishes, then the side places of each slot. */
  readonly rowCount: number;
  readonly slotOfRow: number[];
  readonly sidePlaces: number;
  /** Fixed costs do not change in this stage (no dish changes), but keep the total honest. */
  readonly fixedCosts: number;
  // Scratch vectors of the delta evaluations (the hot loop allocates nothing).
  readonly scratchDay1 = new Array<number>(TRACKED_COUNT).fill(0);
  readonly scratchDay2 = new Array<number>(TRACKED_COUNT).fill(0);
  readonly scratchWeek = new Array<number>(TRACKED_COUNT).fill(0);

  constructor(
    readonly servings: readonly Serving[],
    readonly ctx: ObjectiveContext,
    sidePlaces: number,
  ) {
    this.amounts = servings.map((sv) => trackedAmounts(sv.dish, 1));
    this.locked = servings.map((sv) => sv.lockedDay !== undefined);
    const dense = new Map<string, number>();
    this.sideDish = [];
    this.dishIndex = servings.map((sv) => {
      const key = sv.side ? `side|${sideGroup(sv.dish)}|${sv.slot}` : `main|${sv.dish.id}`;
      const index = dense.get(key) ?? dense.size;
      dense.set(key, index);
      this.sideDish[index] = sv.side ?? false;
      return index;
    });
    this.dishCount = dense.size;
    this.slotIndex = servings.map((sv) => Math.max(0, SLOTS.indexOf(sv.slot)));
    this.sidePlaces = sidePlaces;
    this.slotOfRow = [
      ...SLOTS.map((_, i) => i),
      ...SLOTS.flatMap((_, i) => new Array<number>(sidePlaces).fill(i)),
    ];
    this.rowCount = this.slotOfRow.length;
    this.fixedCosts = servings.reduce((acc, sv) => acc + sv.fixedCost, 0);
  }

  /** One day's cost: hard penalties (energy window, ULs) and the half-RDA penalty. */
  dayCost(totals: readonly number[]): number {
    return dayHardPenalty(this.ctx, totals) + dayHalfRdaPenalty(this.ctx, totals);
  }

  isLocked(serving: number): boolean {
    return serving >= 0 && (this.locked[serving] ?? false);
  }

  /** The row of side place `place` (0-based) of slot `slot`. */
  sideRow(slot: number, place: number): number {
    return SLOTS.length + slot * this.sidePlaces + place;
  }

  isSideRow(row: number): boolean {
    return row >= SLOTS.length;
  }
}

/** Where each serving is, at which portion, and the day and week totals that follow. */
class Placement {
  constructor(
    readonly week: Week,
    /** [row][day] → serving index or NO_SERVING (rows: see Week.slotOfRow). */
    readonly servingAt: number[][],
    readonly portion: number[],
    /** [day][tracked] totals. */
    readonly dayTotals: number[][],
    readonly weekTotals: number[],
    /** [dish][day] servings of each dish on each day. */
    readonly dishDays: number[][],
    /** [slot][day] energy of each meal, main dish and sides. */
    readonly mealEnergy: number[][],
    /** [slot][day] µg of B12 of each meal, main dish and sides (for the B12 spread rule). */
    readonly mealB12: number[][],
  ) {}

  static empty(week: Week): Placement {
    return new Placement(
      week,
      week.slotOfRow.map(() => new Array<number>(DAYS_PER_WEEK).fill(NO_SERVING)),
      week.servings.map((sv) => sv.portion),
      Array.from({ length: DAYS_PER_WEEK }, () => new Array<number>(TRACKED_COUNT).fill(0)),
      new Array<number>(TRACKED_COUNT).fill(0),
      Array.from({ length: week.dishCount }, () => new Array<number>(DAYS_PER_WEEK).fill(0)),
      SLOTS.map(() => new Array<number>(DAYS_PER_WEEK).fill(0)),
      SLOTS.map(() => new Array<number>(DAYS_PER_WEEK).fill(0)),
    );
  }

  clone(): Placement {
    return new Placement(
      this.week,
      this.servingAt.map((r) => [...r]),
      [...this.portion],
      this.dayTotals.map((r) => [...r]),
      [...this.weekTotals],
      this.dishDays.map((r) => [...r]),
      this.mealEnergy.map((r) => [...r]),
      this.mealB12.map((r) => [...r]),
    );
  }

  /** The B12 spread penalty of `day` if meal `slot`'s B12 changed by `change` (and `slot2`'s by `change2`). */
  spreadPenalty(day: number, slot = -1, change = 0, slot2 = -1, change2 = 0): number {
    if (!this.week.ctx.spreadB12) return 0;
    let carrying = 0;
    for (let s = 0; s < this.mealB12.length; s++) {
      const changed = (s === slot ? change : 0) + (s === slot2 ? change2 : 0);
      if (carriesB12((this.mealB12[s]?.[day] ?? 0) + changed)) carrying++;
    }
    return b12SpreadDayPenalty(carrying);
  }

  /** The share penalty of meal `slot` on `day` if its energy changed by `change`. */
  sharePenalty(slot: number, day: number, change = 0): number {
    return mealSharePenalty(this.week.ctx, slot, (this.mealEnergy[slot]?.[day] ?? 0) + change);
  }

  servingOn(slot: number, day: number): number {
    return this.servingAt[slot]?.[day] ?? NO_SERVING;
  }

  energyOf(serving: number): number {
    return (this.week.amounts[serving]?.[ENERGY] ?? 0) * (this.portion[serving] ?? 1);
  }

  /** Adds (sign 1) or removes (sign −1) a serving's amounts to a day and the week. */
  count(serving: number, day: number, sign: number): void {
    this.moveDish(serving, day, sign);
    this.countAmounts(serving, day, sign);
  }

  private moveDish(serving: number, day: number, sign: number): void {
    const days = this.dishDays[this.week.dishIndex[serving] ?? 0] ?? [];
    days[day] = (days[day] ?? 0) + sign;
  }

  private countAmounts(serving: number, day: number, sign: number): void {
    const a = this.week.amounts[serving] ?? [];
    const p = this.portion[serving] ?? 1;
    const row = this.dayTotals[day] ?? [];
    for (let i = 0; i < TRACKED_COUNT; i++) {
      const v = sign * (a[i] ?? 0) * p;
      row[i] = (row[i] ?? 0) + v;
      this.weekTotals[i] = (this.weekTotals[i] ?? 0) + v;
    }
    const meal = this.mealEnergy[this.week.slotIndex[serving] ?? 0];
    if (meal) meal[day] = (meal[day] ?? 0) + sign * (a[ENERGY] ?? 0) * p;
    const b12 = this.mealB12[this.week.slotIndex[serving] ?? 0];
    if (b12) b12[day] = (b12[day] ?? 0) + sign * (a[B12] ?? 0) * p;
  }

  put(slot: number, day: number, serving: number): void {
    const row = this.servingAt[slot] ?? [];
    row[day] = serving;
    this.count(serving, day, 1);
  }

  /** A dish twice on one day or on two consecutive days: the number of such breaches, weighted. */
  varietyPenalty(dish: number): number {
    const days = this.dishDays[dish] ?? [];
    // A side group (counted per meal) may come back every day, but not twice with one meal.
    const consecutive = !(this.week.sideDish[dish] ?? false);
    let breaches = 0;
    for (let d = 0; d < DAYS_PER_WEEK; d++) {
      const n = days[d] ?? 0;
      if (n > 1) breaches += n - 1;
      if (consecutive && n > 0 && (days[d + 1] ?? 0) > 0) breaches += 1;
    }
    return OBJECTIVE_WEIGHTS.hard * breaches;
  }

  /** Penalties that swaps can move: daily energy, ULs, half-RDA days and the variety rule. */
  dailyCost(): number {
    let variety = 0;
    for (let dish = 0; dish < this.week.dishCount; dish++) variety += this.varietyPenalty(dish);
    let shares = 0;
    for (let slot = 0; slot < SLOTS.length; slot++) {
      for (let day = 0; day < DAYS_PER_WEEK; day++) shares += this.sharePenalty(slot, day);
    }
    for (let day = 0; day < DAYS_PER_WEEK; day++) shares += this.spreadPenalty(day);
    return this.dayTotals.reduce((acc, t) => acc + this.week.dayCost(t), 0) + variety + shares;
  }

  portionCosts(): number {
    return this.portion.reduce((acc, p) => acc + portionCost(p), 0);
  }

  totalCost(): number {
    const weekly = weeklyShortfallPenalty(this.week.ctx, this.weekTotals);
    return this.dailyCost() + weekly + this.week.fixedCosts + this.portionCosts();
  }

  /** Change of the variety penalty when servings k1 (day1) and k2 (day2) trade days. */
  private swapVarietyDelta(k1: number, day1: number, k2: number, day2: number): number {
    const a = k1 >= 0 ? (this.week.dishIndex[k1] ?? -1) : -1;
    const b = k2 >= 0 ? (this.week.dishIndex[k2] ?? -1) : -1;
    if (a === b) return 0;
    const penalty = () => (a >= 0 ? this.varietyPenalty(a) : 0) + (b >= 0 ? this.varietyPenalty(b) : 0);
    const before = penalty();
    this.tradeDays(k1, day1, k2, day2, 1);
    const after = penalty();
    this.tradeDays(k1, day1, k2, day2, -1);
    return after - before;
  }

  /** Moves (direction 1) or moves back (−1) the dish counts of a swap, amounts untouched. */
  private tradeDays(k1: number, day1: number, k2: number, day2: number, direction: number): void {
    if (k1 >= 0) {
      this.moveDish(k1, day1, -direction);
      this.moveDish(k1, day2, direction);
    }
    if (k2 >= 0) {
      this.moveDish(k2, day2, -direction);
      this.moveDish(k2, day1, direction);
    }
  }

  /** Change in cost of swapping the servings of `slot` between two days (weekly totals stay). */
  swapDaysDelta(slot: number, day1: number, day2: number): number {
    const k1 = this.servingOn(slot, day1);
    const k2 = this.servingOn(slot, day2);
    if (k1 === k2) return 0;
    const { amounts, scratchDay1, scratchDay2 } = this.week;
    const t1 = this.dayTotals[day1] ?? [];
    const t2 = this.dayTotals[day2] ?? [];
    const a1 = k1 >= 0 ? (amounts[k1] ?? []) : null;
    const a2 = k2 >= 0 ? (amounts[k2] ?? []) : null;
    const p1 = k1 >= 0 ? (this.portion[k1] ?? 1) : 0;
    const p2 = k2 >= 0 ? (this.portion[k2] ?? 1) : 0;
    for (let i = 0; i < TRACKED_COUNT; i++) {
      const v1 = a1 ? (a1[i] ?? 0) * p1 : 0;
      const v2 = a2 ? (a2[i] ?? 0) * p2 : 0;
      scratchDay1[i] = (t1[i] ?? 0) - v1 + v2;
      scratchDay2[i] = (t2[i] ?? 0) - v2 + v1;
    }
    const { week } = this;
    const days = week.dayCost(scratchDay1) + week.dayCost(scratchDay2) - week.dayCost(t1) - week.dayCost(t2);
    const meal = week.slotOfRow[slot] ?? 0;
    const e1 = a1 ? (a1[ENERGY] ?? 0) * p1 : 0;
    const e2 = a2 ? (a2[ENERGY] ?? 0) * p2 : 0;
    const shares =
      this.sharePenalty(meal, day1, e2 - e1) +
      this.sharePenalty(meal, day2, e1 - e2) -
      this.sharePenalty(meal, day1) -
      this.sharePenalty(meal, day2);
    return (
      days +
      shares +
      this.swapSpreadDelta(meal, day1, day2, a1, p1, a2, p2) +
      this.swapVarietyDelta(k1, day1, k2, day2)
    );
  }

  /** Change of the B12 spread penalty when meal `meal`'s servings (a1 at p1, a2 at p2) trade days. */
  private swapSpreadDelta(
    meal: number,
    day1: number,
    day2: number,
    a1: readonly number[] | null,
    p1: number,
    a2: readonly number[] | null,
    p2: number,
  ): number {
    if (!this.week.ctx.spreadB12) return 0;
    const change = (a2 ? (a2[B12] ?? 0) * p2 : 0) - (a1 ? (a1[B12] ?? 0) * p1 : 0);
    if (change === 0) return 0;
    return (
      this.spreadPenalty(day1, meal, change) +
      this.spreadPenalty(day2, meal, -change) -
      this.spreadPenalty(day1) -
      this.spreadPenalty(day2)
    );
  }

  swapDays(slot: number, day1: number, day2: number): void {
    const row = this.servingAt[slot] ?? [];
    const k1 = row[day1] ?? NO_SERVING;
    const k2 = row[day2] ?? NO_SERVING;
    if (k1 >= 0) this.count(k1, day1, -1);
    if (k2 >= 0) this.count(k2, day2, -1);
    row[day1] = k2;
    row[day2] = k1;
    if (k2 >= 0) this.count(k2, day1, 1);
    if (k1 >= 0) this.count(k1, day2, 1);
  }

  /** Change in cost of eating `serving` (on `day`) at another portion: its day and the week move. */
  changePortionDelta(serving: number, day: number, portion: number): number {
    const old = this.portion[serving] ?? 1;
    if (portion === old) return 0;
    const { amounts, scratchDay1, scratchWeek } = this.week;
    const a = amounts[serving] ?? [];
    const t = this.dayTotals[day] ?? [];
    for (let i = 0; i < TRACKED_COUNT; i++) {
      const dv = (a[i] ?? 0) * (portion - old);
      scratchDay1[i] = (t[i] ?? 0) + dv;
      scratchWeek[i] = (this.weekTotals[i] ?? 0) + dv;
    }
    const meal = this.week.slotIndex[serving] ?? 0;
    const share =
      this.sharePenalty(meal, day, (a[ENERGY] ?? 0) * (portion - old)) - this.sharePenalty(meal, day);
    const spread = this.week.ctx.spreadB12
      ? this.spreadPenalty(day, meal, (a[B12] ?? 0) * (portion - old)) - this.spreadPenalty(day)
      : 0;
    return share + spread + this.scratchDelta(day) + portionCost(portion) - portionCost(old);
  }

  /** Change of the day's cost and the weekly shortfalls when `day` and the week become the scratch totals. */
  private scratchDelta(day: number): number {
    const { scratchDay1, scratchWeek, ctx } = this.week;
    const t = this.dayTotals[day] ?? [];
    return (
      this.week.dayCost(scratchDay1) -
      this.week.dayCost(t) +
      weeklyShortfallPenalty(ctx, scratchWeek) -
      weeklyShortfallPenalty(ctx, this.weekTotals)
    );
  }

  /**
   * Change in cost of eating two main dishes of one day at other portions at once (one meal larger,
   * another smaller: a meal below its share while the day is at the top of its window).
   */
  tradePortionsDelta(
    day: number,
    first: number,
    firstPortion: number,
    second: number,
    secondPortion: number,
  ): number {
    const { amounts, scratchDay1, scratchWeek } = this.week;
    const p1 = this.portion[first] ?? 1;
    const p2 = this.portion[second] ?? 1;
    const a1 = amounts[first] ?? [];
    const a2 = amounts[second] ?? [];
    const t = this.dayTotals[day] ?? [];
    for (let i = 0; i < TRACKED_COUNT; i++) {
      const dv = (a1[i] ?? 0) * (firstPortion - p1) + (a2[i] ?? 0) * (secondPortion - p2);
      scratchDay1[i] = (t[i] ?? 0) + dv;
      scratchWeek[i] = (this.weekTotals[i] ?? 0) + dv;
    }
    const m1 = this.week.slotIndex[first] ?? 0;
    const m2 = this.week.slotIndex[second] ?? 0;
    const e1 = (a1[ENERGY] ?? 0) * (firstPortion - p1);
    const e2 = (a2[ENERGY] ?? 0) * (secondPortion - p2);
    const shares =
      this.sharePenalty(m1, day, e1) -
      this.sharePenalty(m1, day) +
      this.sharePenalty(m2, day, e2) -
      this.sharePenalty(m2, day);
    const portions =
      portionCost(firstPortion) - portionCost(p1) + portionCost(secondPortion) - portionCost(p2);
    const b1 = (a1[B12] ?? 0) * (firstPortion - p1);
    const b2 = (a2[B12] ?? 0) * (secondPortion - p2);
    const spread = this.spreadPenalty(day, m1, b1, m2, b2) - this.spreadPenalty(day);
    return shares + spread + this.scratchDelta(day) + portions;
  }

  changePortion(serving: number, day: number, portion: number): void {
    this.countAmounts(serving, day, -1);
    this.portion[serving] = portion;
    this.countAmounts(serving, day, 1);
  }

  apply(move: Move): void {
    if (move.kind === "swap-days") this.swapDays(move.slot, move.day1, move.day2);
    else if (move.kind === "change-portion") this.changePortion(move.serving, move.day, move.portion);
    else {
      this.changePortion(move.first, move.day, move.firstPortion);
      this.changePortion(move.second, move.day, move.secondPortion);
    }
  }
}

/** Locked servings on their days first, then the largest servings to the day with least energy. */
function initialPlacement(week: Week): Placement {
  const placement = Placement.empty(week);
  const bySlot: number[][] = SLOTS.map(() => []);
  week.servings.forEach((sv, k) => {
    if (!sv.side) bySlot[week.slotIndex[k] ?? 0]?.push(k);
  });
  bySlot.forEach((servings, slot) => {
    for (const k of servings) {
      const day = week.servings[k]?.lockedDay;
      if (day === undefined) continue;
      if (placement.servingOn(slot, day) !== NO_SERVING) {
        throw new RangeError(`two servings locked on day ${day} ${SLOTS[slot]}`);
      }
      placement.put(slot, day, k);
    }
  });
  bySlot.forEach((servings, slot) => {
    const free = servings
      .filter((k) => !week.locked[k])
      .sort((a, b) => placement.energyOf(b) - placement.energyOf(a) || a - b);
    for (const k of free) {
      const day = leastFedFreeDay(placement, slot);
      if (day === -1) break; // more servings than days: stage A never does this
      placement.put(slot, day, k);
    }
  });
  placeSides(placement);
  return placement;
}

/** Each meal's sides, largest first, to the day of least energy with a free side place. */
function placeSides(placement: Placement): void {
  const { week } = placement;
  const sides = week.servings
    .map((sv, k) => ({ sv, k }))
    .filter(({ sv }) => sv.side)
    .sort((a, b) => placement.energyOf(b.k) - placement.energyOf(a.k) || a.k - b.k);
  for (const { k } of sides) {
    const slot = week.slotIndex[k] ?? 0;
    let best: { row: number; day: number } | null = null;
    for (let day = 0; day < DAYS_PER_WEEK; day++) {
      for (let place = 0; place < week.sidePlaces; place++) {
        const row = week.sideRow(slot, place);
        if (placement.servingOn(row, day) !== NO_SERVING) continue;
        const energy = placement.dayTotals[day]?.[ENERGY] ?? 0;
        if (best === null || energy < (placement.dayTotals[best.day]?.[ENERGY] ?? 0)) best = { row, day };
        break;
      }
    }
    if (best) placement.put(best.row, best.day, k);
  }
}

/** The day with the least energy so far whose `slot` is still empty, or −1. */
function leastFedFreeDay(placement: Placement, slot: number): number {
  let best = -1;
  for (let d = 0; d < DAYS_PER_WEEK; d++) {
    if (placement.servingOn(slot, d) !== NO_SERVING) continue;
    const energy = placement.dayTotals[d]?.[ENERGY] ?? 0;
    if (best === -1 || energy < (placement.dayTotals[best]?.[ENERGY] ?? 0)) best = d;
  }
  return best;
}

/** The move that lowers the cost most (ties: the first found), or null at a local optimum. */
function bestMove(placement: Placement, opts: PlacementOptions): Move | null {
  const { week } = placement;
  const changePortions = opts.changePortions ?? true;
  let bestDelta = -EPS;
  let best: Move | null = null;
  for (let slot = 0; slot < week.rowCount; slot++) {
    for (let day1 = 0; day1 < DAYS_PER_WEEK; day1++) {
      const k1 = placement.servingOn(slot, day1);
      if (week.isLocked(k1)) continue;
      for (let day2 = day1 + 1; day2 < DAYS_PER_WEEK; day2++) {
        const k2 = placement.servingOn(slot, day2);
        if (week.isLocked(k2) || (k1 < 0 && k2 < 0)) continue;
        const delta = placement.swapDaysDelta(slot, day1, day2);
        if (delta < bestDelta) {
          bestDelta = delta;
          best = { kind: "swap-days", slot, day1, day2 };
        }
      }
      if (!changePortions || k1 < 0 || week.isSideRow(slot)) continue;
      for (const portion of opts.portions) {
        const delta = placement.changePortionDelta(k1, day1, portion);
        if (delta < bestDelta) {
          bestDelta = delta;
          best = { kind: "change-portion", serving: k1, day: day1, portion };
        }
      }
    }
  }
  return best;
}

/** The neighbouring portions (one step up or down) of `portion` among the allowed ones. */
function neighbourPortions(portions: readonly number[], portion: number): number[] {
  const i = portions.indexOf(portion);
  if (i < 0) return [];
  return [portions[i - 1], portions[i + 1]].filter((p): p is number => p !== undefined);
}

/**
 * The best trade of portions between two unlocked main dishes of one day (each one step), or null
 * when none lowers the cost: it escapes a local optimum of the simple moves where a meal is below
 * its share but the day cannot grow.
 */
function bestPortionTrade(placement: Placement, opts: PlacementOptions): Move | null {
  const { week } = placement;
  let bestDelta = -EPS;
  let best: Move | null = null;
  for (let day = 0; day < DAYS_PER_WEEK; day++) {
    for (let s1 = 0; s1 < SLOTS.length; s1++) {
      const first = placement.servingOn(s1, day);
      if (first < 0 || week.isLocked(first)) continue;
      for (let s2 = 0; s2 < SLOTS.length; s2++) {
        const second = placement.servingOn(s2, day);
        if (s2 === s1 || second < 0 || week.isLocked(second)) continue;
        for (const q1 of neighbourPortions(opts.portions, placement.portion[first] ?? 1)) {
          for (const q2 of neighbourPortions(opts.portions, placement.portion[second] ?? 1)) {
            const delta = placement.tradePortionsDelta(day, first, q1, second, q2);
            if (delta < bestDelta) {
              bestDelta = delta;
              best = { kind: "trade-portions", day, first, firstPortion: q1, second, secondPortion: q2 };
            }
          }
        }
      }
    }
  }
  return best;
}

/** Best-improvement descent over all swaps and portion changes, then portion trades. */
function descend(placement: Placement, opts: PlacementOptions): void {
  const trades = opts.changePortions ?? true;
  for (let step = 0; step < MAX_DESCENT_STEPS; step++) {
    const move = bestMove(placement, opts) ?? (trades ? bestPortionTrade(placement, opts) : null);
    if (move === null) return;
    placement.apply(move);
  }
}

/** A perturbation: 2–4 random swaps of unlocked servings between days. */
function kick(placement: Placement, rng: Rng): void {
  const kicks = 2 + randomInt(rng, 3);
  for (let i = 0; i < kicks; i++) {
    const slot = randomInt(rng, placement.week.rowCount);
    const day1 = randomInt(rng, DAYS_PER_WEEK);
    const day2 = randomInt(rng, DAYS_PER_WEEK);
    const { week } = placement;
    if (day1 === day2 || week.isLocked(placement.servingOn(slot, day1))) continue;
    if (week.isLocked(placement.servingOn(slot, day2))) continue;
    placement.swapDays(slot, day1, day2);
  }
}

function toPlanDays(placement: Placement): PlanDay[] {
  const { week } = placement;
  return Array.from({ length: DAYS_PER_WEEK }, (_, day) => ({
    day,
    meals: SLOTS.flatMap((slot, s) => {
      const k = placement.servingOn(s, day);
      const sv = k >= 0 ? week.servings[k] : undefined;
      if (!sv) return [];
      const portion = placement.portion[k] ?? sv.portion;
      const meal: PlannedMeal = { slot, dishId: sv.dish.id, portion, locked: week.locked[k] ?? false };
      const sides = week.sidePlaces > 0 ? sidesOf(placement, s, day) : [];
      if (sides.length > 0) meal.sides = sides;
      return [meal];
    }),
  }));
}

function sidesOf(placement: Placement, slot: number, day: number): PlannedSide[] {
  const { week } = placement;
  const out: PlannedSide[] = [];
  for (let place = 0; place < week.sidePlaces; place++) {
    const k = placement.servingOn(week.sideRow(slot, place), day);
    const sv = k >= 0 ? week.servings[k] : undefined;
    if (sv) out.push({ sideId: sv.dish.id, portion: placement.portion[k] ?? sv.portion });
  }
  return out;
}

/**
 * Places the servings into days: a first placement, a descent, then rounds of kick-and-descend
 * that keep the best placement found. Same servings and seed, same days.
 */
export function placeServings(
  servings: readonly Serving[],
  ctx: ObjectiveContext,
  opts: PlacementOptions,
): PlanDay[] {
  const week = new Week(servings, ctx, opts.maxSidesPerMeal ?? 0);
  let best = initialPlacement(week);
  descend(best, opts);
  let bestCost = best.totalCost();
  const rng = createRng(opts.seed);
  const rounds = opts.rounds ?? DEFAULT_ROUNDS;
  // Swaps only move daily penalties: once no day carries one, kicks cannot help.
  for (let r = 0; r < rounds && best.dailyCost() > EPS; r++) {
    const candidate = best.clone();
    kick(candidate, rng);
    descend(candidate, opts);
    const cost = candidate.totalCost();
    if (cost < bestCost - EPS) {
      best = candidate;
      bestCost = cost;
    }
  }
  return toPlanDays(best);
}
