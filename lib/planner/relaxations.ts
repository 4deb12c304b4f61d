// When a week cannot keep every hard rule: which rule binds, and what to relax for this week only. Pure.
//
// The planner never throws for an impossible request: it returns its best week with the rules it
// breaks. Those violations alone do not help a person ("day 3: 2,480 kcal, outside 2,718-3,322").
// This module names the rule that binds in words and offers concrete relaxations, each one click that
// applies to one week (docs/decisions/020-plans-follow-the-profile.md). Offers are chosen from what
// the violations and the catalogue show (a slot with too few dishes, a day that cannot reach its
// window); they are likely to help, not proved to: the week planned with them says whether they did.
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { formatNumber, NUTRIENT_META } from "@/lib/nutrition/units";
import { longWeekday } from "@/lib/planner/daily-upper-limits";
import { candidatesBySlot, exclusionReason, type ResolvedRequest } from "@/lib/planner/request";
import {
  DAYS_PER_WEEK,
  DEFAULT_SLOTS,
  SLOTS,
  SNACK_SLOTS,
  slotMealType,
  type Dish,
  type HardRule,
  type HardRuleViolation,
  type PlanRequest,
  type Slot,
} from "@/lib/planner/types";

/** Repeats allowed by the "allow a dish three times" relaxation. */
export const RELAXED_MAX_REPEATS = 3;
/** Energy tolerance of the "widen the energy window" relaxation (±15 % instead of ±10 %). */
export const RELAXED_ENERGY_TOLERANCE = 0.15;

export const RELAXATION_KINDS = [
  "allow-three-repeats",
  "add-snack",
  "widen-energy-window",
  "drop-dislike",
] as const;
export type RelaxationKind = (typeof RELAXATION_KINDS)[number];

/** One relaxation a person can apply to this week with one click. */
export interface RelaxationOffer {
  /** Stable id, stored with the plan: "repeats-3", "add-snack", "energy-window-15", "drop-family-mushrooms"… */
  id: string;
  kind: RelaxationKind;
  /** The button: "Allow a dish three times this week". */
  label: string;
}

/** The rule that binds, in words, with the relaxations likely to lift it. */
export interface Infeasibility {
  rule: HardRule;
  message: string;
  relaxations: RelaxationOffer[];
}

/** A dislike of the profile that could be dropped for one week. */
export interface DislikeOption {
  /** drop-food-<id>, drop-family-<id> or drop-dish-<id>. */
  id: string;
  /** "white mushrooms", "mushrooms", "Peanut soba noodles". */
  label: string;
  /** The foods it excludes (a disliked food: itself; a family: its foods); none for a dish. */
  foodIds: readonly number[];
  dishId: number | null;
}

const REPEATS_ID = "repeats-3";
const ENERGY_ID = "energy-window-15";
const ADD_SNACK_ID = "add-snack";
const DROP_PREFIXES = ["drop-food-", "drop-family-", "drop-dish-"] as const;

/** Whether a string is a relaxation id this module knows (what the plan stores and the form sends). */
export function isRelaxationId(id: string): boolean {
  return (
    id === REPEATS_ID ||
    id === ENERGY_ID ||
    id === ADD_SNACK_ID ||
    DROP_PREFIXES.some((prefix) => id.startsWith(prefix) && /^[a-z0-9-]+$/.test(id.slice(prefix.length)))
  );
}

/** The dislikes each dish of a slot hits, for dishes that diet and allergens allow. */
function dislikesHit(dish: Dish, dislikes: readonly DislikeOption[]): DislikeOption[] {
  return dislikes.filter((d) => d.dishId === dish.id || dish.foodIds.some((id) => d.foodIds.includes(id)));
}

