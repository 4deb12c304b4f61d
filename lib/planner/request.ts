// Request defaults, validation and candidate filtering. Pure.
import { isAllowedFor, touchesAllergens } from "@/lib/nutrition/diet";
import type { ReferenceIntakes } from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS, type Allergen, type Diet, type TargetNutrient } from "@/lib/nutrition/types";
import {
  DAYS_PER_WEEK,
  DEFAULT_ENERGY_TOLERANCE,
  DEFAULT_MAX_SIDES_PER_MEAL,
  DEFAULT_MEAL_SHARES,
  DEFAULT_MAX_REPEATS_PER_WEEK,
  DEFAULT_PORTIONS,
  DEFAULT_SEED,
  DEFAULT_SLOTS,
  DEFAULT_TIME_LIMIT_MS,
  SLOTS,
  slotMealType,
  type Dish,
  type Eater,
  type LockedMeal,
  type MealShare,
  type PlanRequest,
  type SideDish,
  type Slot,
} from "@/lib/planner/types";

/** A request with every default filled in and the lookups the planner needs. */
export interface ResolvedRequest {
  dishes: readonly Dish[];
  dishById: ReadonlyMap<number, Dish>;
  diet: Diet;
  allergens: ReadonlySet<Allergen>;
  dislikedFoodIds: ReadonlySet<number>;
  dislikedFamilyFoodIds: ReadonlySet<number>;
  dislikedDishIds: ReadonlySet<number>;
  energyTargetKcal: number;
  energyTolerance: number;
  intakes: ReferenceIntakes;
  favoured: ReadonlySet<TargetNutrient>;
  /** Target nutrients whose UL limits food intake (calcium, vitamin D; not magnesium, not B12). */
  foodUlNutrients: readonly TargetNutrient[];
  /** A dish's preference score clamped to [-1, 1] (0 when unknown). */
  preferenceOf: (dishId: number) => number;
  maxRepeats: number;
  portions: readonly number[];
  locked: readonly LockedMeal[];
  recentDishIds: ReadonlySet<number>;
  /** Whether B12 should be spread over at least two meals a day (PlanRequest.spreadB12). */
  spreadB12: boolean;
  /** The meals planned each day, in SLOTS order. */
  slots: readonly Slot[];
  /** Each planned meal's energy window as a share of the target (widened to be satisfiable). */
  mealShares: Readonly<Record<Slot, MealShare>>;
  sides: readonly SideDish[];
  sideById: ReadonlyMap<number, SideDish>;
  maxSidesPerMeal: number;
  /** The people planned for (one today; `energyTargetKcal` and `intakes` are the first one's). */
  eaters: readonly Required<Pick<Eater, "energyTargetKcal" | "intakes">>[];
  timeLimitMs: number;
  seed: number;
}

/** Why a dish may not be eaten by this person, or null when it may. */
export function exclusionReason(
  dish: Dish,
  req: Pick<
    ResolvedRequest,
    "diet" | "allergens" | "dislikedFoodIds" | "dislikedFamilyFoodIds" | "dislikedDishIds"
  >,
): "diet" | "allergen" | "dislike" | null {
  if (!isAllowedFor(req.diet, dish.dietFacts)) return "diet";
  if (touchesAllergens(dish, req.allergens)) return "allergen";
  if (dish.foodIds.some((id) => req.dislikedFoodIds.has(id))) return "dislike";
  if (dish.foodIds.some((id) => req.dislikedFamilyFoodIds.has(id))) return "dislike";
  if (req.dislikedDishIds.has(dish.id)) return "dislike";
  return null;
}

/**
 * Fills defaults and checks the request. Throws RangeError for malformed input (unknown locked dish,
 * a day outside 0-6, two locks on one slot, non-positive energy, empty portion list); an impossible
 * but well-formed request is not an error: the planner reports it in the plan.
 */
