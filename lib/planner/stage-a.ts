// Stage A: how many times a week each dish is eaten, per slot and portion (a HiGHS MIP). Pure.
//
// Variables (columns):
//   x[d,m,p]  integer servings of dish d in slot m at portion p per week (0..cap)
//   z[d]      servings of d beyond its first (variety), continuous, 0..cap-1
//   s[n]      weekly shortfall of target nutrient n, in points of 7 × RDA, 0..100
//   u[m]      servings of slot m left empty (elastic, only when too few dishes)
//   eLo, eHi  weekly energy outside the window, in points of 7 × target (elastic)
//   v[n]      weekly intake above 7 × UL, in points (elastic, calcium and vitamin D)
//   y[s,m]    integer servings of side s with meal m per week (0..7, one household portion each)
//   y0[m]     side places of meal m left empty (integer; a move of the count search needs a column)
//   hLo, hHi  meal m's weekly energy outside its share window (elastic)
//   w[m]      meal m's servings below its share without a side (elastic)
// Rows:
//   slot m:      Σ x[·,m,·] + u[m] = 7 (0 for a meal the person does not eat)
//   sides m:     Σ y[·,m] + y0[m] = 7 × max sides per meal
//   share m:     Σ 100·kcal/(7E) (x + y) of meal m + hLo − hHi ∈ [100 min share, 100 max share]
//   group m,g:   Σ y[s,m] over the sides s of group g ≤ 7 (one starch, one fruit... a meal)
//   need side m: Σ x of meal m's servings below its minimum share alone − Σ y[·,m] − w[m] ≤ 0 (such
//                a meal needs a side; valid for every rule-keeping plan, so the LP stays a bound)
//   energy:      Σ 100·kcal·p/(7E) x + eLo − eHi ∈ [100(1−τ), 100(1+τ)]
//   shortfall n: Σ 100·a·p/(7 RDA) x + s[n] + r[n] ≥ 100 + stretch points (r: favoured only, cheaper)
//   UL n:        Σ 100·a·p/(7 UL) x − v[n] ≤ 100
//   repeat d:    Σ x[d,·,·] − z[d] ≤ 1
//   B12 spread:  Σ (x + y) of servings carrying B12 + b ≥ 14 (MIP only, for a vegan spreading B12)
// Objective (minimise, same weights as planObjective):
//   Σ w[n] s[n] + Σ mealCost(x) + repeat·Σ z + hard·(Σ u·100 + eLo + eHi + Σ v)
import type { Highs, ModelData } from "highs";
import {
  NUTRIENT_KEYS,
  TARGET_NUTRIENTS,
  type NutrientKey,
  type TargetNutrient,
} from "@/lib/nutrition/types";
import { mealCost, OBJECTIVE_WEIGHTS, stretchLevel } from "@/lib/planner/objective";
import { B12_MEALS_PER_DAY, B12_SPREAD_WEIGHT, carriesB12 } from "@/lib/planner/b12-spread";
import { sideCandidatesBySlot, type ResolvedRequest } from "@/lib/planner/request";
import { DAYS_PER_WEEK, SLOTS, type Dish, type SideDish, type Slot } from "@/lib/planner/types";

/** What an x column counts: servings of a main dish, of a side, or empty side places. */
export type ColumnKind = "main" | "side" | "no-side";

export interface XColumn {
  kind: ColumnKind;
  /** The dish or side (for "no-side", an empty placeholder). */
  dish: Dish;
  slot: Slot;
  portion: number;
  /** Servings forced by locked meals. */
  lockedCount: number;
}

/** A placeholder for an empty side place: eats nothing. */
const NO_SIDE: Dish = Object.freeze({
  id: -1,
  name: "(no side)",
  mealTypes: [],
  perServing: Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, 0])) as Record<NutrientKey, number>,
  lowerBound: [],
  dietFacts: {} as Dish["dietFacts"],
  diets: [],
  allergens: [],
  mayContain: [],
  foodIds: [],
  b12FortifiedMcg: 0,
  b12AnimalMcg: 0,
  fortifiedB12: false,
  animalB12: false,
});