/** The dislike whose dropping would allow the most dishes (in `slots`), if any would. */
function bestDislikeToDrop(
  req: ResolvedRequest,
  dislikes: readonly DislikeOption[],
  slots: readonly Slot[],
): DislikeOption | null {
  const gain = new Map<string, number>();
  const none = new Set<number>();
  const noDislikes = { ...req, dislikedFoodIds: none, dislikedFamilyFoodIds: none, dislikedDishIds: none };
  for (const dish of req.dishes) {
    if (!slots.some((slot) => dish.mealTypes.includes(slotMealType(slot)))) continue;
    if (exclusionReason(dish, noDislikes) !== null) continue;
    const hit = dislikesHit(dish, dislikes);
    // Only a dish that exactly one dislike keeps out comes back when that one is dropped.
    if (hit.length === 1) gain.set(hit[0]!.id, (gain.get(hit[0]!.id) ?? 0) + 1);
  }
  const best = [...gain.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? (dislikes.find((d) => d.id === best[0]) ?? null) : null;
}

function repeatsOffer(req: ResolvedRequest): RelaxationOffer[] {
  return req.maxRepeats < RELAXED_MAX_REPEATS
    ? [{ id: REPEATS_ID, kind: "allow-three-repeats", label: "Allow a dish three times this week" }]
    : [];
}

function energyOffer(req: ResolvedRequest): RelaxationOffer[] {
  return req.energyTolerance < RELAXED_ENERGY_TOLERANCE
    ? [{ id: ENERGY_ID, kind: "widen-energy-window", label: "Widen the energy window to ±15 % this week" }]
    : [];
}

/** The snack slot one more snack would take, or null when the day has every snack already. */
function nextSnackSlot(slots: readonly Slot[]): Slot | null {
  return SNACK_SLOTS.find((snack) => !slots.includes(snack)) ?? null;
}

/** One more snack a day, when the day has room for one and some snack is allowed. */
function addSnackOffer(req: ResolvedRequest): RelaxationOffer[] {
  if (nextSnackSlot(req.slots) === null) return [];
  const anySnack = req.dishes.some(
    (dish) => !dish.retired && dish.mealTypes.includes("snack") && exclusionReason(dish, req) === null,
  );
  if (!anySnack) return [];
  const another = req.slots.some((slot) => slotMealType(slot) === "snack");
  return [
    {
      id: ADD_SNACK_ID,
      kind: "add-snack",
      label: another ? "Add another snack a day this week" : "Add a snack a day this week",
    },
  ];
}

function dislikeOffer(dislike: DislikeOption | null): RelaxationOffer[] {
  return dislike ? [{ id: dislike.id, kind: "drop-dislike", label: `Allow ${dislike.label} this week` }] : [];
}

/** A slot whose allowed dishes cannot fill the week within the repeat cap, if one exists. */
function slotTooSmall(req: ResolvedRequest): { slot: Slot; dishes: number } | null {
  const candidates = candidatesBySlot(req);
  for (const slot of req.slots) {
    const dishes = candidates[slot].length;
    if (dishes * req.maxRepeats < DAYS_PER_WEEK) return { slot, dishes };
  }
  return null;
}

/** The most and least energy one day can have: each slot's richest (poorest) dish at the largest (smallest) portion. */
function dayEnergyRange(req: ResolvedRequest): { min: number; max: number } {
  const candidates = candidatesBySlot(req);
  const largest = Math.max(...req.portions);
  const smallest = Math.min(...req.portions);
  let min = 0;
  let max = 0;
  for (const slot of SLOTS) {
    const kcal = candidates[slot].map((dish) => dish.perServing.energyKcal);
    if (kcal.length === 0) continue;
    max += Math.max(...kcal) * largest;
    min += Math.min(...kcal) * smallest;
  }
  return { min, max };
}

const kcal = (value: number) => `${formatNumber(Math.round(value))} kcal`;

function energyInfeasibility(
  req: ResolvedRequest,
  violations: readonly HardRuleViolation[],
  dislikes: readonly DislikeOption[],
): Infeasibility {
  const lo = req.energyTargetKcal * (1 - req.energyTolerance);
  const hi = req.energyTargetKcal * (1 + req.energyTolerance);
  const window = `${kcal(lo)}–${kcal(hi)}`;
  const range = dayEnergyRange(req);
  const worst = [...violations].sort(
    (a, b) => Math.abs((b.amount ?? 0) - (b.limit ?? 0)) - Math.abs((a.amount ?? 0) - (a.limit ?? 0)),
  )[0]!;
  const tooLow = (worst.amount ?? 0) < (worst.limit ?? 0);
  let message: string;
  if (tooLow && range.max < lo) {
    message = `The largest possible day is ${kcal(range.max)}, below your energy window of ${window}.`;
  } else if (!tooLow && range.min > hi) {
    message = `The smallest possible day is ${kcal(range.min)}, above your energy window of ${window}.`;
  } else {
    const day = worst.day === undefined ? "One day" : `${longWeekday(worst.day)}`;
    message = `${day} reaches ${kcal(worst.amount ?? 0)}, ${tooLow ? "below" : "above"} your energy window of ${window}, while keeping the other rules.`;
  }
  return {
    rule: "energy-window",
    message,
    relaxations: [
      // A day short of energy: one more meal is the natural way to eat more.
      ...(tooLow ? addSnackOffer(req) : []),
      ...energyOffer(req),
      ...repeatsOffer(req),
      ...dislikeOffer(bestDislikeToDrop(req, dislikes, SLOTS)),
    ],
  };
}

/** The rules a week can fail to keep for want of dishes; the others (diet, allergen...) are conflicts. */
const BINDING_RULES: ReadonlySet<HardRule> = new Set<HardRule>([
  "empty-slot",
  "max-repeats",
  "repeat-too-soon",
  "energy-window",
  "upper-limit",
]);

/**
 * Why a week breaks its rules and what to relax, or null when it keeps every rule that dishes decide
 * (a meal that breaks the profile is a conflict, reported apart: see profile-conflicts.ts).
 */
export function explainInfeasibility(
  req: ResolvedRequest,
  violations: readonly HardRuleViolation[],
  dislikes: readonly DislikeOption[] = [],
): Infeasibility | null {
  const binding = violations.filter((v) => BINDING_RULES.has(v.rule));
  if (binding.length === 0) return null;
  const small = slotTooSmall(req);
  if (small) {
    const { slot, dishes } = small;
    const allowed = `${dishes} allowed ${dishes === 1 ? "dish" : "dishes"}`;
    return {
      rule: "max-repeats",
      message: `${slot.charAt(0).toUpperCase()}${slot.slice(1)}: ${allowed} cannot fill ${DAYS_PER_WEEK} days at most ${req.maxRepeats} times each.`,
      relaxations: [
        ...(dishes * RELAXED_MAX_REPEATS >= DAYS_PER_WEEK ? repeatsOffer(req) : []),
        ...dislikeOffer(bestDislikeToDrop(req, dislikes, [slot])),
      ],
    };
  }
  const energy = binding.filter((v) => v.rule === "energy-window");
  if (energy.length > 0) return energyInfeasibility(req, energy, dislikes);
  const first = binding[0]!;
  return {
    rule: first.rule,
    message: ruleSentence(first),
    relaxations: [
      ...repeatsOffer(req),
      ...energyOffer(req),
      ...dislikeOffer(bestDislikeToDrop(req, dislikes, SLOTS)),
    ],
  };
}

function ruleSentence(violation: HardRuleViolation): string {
  const day = violation.day === undefined ? "" : `${longWeekday(violation.day)}: `;
  switch (violation.rule) {
    case "upper-limit":
      return `${day}no mix of the allowed dishes keeps ${violation.nutrient ? NUTRIENT_META[violation.nutrient].label.toLowerCase() : "a nutrient"} under its safe daily upper limit.`;
    case "repeat-too-soon":
      return `${day}the allowed dishes cannot avoid the same dish on two days in a row.`;
    case "empty-slot":
      return `${day}a meal could not be filled with an allowed dish.`;
    default:
      return `${day}the allowed dishes cannot be used more often than ${violation.limit ?? 2} times a week.`;
  }
}

/** The request with one more snack a day (on its eaters too, whose meals replace the request's). */
function withAnotherSnack(request: PlanRequest): PlanRequest {
  const slotsOf = (slots: readonly Slot[] | undefined): Slot[] => {
    const base = slots ?? DEFAULT_SLOTS;
    const next = nextSnackSlot(base);
    return next ? [...base, next] : [...base];
  };
  return {
    ...request,
    slots: slotsOf(request.slots),
    ...(request.eaters && {
      eaters: request.eaters.map((eater) => ({ ...eater, slots: slotsOf(eater.slots ?? request.slots) })),
    }),
  };
}

/** The request for one week with its relaxations applied (repeats, one more snack, the energy window). */
export function relaxedRequest(request: PlanRequest, ids: readonly string[]): PlanRequest {
  const out: PlanRequest = ids.includes(ADD_SNACK_ID) ? withAnotherSnack(request) : { ...request };
  if (ids.includes(REPEATS_ID)) {
    out.maxRepeatsPerWeek = Math.max(request.maxRepeatsPerWeek ?? 0, RELAXED_MAX_REPEATS);
  }
  if (ids.includes(ENERGY_ID)) {
    out.energyTolerance = Math.max(request.energyTolerance ?? 0, RELAXED_ENERGY_TOLERANCE);
  }
  return out;
}

/** The profile for one week with its dropped dislikes left out (the saved profile is unchanged). */
export function relaxedProfile(profile: DietaryProfile, ids: readonly string[]): DietaryProfile {
  const dropped = (prefix: string) =>
    new Set(ids.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length)));
  const foods = dropped("drop-food-");
  const families = dropped("drop-family-");
  const dishes = dropped("drop-dish-");
  if (foods.size + families.size + dishes.size === 0) return profile;
  return {
    ...profile,
    dislikedFoodIds: profile.dislikedFoodIds.filter((id) => !foods.has(String(id))),
    dislikedFamilies: profile.dislikedFamilies.filter((id) => !families.has(id)),
    dislikedRecipeIds: profile.dislikedRecipeIds.filter((id) => !dishes.has(String(id))),
  };
}