export function resolveRequest(input: PlanRequest): ResolvedRequest {
  const request = withEater(input);
  const dishById = new Map<number, Dish>();
  for (const d of request.dishes) {
    if (dishById.has(d.id)) throw new RangeError(`duplicate dish id ${d.id}`);
    dishById.set(d.id, d);
  }
  if (!Number.isFinite(request.energyTargetKcal) || request.energyTargetKcal <= 0) {
    throw new RangeError(`energyTargetKcal must be > 0, got ${request.energyTargetKcal}`);
  }
  const energyTolerance = request.energyTolerance ?? DEFAULT_ENERGY_TOLERANCE;
  if (!(energyTolerance > 0 && energyTolerance < 1)) {
    throw new RangeError(`energyTolerance must be in (0, 1), got ${energyTolerance}`);
  }
  const portions = [...new Set(request.portions ?? DEFAULT_PORTIONS)].sort((a, b) => a - b);
  if (portions.length === 0 || portions.some((p) => !Number.isFinite(p) || p <= 0)) {
    throw new RangeError("portions must be a non-empty list of numbers > 0");
  }
  const maxRepeats = request.maxRepeatsPerWeek ?? DEFAULT_MAX_REPEATS_PER_WEEK;
  if (!Number.isInteger(maxRepeats) || maxRepeats < 1) {
    throw new RangeError(`maxRepeatsPerWeek must be an integer >= 1, got ${maxRepeats}`);
  }
  for (const n of TARGET_NUTRIENTS) {
    if (!(request.intakes[n].rda > 0)) throw new RangeError(`RDA of ${n} must be > 0`);
  }
  const seen = new Set<string>();
  const locked = request.locked ?? [];
  for (const l of locked) {
    if (!Number.isInteger(l.day) || l.day < 0 || l.day >= DAYS_PER_WEEK) {
      throw new RangeError(`locked meal day must be 0-6, got ${l.day}`);
    }
    if (!SLOTS.includes(l.slot)) throw new RangeError(`unknown slot ${String(l.slot)}`);
    const key = `${l.day}:${l.slot}`;
    if (seen.has(key)) throw new RangeError(`two locked meals on day ${l.day} ${l.slot}`);
    seen.add(key);
    if (!dishById.has(l.dishId)) throw new RangeError(`locked dish ${l.dishId} is not in the catalogue`);
    if (!(Number.isFinite(l.portion) && l.portion > 0)) {
      throw new RangeError(`locked portion must be > 0, got ${l.portion}`);
    }
  }
  const preferences = request.preferences ?? {};
  const slots = resolveSlots(request.slots);
  const sideById = new Map<number, SideDish>();
  for (const side of request.sides ?? []) {
    if (sideById.has(side.id)) throw new RangeError(`duplicate side id ${side.id}`);
    sideById.set(side.id, side);
  }
  const maxSidesPerMeal = request.maxSidesPerMeal ?? DEFAULT_MAX_SIDES_PER_MEAL;
  if (!Number.isInteger(maxSidesPerMeal) || maxSidesPerMeal < 0 || maxSidesPerMeal > 3) {
    throw new RangeError(`maxSidesPerMeal must be an integer 0-3, got ${maxSidesPerMeal}`);
  }
  return {
    dishes: request.dishes,
    dishById,
    diet: request.diet,
    allergens: new Set(request.allergens ?? []),
    dislikedFoodIds: new Set(request.dislikedFoodIds ?? []),
    dislikedFamilyFoodIds: new Set(request.dislikedFamilyFoodIds ?? []),
    dislikedDishIds: new Set(request.dislikedDishIds ?? []),
    energyTargetKcal: request.energyTargetKcal,
    energyTolerance,
    intakes: request.intakes,
    favoured: new Set(request.favouredNutrients ?? []),
    foodUlNutrients: foodUlNutrientsOf(request.intakes),
    preferenceOf: (dishId) => clampedPreference(preferences[dishId]),
    maxRepeats,
    portions,
    locked,
    recentDishIds: new Set(request.recentDishIds ?? []),
    spreadB12: request.spreadB12 ?? false,
    timeLimitMs: request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    seed: request.seed ?? DEFAULT_SEED,
    slots,
    mealShares: resolveMealShares(slots, request.mealShares, energyTolerance),
    sides: [...sideById.values()],
    sideById,
    maxSidesPerMeal,
    eaters: [{ energyTargetKcal: request.energyTargetKcal, intakes: request.intakes }],
  };
}

/**
 * A request with one eater: its targets, meals and shares become the request's. Households (several
 * eaters, one set of dishes, a portion each) are the next step; until then more than one is refused.
 */