export interface StageAModel {
  data: ModelData;
  xCols: XColumn[];
  /** Column index of the first non-x column (x columns come first). */
  numX: number;
  /** Where its rows are (for pricing a serving that is not in the model). */
  layout?: RowLayout;
}

interface StageAOptions {
  /** Energy tolerance of the weekly row (the daily one for a relaxation, a bit less for a MIP). */
  weeklyTolerance: number;
  integer: boolean;
  /** Override the nutrient weights (the benchmark's coverage-only reference). */
  weights?: Partial<Record<TargetNutrient, number>>;
  /** Drop preference and variety costs (coverage-only reference). */
  coverageOnly?: boolean;
  /**
   * The dishes that decide which servings some day could hold (default: the model's own). A model of
   * a subset of the candidates (column generation) passes all of them, so its columns are theirs.
   */
  fitsAgainst?: SlotDishes;
  /**
   * Add the proxy of the daily half-RDA rule: for each favoured nutrient, count the servings that
   * alone give half the RDA and charge each of the 7 that are missing as a day below half. Not a
   * relaxation of the daily rule (two smaller servings also make half), so never used for a bound.
   */
  halfRdaProxy?: boolean;
}

type SlotDishes = Record<Slot, readonly Dish[]>;

/** Servings of each dish forced by locked meals, per slot and portion. */
function lockedCounts(req: ResolvedRequest): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of req.locked) {
    const key = `${l.dishId}|${l.slot}|${l.portion}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Dishes per slot for the model: the candidates plus every locked dish in its locked slot (a locked
 * dish stays even if it no longer fits the diet: the plan then reports the breach).
 */
export function modelDishes(req: ResolvedRequest, candidates: SlotDishes): Record<Slot, Dish[]> {
  const out = {} as Record<Slot, Dish[]>;
  for (const slot of SLOTS) {
    const list = [...candidates[slot]];
    const ids = new Set(list.map((d) => d.id));
    for (const l of req.locked) {
      if (l.slot !== slot || ids.has(l.dishId)) continue;
      const dish = req.dishById.get(l.dishId);
      if (dish) {
        list.push(dish);
        ids.add(dish.id);
      }
    }
    out[slot] = list;
  }
  return out;
}

/** Per-dish cap on weekly servings: the limit, raised where a slot has too few dishes to fill. */
export function repeatCaps(req: ResolvedRequest, dishes: Record<Slot, readonly Dish[]>): Map<number, number> {
  const caps = new Map<number, number>();
  for (const slot of SLOTS) {
    const list = dishes[slot];
    const need = list.length === 0 ? 0 : Math.ceil(DAYS_PER_WEEK / list.length);
    for (const d of list) caps.set(d.id, Math.max(caps.get(d.id) ?? req.maxRepeats, need));
  }
  for (const l of req.locked) {
    const n = req.locked.filter((o) => o.dishId === l.dishId).length;
    caps.set(l.dishId, Math.max(caps.get(l.dishId) ?? req.maxRepeats, n));
  }
  return caps;
}

/** Where each row of a stage A model sits: slots, energy, shortfalls, ULs, half-RDA, repeats. */
interface RowLayout {
  slotRow: (slotIndex: number) => number;
  energyRow: number;
  shortfallRow: (nutrientIndex: number) => number;
  ulRow: (ulIndex: number) => number;
  halfRdaRow: (halfIndex: number) => number;
  sideRow: (slotIndex: number) => number;
  shareRow: (slotIndex: number) => number;
  /** Row of each (slot, side group): `${slot}|${group}`. */
  groupRowOf: ReadonlyMap<string, number>;
  /** Row of each slot's "a main dish below the meal's share needs a side" count. */
  needSideRow: (slotIndex: number) => number;
  /** Favoured nutrients with a half-RDA proxy row (empty without the proxy). */
  halfRdaNutrients: TargetNutrient[];
  /** The B12 spread proxy row (servings carrying B12 ≥ 2 a day), after the repeat rows; −1 without. */
  b12SpreadRow: number;
  /** Each dish once, in slot then catalogue order; one repeat row each. */
  dishOrder: Dish[];
  repeatRowOf: ReadonlyMap<number, number>;
  firstRepeatRow: number;
  numRows: number;
}

function rowLayout(req: ResolvedRequest, dishes: SlotDishes, halfRdaProxy: boolean): RowLayout {
  const energyRow = SLOTS.length;
  const shortfallRow = (i: number) => energyRow + 1 + i;
  const ulRow = (i: number) => energyRow + 1 + TARGET_NUTRIENTS.length + i;
  const halfRdaNutrients = halfRdaProxy ? TARGET_NUTRIENTS.filter((n) => req.favoured.has(n)) : [];
  const halfRdaRow = (i: number) => energyRow + 1 + TARGET_NUTRIENTS.length + req.foodUlNutrients.length + i;
  const sideRow = (i: number) => halfRdaRow(halfRdaNutrients.length) + i;
  const shareRow = (i: number) => sideRow(SLOTS.length) + i;
  const groupRowOf = new Map<string, number>();
  const sides = sideCandidatesBySlot(req);
  for (const slot of SLOTS) {
    for (const side of sides[slot]) {
      const key = `${slot}|${side.group}`;
      if (!groupRowOf.has(key)) groupRowOf.set(key, shareRow(SLOTS.length) + groupRowOf.size);
    }
  }
  const needSideRow = (i: number) => shareRow(SLOTS.length) + groupRowOf.size + i;
  const firstRepeatRow = needSideRow(SLOTS.length);
  const dishOrder: Dish[] = [];
  const repeatRowOf = new Map<number, number>();
  for (const slot of SLOTS) {
    for (const d of dishes[slot]) {
      if (repeatRowOf.has(d.id)) continue;
      repeatRowOf.set(d.id, firstRepeatRow + dishOrder.length);
      dishOrder.push(d);
    }
  }
  const repeatEnd = firstRepeatRow + dishOrder.length;
  const b12SpreadRow = halfRdaProxy && req.spreadB12 ? repeatEnd : -1;
  return {
    slotRow: (i) => i,
    energyRow,
    shortfallRow,
    ulRow,
    halfRdaRow,
    sideRow,
    shareRow,
    groupRowOf,
    needSideRow,
    halfRdaNutrients,
    b12SpreadRow,
    dishOrder,
    repeatRowOf,
    firstRepeatRow,
    numRows: repeatEnd + (b12SpreadRow >= 0 ? 1 : 0),
  };
}

/** Where a column's entries go: a model being built, or a reduced-cost sum (servingReducedCost). */
interface EntrySink {
  entry(row: number, value: number): void;
}

/** Collects columns in HiGHS's compressed-column form. */
class ColumnBuilder implements EntrySink {
  readonly colCost: number[] = [];
  readonly colLower: number[] = [];
  readonly colUpper: number[] = [];
  readonly integrality: (0 | 1)[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];

  /** A column with its cost, bounds, integrality and (row, coefficient) entries (zeros dropped). */
  push(cost: number, lower: number, upper: number, integer: boolean, entries: [number, number][]): void {
    this.begin(cost, lower, upper, integer);
    for (const [row, value] of entries) this.entry(row, value);
    this.end();
  }

  /** Starts a column; its entries follow (`entry`), then `end` (no arrays per entry: less garbage). */
  begin(cost: number, lower: number, upper: number, integer: boolean): void {
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.integrality.push(integer ? 1 : 0);
  }

  entry(row: number, value: number): void {
    if (value === 0) return;
    this.indices.push(row);
    this.values.push(value);
  }

  end(): void {
    this.starts.push(this.indices.length);
  }

  get numCols(): number {
    return this.colCost.length;
  }
}

/** Energy of the `count` largest sides of a list (the most sides can add to a meal). */
function largestSidesEnergy(sides: readonly SideDish[], count: number): number {
  return sides
    .map((d) => d.perServing.energyKcal)
    .sort((a, b) => b - a)
    .slice(0, count)
    .reduce((acc, e) => acc + e, 0);
}

/**
 * Which servings some day could hold: with the smallest servings (and no sides) in the other slots a
 * serving must not already be above a UL, the energy window or (`checkShares`) its meal's share, nor
 * below the window or the share with the largest servings and sides. When no serving of a slot fits (an impossible
 * energy target) every serving is kept: the plan reports it.
 */
export function servingsThatFit(
  req: ResolvedRequest,
  dishes: SlotDishes,
  checkShares: boolean,
): (dish: Dish, slot: Slot, portion: number) => boolean {
  const minPortion = req.portions[0] ?? 1;
  const maxPortion = req.portions[req.portions.length - 1] ?? 1;
  const E = req.energyTargetKcal;
  const sides = sideCandidatesBySlot(req);
  const sidesEnergy = new Map(SLOTS.map((s) => [s, largestSidesEnergy(sides[s], req.maxSidesPerMeal)]));
  const sidesMax = (slot: Slot) => sidesEnergy.get(slot) ?? 0;
  const slotMin = (slot: Slot, k: "energyKcal" | TargetNutrient) =>
    dishes[slot].reduce((acc, d) => Math.min(acc, d.perServing[k] * minPortion), Infinity);
  const slotMaxEnergy = (slot: Slot) =>
    dishes[slot].reduce((acc, d) => Math.max(acc, d.perServing.energyKcal * maxPortion), 0) + sidesMax(slot);
  const othersMin = (slot: Slot, k: "energyKcal" | TargetNutrient) =>
    SLOTS.filter((s) => s !== slot && dishes[s].length > 0).reduce((acc, s) => acc + slotMin(s, k), 0);
  const othersMaxEnergy = (slot: Slot) =>
    SLOTS.filter((s) => s !== slot).reduce((acc, s) => acc + slotMaxEnergy(s), 0);
  const fits = (dish: Dish, slot: Slot, portion: number, others: Record<string, number>) => {
    const e = dish.perServing.energyKcal * portion;
    const share = req.mealShares[slot];
    if (checkShares && (e > E * share.max || e + sidesMax(slot) < E * share.min)) return false;
    if (e + (others.energyMin ?? 0) > E * (1 + req.energyTolerance)) return false;
    if (e + sidesMax(slot) + (others.energyMax ?? 0) < E * (1 - req.energyTolerance)) return false;
    return req.foodUlNutrients.every(
      (n) => dish.perServing[n] * portion + (others[n] ?? 0) <= (req.intakes[n].ul ?? Infinity),
    );
  };
  const othersOf = new Map<Slot, Record<string, number>>();
  const anyFits = new Map<Slot, boolean>();
  for (const slot of SLOTS) {
    const others: Record<string, number> = {
      energyMin: othersMin(slot, "energyKcal"),
      energyMax: othersMaxEnergy(slot),
    };
    for (const n of req.foodUlNutrients) others[n] = othersMin(slot, n);
    othersOf.set(slot, others);
    anyFits.set(
      slot,
      dishes[slot].some((d) => req.portions.some((p) => fits(d, slot, p, others))),
    );
  }
  return (dish, slot, portion) => !anyFits.get(slot) || fits(dish, slot, portion, othersOf.get(slot) ?? {});
}

/** The entries of one x column (a serving of `dish` in `slot` at `portion`), written to `cols`. */
function addServingEntries(
  cols: EntrySink,
  req: ResolvedRequest,
  layout: RowLayout,
  dish: Dish,
  slotIndex: number,
  portion: number,
  kind: ColumnKind = "main",
): void {
  cols.entry(kind === "main" ? layout.slotRow(slotIndex) : layout.sideRow(slotIndex), 1);
  if (kind === "no-side") return;
  const energyPoints = (100 * dish.perServing.energyKcal * portion) / (DAYS_PER_WEEK * req.energyTargetKcal);
  cols.entry(layout.energyRow, energyPoints);
  cols.entry(layout.shareRow(slotIndex), energyPoints);
  const slot = SLOTS[slotIndex] ?? "breakfast";
  const belowShare = dish.perServing.energyKcal * portion < req.mealShares[slot].min * req.energyTargetKcal;
  if (kind === "side") cols.entry(layout.needSideRow(slotIndex), -1);
  else if (belowShare) cols.entry(layout.needSideRow(slotIndex), 1);
  for (let ni = 0; ni < TARGET_NUTRIENTS.length; ni++) {
    const n = TARGET_NUTRIENTS[ni] as TargetNutrient;
    cols.entry(
      layout.shortfallRow(ni),
      (100 * dish.perServing[n] * portion) / (DAYS_PER_WEEK * req.intakes[n].rda),
    );
  }
  req.foodUlNutrients.forEach((n, ui) => {
    const ul = req.intakes[n].ul ?? Infinity;
    cols.entry(layout.ulRow(ui), (100 * dish.perServing[n] * portion) / (DAYS_PER_WEEK * ul));
  });
  layout.halfRdaNutrients.forEach((n, hi) => {
    if (dish.perServing[n] * portion >= req.intakes[n].rda / 2) cols.entry(layout.halfRdaRow(hi), 1);
  });
  if (layout.b12SpreadRow >= 0 && carriesB12(dish.perServing.vitaminB12Mcg * portion)) {
    cols.entry(layout.b12SpreadRow, 1);
  }
  // A dish outside the model (priced, not built) has no repeat row: its dual there is 0.
  const repeatRow = kind === "main" ? layout.repeatRowOf.get(dish.id) : undefined;
  if (repeatRow !== undefined) cols.entry(repeatRow, 1);
  if (kind === "side" && "group" in dish) {
    const row = layout.groupRowOf.get(`${SLOTS[slotIndex] ?? ""}|${String(dish.group)}`);
    if (row !== undefined) cols.entry(row, 1);
  }
}

/** The x columns: one per dish, slot and portion (a serving no day could hold gets upper bound 0). */
function addServingColumns(
  cols: ColumnBuilder,
  req: ResolvedRequest,
  dishes: SlotDishes,
  caps: ReadonlyMap<number, number>,
  opts: StageAOptions,
  layout: RowLayout,
): XColumn[] {
  const locked = lockedCounts(req);
  // The meal shares prune the MIP only: a plan that cannot keep them may still break them least with
  // such a serving, and the LP's bound must hold for every plan.
  const fits = servingsThatFit(req, opts.fitsAgainst ?? dishes, opts.integer);
  const xCols: XColumn[] = [];
  SLOTS.forEach((slot, si) => {
    for (const dish of dishes[slot]) {
      const cap = caps.get(dish.id) ?? req.maxRepeats;
      for (const portion of req.portions) {
        const cost = opts.coverageOnly ? 0 : mealCost(req, dish.id, portion);
        const lockedCount = locked.size > 0 ? (locked.get(`${dish.id}|${slot}|${portion}`) ?? 0) : 0;
        const ok = lockedCount > 0 || fits(dish, slot, portion);
        const upper = ok ? Math.max(cap, lockedCount) : 0;
        cols.begin(cost, lockedCount, upper, opts.integer);
        addServingEntries(cols, req, layout, dish, si, portion);
        cols.end();
        xCols.push({ kind: "main", dish, slot, portion, lockedCount });
      }
    }
  });
  addSideColumns(cols, req, opts, layout, xCols);
  return xCols;
}

/**
 * The side columns of each eaten meal: each side at most once a meal (0..7 a week), one household
 * portion, a small cost (a side must earn its place), and the empty places that fill the row.
 */
function addSideColumns(
  cols: ColumnBuilder,
  req: ResolvedRequest,
  opts: StageAOptions,
  layout: RowLayout,
  xCols: XColumn[],
): void {
  const sides = sideCandidatesBySlot(req);
  SLOTS.forEach((slot, si) => {
    if (!req.slots.includes(slot) || req.maxSidesPerMeal === 0) return;
    for (const side of sides[slot]) {
      const cost = opts.coverageOnly ? 0 : OBJECTIVE_WEIGHTS.side;
      cols.begin(cost, 0, DAYS_PER_WEEK, opts.integer);
      addServingEntries(cols, req, layout, side, si, 1, "side");
      cols.end();
      xCols.push({ kind: "side", dish: side, slot, portion: 1, lockedCount: 0 });
    }
    const places = DAYS_PER_WEEK * req.maxSidesPerMeal;
    cols.begin(0, 0, places, opts.integer);
    addServingEntries(cols, req, layout, NO_SIDE, si, 1, "no-side");
    cols.end();
    xCols.push({ kind: "no-side", dish: NO_SIDE, slot, portion: 1, lockedCount: 0 });
  });
}

/** The slack columns: repeats, shortfalls, half-RDA days, empty slots, energy and UL elastics. */
function addSlackColumns(
  cols: ColumnBuilder,
  req: ResolvedRequest,
  caps: ReadonlyMap<number, number>,
  opts: StageAOptions,
  layout: RowLayout,
): void {
  const weightOf = (n: TargetNutrient): number =>
    opts.weights?.[n] ?? (req.favoured.has(n) ? OBJECTIVE_WEIGHTS.flagged : OBJECTIVE_WEIGHTS.unflagged);
  // z: repeats beyond the first.
  for (const d of layout.dishOrder) {
    const cap = caps.get(d.id) ?? req.maxRepeats;
    const cost = opts.coverageOnly ? 0 : OBJECTIVE_WEIGHTS.repeat;
    cols.push(cost, 0, Math.max(0, cap - 1), false, [[layout.repeatRowOf.get(d.id) ?? 0, -1]]);
  }
  // s: shortfalls below the RDA; then, favoured nutrients, the points between RDA and stretch level.
  TARGET_NUTRIENTS.forEach((n, ni) => cols.push(weightOf(n), 0, 100, false, [[layout.shortfallRow(ni), 1]]));
  TARGET_NUTRIENTS.forEach((n, ni) => {
    const stretchPoints = stretchPointsOf(req, n, opts);
    if (stretchPoints > 0) {
      cols.push(OBJECTIVE_WEIGHTS.stretch, 0, stretchPoints, false, [[layout.shortfallRow(ni), 1]]);
    }
  });
  // t: days (of 7) without a half-RDA serving of a favoured nutrient (proxy).
  layout.halfRdaNutrients.forEach((_, hi) =>
    cols.push((OBJECTIVE_WEIGHTS.halfRdaDay * 100) / DAYS_PER_WEEK, 0, DAYS_PER_WEEK, false, [
      [layout.halfRdaRow(hi), 1],
    ]),
  );
  // b: B12-carrying servings a week short of two a day (proxy of the spread rule).
  if (layout.b12SpreadRow >= 0) {
    cols.push(B12_SPREAD_WEIGHT, 0, B12_MEALS_PER_DAY * DAYS_PER_WEEK, false, [[layout.b12SpreadRow, 1]]);
  }
  // u: empty servings per slot.
  SLOTS.forEach((_, si) =>
    cols.push(OBJECTIVE_WEIGHTS.hard * 100, 0, DAYS_PER_WEEK, false, [[layout.slotRow(si), 1]]),
  );
  // Energy elastics, below and above the window.
  cols.push(OBJECTIVE_WEIGHTS.hard, 0, Infinity, false, [[layout.energyRow, 1]]);
  cols.push(OBJECTIVE_WEIGHTS.hard, 0, Infinity, false, [[layout.energyRow, -1]]);
  // UL elastics.
  req.foodUlNutrients.forEach((_, ui) =>
    cols.push(OBJECTIVE_WEIGHTS.hard, 0, Infinity, false, [[layout.ulRow(ui), -1]]),
  );
  // Meal share elastics, below and above each eaten meal's window, and main dishes below it alone
  // without a side (each such meal breaks its share: a hard rule, counted per serving).
  SLOTS.forEach((slot, si) => {
    if (!req.slots.includes(slot)) return;
    cols.push(OBJECTIVE_WEIGHTS.hard, 0, Infinity, false, [[layout.shareRow(si), 1]]);
    cols.push(OBJECTIVE_WEIGHTS.hard, 0, Infinity, false, [[layout.shareRow(si), -1]]);
    cols.push(OBJECTIVE_WEIGHTS.hard, 0, Infinity, false, [[layout.needSideRow(si), -1]]);
  });
}

/** Points (of the weekly RDA) between the RDA and the stretch level; 0 for a coverage-only model. */
function stretchPointsOf(req: ResolvedRequest, n: TargetNutrient, opts: StageAOptions): number {
  if (opts.coverageOnly) return 0;
  return (100 * (stretchLevel(req, n) - req.intakes[n].rda)) / req.intakes[n].rda;
}

function rowBounds(req: ResolvedRequest, layout: RowLayout, opts: StageAOptions) {
  const weeklyTolerance = opts.weeklyTolerance;
  const { numRows } = layout;
  const rowLower: number[] = new Array<number>(numRows).fill(-Infinity);
  const rowUpper: number[] = new Array<number>(numRows).fill(Infinity);
  SLOTS.forEach((slot, si) => {
    const eaten = req.slots.includes(slot);
    rowLower[layout.slotRow(si)] = eaten ? DAYS_PER_WEEK : 0;
    rowUpper[layout.slotRow(si)] = eaten ? DAYS_PER_WEEK : 0;
    const places = eaten ? DAYS_PER_WEEK * req.maxSidesPerMeal : 0;
    rowLower[layout.sideRow(si)] = places;
    rowUpper[layout.sideRow(si)] = places;
    if (!eaten) return;
    rowLower[layout.shareRow(si)] = 100 * req.mealShares[slot].min;
    rowUpper[layout.shareRow(si)] = 100 * req.mealShares[slot].max;
  });
  rowLower[layout.energyRow] = 100 * (1 - weeklyTolerance);
  rowUpper[layout.energyRow] = 100 * (1 + weeklyTolerance);
  TARGET_NUTRIENTS.forEach(
    (n, ni) => (rowLower[layout.shortfallRow(ni)] = 100 + stretchPointsOf(req, n, opts)),
  );
  req.foodUlNutrients.forEach((_, ui) => (rowUpper[layout.ulRow(ui)] = 100));
  layout.halfRdaNutrients.forEach((_, hi) => (rowLower[layout.halfRdaRow(hi)] = DAYS_PER_WEEK));
  for (const row of layout.groupRowOf.values()) rowUpper[row] = DAYS_PER_WEEK;
  SLOTS.forEach((slot, si) => {
    if (req.slots.includes(slot)) rowUpper[layout.needSideRow(si)] = 0;
  });
  const repeatEnd = layout.firstRepeatRow + layout.dishOrder.length;
  for (let r = layout.firstRepeatRow; r < repeatEnd; r++) rowUpper[r] = 1;
  if (layout.b12SpreadRow >= 0) rowLower[layout.b12SpreadRow] = B12_MEALS_PER_DAY * DAYS_PER_WEEK;
  return { rowLower, rowUpper };
}

/** The stage A model (see the header) for the given dishes per slot and repeat caps. */
export function buildStageA(
  req: ResolvedRequest,
  dishes: SlotDishes,
  caps: ReadonlyMap<number, number>,
  opts: StageAOptions,
): StageAModel {
  const layout = rowLayout(req, dishes, opts.halfRdaProxy ?? false);
  const cols = new ColumnBuilder();
  const xCols = addServingColumns(cols, req, dishes, caps, opts, layout);
  addSlackColumns(cols, req, caps, opts, layout);
  const { numRows } = layout;
  const numCols = cols.numCols;
  const data: ModelData = {
    numCols,
    numRows,
    colCost: cols.colCost,
    colLower: cols.colLower,
    colUpper: cols.colUpper,
    ...rowBounds(req, layout, opts),
    matrix: {
      format: "csc",
      numRows,
      numCols,
      starts: cols.starts,
      indices: cols.indices,
      values: cols.values,
    },
    integrality: opts.integer ? cols.integrality : undefined,
  };
  return { data, xCols, numX: xCols.length, layout };
}

/** Adds a serving's entries times the LP's row duals (a reduced cost is its cost minus this). */
class DualSum implements EntrySink {
  sum = 0;
  constructor(private readonly rowDual: Float64Array) {}
  entry(row: number, value: number): void {
    this.sum += value * (this.rowDual[row] ?? 0);
  }
}

/**
 * The reduced cost, at the LP's row duals, of a serving of `dish` in `slot` at `portion` that is
 * not a column of `model` (its cost minus its entries times the duals, as HiGHS's colDual): a
 * negative one would improve the LP (column generation, lib/planner/relaxation.ts).
 */
export function servingReducedCost(
  req: ResolvedRequest,
  model: StageAModel,
  rowDual: Float64Array,
  dish: Dish,
  slot: Slot,
  portion: number,
): number {
  if (!model.layout) throw new RangeError("servingReducedCost needs a model built by buildStageA");
  const dual = new DualSum(rowDual);
  addServingEntries(dual, req, model.layout, dish, SLOTS.indexOf(slot), portion);
  return mealCost(req, dish.id, portion) - dual.sum;
}

export interface StageAResult {
  /** "optimal", "time-limit", "infeasible", ...: HiGHS's model status, in words. */
  status: string;
  hasSolution: boolean;
  objective: number;
  /** The solver's dual bound (LP: the optimum itself; MIP: its best bound). */
  dualBound: number;
  /** Column values (x columns first); empty when there is no solution. */
  colValue: Float64Array;
  /** Reduced costs (LP only). */
  colDual: Float64Array;
  /** Row duals (LP only). */
  rowDual: Float64Array;
  ms: number;
}

const STATUS_NAMES: Record<number, string> = {
  7: "optimal",
  8: "infeasible",
  9: "unbounded-or-infeasible",
  10: "unbounded",
  13: "time-limit",
  14: "iteration-limit",
  16: "solution-limit",
  17: "interrupted",
};

interface SolveOptions {
  timeLimitSec: number;
  seed: number;
  mipAbsGap?: number;
  mipRelGap?: number;
  /** A full column vector to start from (a MIP incumbent). */
  start?: readonly number[];
  /** HiGHS presolve; off is about 3× faster for stage A's LP (measured), on helps its MIP. */
  presolve?: boolean;
}

/** Solves a stage A model (LP or MIP) on a fresh HiGHS model that is always disposed. */
export function solveStageA(highs: Highs, model: StageAModel, opts: SolveOptions): StageAResult {
  const t0 = performance.now();
  const m = highs.createModel(model.data);
  try {
    m.options.set({
      output_flag: false,
      time_limit: Math.max(0.01, opts.timeLimitSec),
      random_seed: Math.max(0, Math.floor(opts.seed)) % 2147483647,
      mip_abs_gap: opts.mipAbsGap ?? 1e-6,
      mip_rel_gap: opts.mipRelGap ?? 1e-4,
      presolve: opts.presolve === false ? "off" : "choose",
    });
    if (opts.start) m.setSolution({ colValue: opts.start });
    m.run();
    const code = m.getModelStatus();
    const status = STATUS_NAMES[code] ?? `status-${code}`;
    const primal = Number(m.info.get("primal_solution_status"));
    const hasSolution = primal === 2;
    const isMip = model.data.integrality !== undefined;
    const sol = hasSolution ? m.getSolution() : null;
    const objective = hasSolution ? m.getObjectiveValue() : Infinity;
    let dualBound = -Infinity;
    if (isMip) {
      const b = Number(m.info.get("mip_dual_bound"));
      if (Number.isFinite(b)) dualBound = b;
    } else if (code === 7) {
      dualBound = objective;
    }
    return {
      status,
      hasSolution,
      objective,
      dualBound,
      colValue: sol ? sol.colValue : new Float64Array(0),
      colDual: sol && !isMip ? sol.colDual : new Float64Array(0),
      rowDual: sol && !isMip ? sol.rowDual : new Float64Array(0),
      ms: performance.now() - t0,
    };
  } finally {
    m.dispose();
  }
}
