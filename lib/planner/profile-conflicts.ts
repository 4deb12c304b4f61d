// Which meals of a saved plan the person's profile (as it is now) no longer allows. Pure.
//
// A plan is saved for the profile of its day; the profile changes later (a peanut allergy is added, a
// family is disliked). Checked on every read, so the answer is always the current one: a meal that
// breaks a hard rule of the current profile is a conflict, with the reasons in words. A changed energy
// target or favoured nutrient is not a conflict (the meals are still safe to eat): see profileDrift.
import { DIET_EXCLUSIONS } from "@/lib/nutrition/diet";
import { ALLERGEN_PHRASES, NUTRIENT_PHRASES } from "@/lib/nutrition/profile-history";
import type { Allergen, Diet, DietFact, TargetNutrient } from "@/lib/nutrition/types";
import { formatNumber } from "@/lib/nutrition/units";
import { SLOTS, slotName, type Dish, type PlanDay, type Slot } from "@/lib/planner/types";

export const CONFLICT_RULES = [
  "diet",
  "allergen",
  "may-contain",
  "disliked-food",
  "disliked-family",
  "disliked-dish",
] as const;
export type ConflictRule = (typeof CONFLICT_RULES)[number];

export interface ConflictReason {
  rule: ConflictRule;
  /** What the meal contains, in words ("peanuts", "meat", "mushrooms"); null for a disliked dish. */
  subject: string | null;
  /** "contains peanuts", "may contain sesame", "contains meat, which a vegetarian diet excludes". */
  message: string;
}

export interface PlanConflict {
  day: number;
  slot: Slot;
  dishId: number;
  dishName: string;
  reasons: ConflictReason[];
}

/** The hard rules of a profile, as the conflict check needs them. */
export interface ProfileRules {
  diet: Diet;
  allergens: readonly Allergen[];
  dislikedFoodIds: readonly number[];
  /** Each disliked ingredient family with the catalogue's foods in it. */
  dislikedFamilies: readonly { label: string; foodIds: readonly number[] }[];
  dislikedDishIds: readonly number[];
  /** Food names for the reasons ("contains white mushrooms"); a missing one reads "a food you dislike". */
  foodNames?: ReadonlyMap<number, string>;
}

const DIET_FACT_PHRASES: Readonly<Record<DietFact, string>> = Object.freeze({
  containsMeat: "meat",
  containsFish: "fish",
  containsShellfish: "shellfish",
  containsDairy: "dairy",
  containsEgg: "egg",
  containsHoney: "honey",
});

/** Why one dish breaks the rules, in the order of CONFLICT_RULES; empty when it fits. */
export function dishConflictReasons(dish: Dish, rules: ProfileRules): ConflictReason[] {
  const reasons: ConflictReason[] = [];
  for (const fact of DIET_EXCLUSIONS[rules.diet]) {
    if (!dish.dietFacts[fact]) continue;
    const subject = DIET_FACT_PHRASES[fact];
    reasons.push({
      rule: "diet",
      subject,
      message: `contains ${subject}, which a ${rules.diet} diet excludes`,
    });
  }
  for (const allergen of rules.allergens) {
    const subject = ALLERGEN_PHRASES[allergen];
    if (dish.allergens.includes(allergen)) {
      reasons.push({ rule: "allergen", subject, message: `contains ${subject}` });
    } else if (dish.mayContain.includes(allergen)) {
      reasons.push({ rule: "may-contain", subject, message: `may contain ${subject}` });
    }
  }
  for (const foodId of dish.foodIds) {
    if (!rules.dislikedFoodIds.includes(foodId)) continue;
    const name = rules.foodNames?.get(foodId);
    reasons.push({
      rule: "disliked-food",
      subject: name ?? null,
      message: name ? `contains ${name}, which you dislike` : "contains a food you dislike",
    });
  }
  for (const family of rules.dislikedFamilies) {
    if (!dish.foodIds.some((id) => family.foodIds.includes(id))) continue;
    const subject = family.label.toLowerCase();
    reasons.push({ rule: "disliked-family", subject, message: `contains ${subject}, which you dislike` });
  }
  if (rules.dislikedDishIds.includes(dish.id)) {
    reasons.push({ rule: "disliked-dish", subject: null, message: "a dish you asked never to plan again" });
  }
  return reasons;
}