function withEater(request: PlanRequest): PlanRequest {
  const eaters = request.eaters;
  if (eaters === undefined) return request;
  const [eater, ...others] = eaters;
  if (!eater || others.length > 0) {
    throw new RangeError(`exactly one eater is supported, got ${eaters.length}`);
  }
  return {
    ...request,
    energyTargetKcal: eater.energyTargetKcal,
    intakes: eater.intakes,
    slots: eater.slots ?? request.slots,
    mealShares: eater.mealShares ?? request.mealShares,
  };
}

function resolveSlots(slots: readonly Slot[] | undefined): Slot[] {
  if (slots === undefined) return [...DEFAULT_SLOTS];
  for (const s of slots) if (!SLOTS.includes(s)) throw new RangeError(`unknown slot ${String(s)}`);
  const out = SLOTS.filter((s) => slots.includes(s));
  if (out.length < 2) throw new RangeError("at least two meals a day must be planned");
  return out;
}

/** The room the default shares leave a day of four meals: maxima add up to 130 %, minima to 70 %. */
const SHARE_ROOM = { max: 1.3, min: 0.7 };

/** Each snack beyond the first adds its default minimum to the room, so every snack keeps 5–15 %. */
function minimumRoom(slots: readonly Slot[]): number {
  const extraSnacks = slots.filter((s) => slotMealType(s) === "snack" && s !== "snack");
  return SHARE_ROOM.min + extraSnacks.reduce((acc, s) => acc + DEFAULT_MEAL_SHARES[s].min, 0);
}

/**
 * Each planned meal's share window. When the meals eaten leave less room than the four default
 * meals do (a day of lunch and dinner only: at most 80 % with the defaults, a day cannot be made),
 * every maximum is scaled up (or every minimum down) to that room, so the meals keep their proportions.
 */
function resolveMealShares(
  slots: readonly Slot[],
  given: Partial<Record<Slot, MealShare>> | undefined,
  tolerance: number,
): Record<Slot, MealShare> {
  const out = {} as Record<Slot, MealShare>;
  for (const s of SLOTS) {
    const share = given?.[s] ?? DEFAULT_MEAL_SHARES[s];
    if (!(share.min >= 0 && share.max <= 1 && share.min <= share.max)) {
      throw new RangeError(`meal share of ${s} must satisfy 0 <= min <= max <= 1`);
    }
    out[s] = { ...share };
  }
  const sumMax = slots.reduce((acc, s) => acc + out[s].max, 0);
  const sumMin = slots.reduce((acc, s) => acc + out[s].min, 0);
  const needMax = Math.max(SHARE_ROOM.max, 1 + tolerance);
  const needMin = Math.min(minimumRoom(slots), 1 - tolerance);
  for (const s of slots) {
    if (sumMax < needMax) out[s].max = Math.min(1, (out[s].max * needMax) / sumMax);
    if (sumMin > needMin + 1e-9) out[s].min = (out[s].min * needMin) / sumMin;
  }
  return out;
}

/** The dishes allowed for each slot (diet, allergens, dislikes, meal type), in catalogue order. */
export function candidatesBySlot(req: ResolvedRequest): Record<Slot, Dish[]> {
  return allowedBySlot(req.dishes, req);
}

/** The sides allowed with each meal (same rules as dishes); none when sides are off. */
export function sideCandidatesBySlot(req: ResolvedRequest): Record<Slot, SideDish[]> {
  return allowedBySlot(req.maxSidesPerMeal > 0 ? req.sides : [], req);
}

/** Per planned slot, the items allowed for it; an unplanned slot gets none. */
function allowedBySlot<T extends Dish>(items: readonly T[], req: ResolvedRequest): Record<Slot, T[]> {
  const out = Object.fromEntries(SLOTS.map((s) => [s, [] as T[]])) as Record<Slot, T[]>;
  for (const item of items) {
    if (item.retired || exclusionReason(item, req) !== null) continue;
    for (const slot of req.slots) if (item.mealTypes.includes(slotMealType(slot))) out[slot].push(item);
  }
  return out;
}

function foodUlNutrientsOf(intakes: ReferenceIntakes): TargetNutrient[] {
  return TARGET_NUTRIENTS.filter(
    (n) => intakes[n].ul !== null && intakes[n].ulAppliesTo === "food-and-supplements",
  );
}

function clampedPreference(score: number | undefined): number {
  const p = score ?? 0;
  return Number.isFinite(p) ? Math.max(-1, Math.min(1, p)) : 0;
}
