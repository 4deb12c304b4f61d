// Request defaults, validation and candidate filtering. Pure.
import { isAllowedFor, touchesAllergens } from "@/lib/nutrition/diet";
import type { ReferenceIntakes } from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS, type Allergen, type Diet, type TargetNutrient } from "@/lib/nutrition/types";
import {
  DAYS_PER_WEEK,
  DEFAULT_ENERGY_TOLERANCE,
  DEFAULT_MAX_REPEATS_PER_WEEK,
  DEFAULT_PORTIONS,
  DEFAULT_SEED,
  DEFAULT_TIME_LIMIT_MS,
  SLOTS,
  type Dish,
  type LockedMeal,
  type PlanRequest,
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
export function resolveRequest(request: PlanRequest): ResolvedRequest {
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
    timeLimitMs: request.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    seed: request.seed ?? DEFAULT_SEED,
  };
}

/** The dishes allowed for each slot (diet, allergens, dislikes, meal type), in catalogue order. */
export function candidatesBySlot(req: ResolvedRequest): Record<Slot, Dish[]> {
  const out = Object.fromEntries(SLOTS.map((s) => [s, [] as Dish[]])) as Record<Slot, Dish[]>;
  for (const dish of req.dishes) {
    if (dish.retired || exclusionReason(dish, req) !== null) continue;
    for (const slot of SLOTS) if (dish.mealTypes.includes(slot)) out[slot].push(dish);
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