/** The meals of a plan that break the profile's hard rules, by day and slot. */
export function planConflicts(
  days: readonly PlanDay[],
  dishById: ReadonlyMap<number, Dish>,
  rules: ProfileRules,
): PlanConflict[] {
  const conflicts: PlanConflict[] = [];
  for (const { day, meals } of days) {
    const ordered = [...meals].sort((a, b) => SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot));
    for (const meal of ordered) {
      const dish = dishById.get(meal.dishId);
      if (!dish) continue;
      const reasons = dishConflictReasons(dish, rules);
      if (reasons.length > 0) {
        conflicts.push({ day, slot: meal.slot, dishId: dish.id, dishName: dish.name, reasons });
      }
    }
  }
  return conflicts;
}

/** "peanuts", "peanuts or sesame", "peanuts, sesame or mushrooms". */
function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * The banner's headline: "3 meals contain peanuts or sesame", "1 meal may contain sesame", or, when a
 * reason has no subject (a disliked dish), "2 meals no longer fit your profile".
 */
export function conflictHeadline(conflicts: readonly PlanConflict[]): string {
  const count = conflicts.length;
  const meals = `${count} ${count === 1 ? "meal" : "meals"}`;
  const reasons = conflicts.flatMap((conflict) => conflict.reasons);
  if (reasons.some((reason) => reason.subject === null)) return `${meals} no longer fit your profile`;
  const subjects = [...new Set(reasons.map((reason) => reason.subject!))];
  const certain = conflicts.every((conflict) => conflict.reasons.some((r) => r.rule !== "may-contain"));
  const onlyMay = reasons.every((reason) => reason.rule === "may-contain");
  const contain = count === 1 ? "contains" : "contain";
  const verb = onlyMay ? "may contain" : certain ? contain : `${contain} or may contain`;
  return `${meals} ${verb} ${orList(subjects)}`;
}

/** What changed since the plan was built that is not a conflict: the energy target and the flags. */
export interface ProfileDrift {
  energy: { fromKcal: number; toKcal: number } | null;
  favouredAdded: TargetNutrient[];
  favouredRemoved: TargetNutrient[];
  /** The meals of a day (its slots), when they changed: a snack more or less, lunch left out. */
  meals: { from: Slot[]; to: Slot[] } | null;
}

/** The parts of a profile a saved week follows without being broken by them. */
export interface DriftFacts {
  energyTargetKcal: number;
  favouredNutrients: readonly TargetNutrient[];
  slots: readonly Slot[];
}

export function profileDrift(before: DriftFacts, now: DriftFacts): ProfileDrift | null {
  const energy =
    Math.round(before.energyTargetKcal) === Math.round(now.energyTargetKcal)
      ? null
      : { fromKcal: before.energyTargetKcal, toKcal: now.energyTargetKcal };
  const favouredAdded = now.favouredNutrients.filter((n) => !before.favouredNutrients.includes(n));
  const favouredRemoved = before.favouredNutrients.filter((n) => !now.favouredNutrients.includes(n));
  const meals =
    before.slots.join() === now.slots.join() ? null : { from: [...before.slots], to: [...now.slots] };
  if (!energy && !meals && favouredAdded.length === 0 && favouredRemoved.length === 0) return null;
  return { energy, favouredAdded, favouredRemoved, meals };
}

const mealsInWords = (slots: readonly Slot[]) => `${slots.length} (${slots.map(slotName).join(", ")})`;

/** "your energy target went from 2,000 to 2,400 kcal; you now favour calcium". */
export function driftSentence(drift: ProfileDrift): string {
  const parts: string[] = [];
  if (drift.energy) {
    parts.push(
      `your energy target went from ${formatNumber(drift.energy.fromKcal)} to ${formatNumber(drift.energy.toKcal)} kcal`,
    );
  }
  if (drift.favouredAdded.length) {
    parts.push(`you now favour ${drift.favouredAdded.map((n) => NUTRIENT_PHRASES[n]).join(" and ")}`);
  }
  if (drift.favouredRemoved.length) {
    parts.push(`you no longer favour ${drift.favouredRemoved.map((n) => NUTRIENT_PHRASES[n]).join(" and ")}`);
  }
  if (drift.meals) {
    parts.push(
      `your meals a day went from ${mealsInWords(drift.meals.from)} to ${mealsInWords(drift.meals.to)}`,
    );
  }
  return parts.join("; ");
}
