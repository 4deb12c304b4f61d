// Human summaries of what changed between two versions of a dietary profile (issue 3, item 6).
// Pure: no framework or database imports.
//
// One line per changed field, in PROFILE_FIELDS order, so a timeline entry reads like
// ["became vegetarian", "flagged calcium, unflagged vitamin D"]. Lists (allergens, dislikes,
// favoured nutrients, risk factors) compare as sets: reordering or repeating items is no change.
import { ACTIVITY_PHRASES } from "@/lib/nutrition/energy";
import { FOOD_FAMILY_IDS, foodFamily, type FoodFamilyId } from "@/lib/nutrition/food-families";
import {
  RISK_FACTORS,
  type DietaryProfile,
  type RiskFactor,
  type SunExposure,
} from "@/lib/nutrition/profile";
import {
  ALLERGENS,
  TARGET_NUTRIENTS,
  type Allergen,
  type Diet,
  type TargetNutrient,
} from "@/lib/nutrition/types";
import { formatNumber } from "@/lib/nutrition/units";

/** The fields of DietaryProfile, in the order their change lines are listed. */
export const PROFILE_FIELDS = [
  "sex",
  "birthYear",
  "birthMonth",
  "pregnancy",
  "heightCm",
  "weightKg",
  "activityLevel",
  "energyTargetOverrideKcal",
  "diet",
  "allergens",
  "dislikedFoodIds",
  "dislikedFamilies",
  "dislikedRecipeIds",
  "favouredNutrients",
  "householdSize",
  "riskFactors",
  "sunExposure",
] as const satisfies readonly (keyof DietaryProfile)[];
export type ProfileField = (typeof PROFILE_FIELDS)[number];

export const ALLERGEN_PHRASES: Readonly<Record<Allergen, string>> = Object.freeze({
  milk: "milk",
  egg: "egg",
  fish: "fish",
  shellfish: "shellfish",
  tree_nuts: "tree nuts",
  peanuts: "peanuts",
  wheat_gluten: "wheat (gluten)",
  soy: "soy",
  sesame: "sesame",
});

/** Lower-case nutrient names for running text: "flagged vitamin D". */
export const NUTRIENT_PHRASES: Readonly<Record<TargetNutrient, string>> = Object.freeze({
  magnesiumMg: "magnesium",
  calciumMg: "calcium",
  vitaminDMcg: "vitamin D",
  vitaminB12Mcg: "vitamin B12",
});

const DIET_BECAME: Readonly<Record<Diet, string>> = {
  vegan: "became vegan",
  vegetarian: "became vegetarian",
  pescatarian: "became pescatarian",
  omnivore: "became an omnivore",
};

const SUN_PHRASES: Readonly<Record<SunExposure, string>> = { little: "little", some: "some", a_lot: "a lot" };

const RISK_STARTED: Readonly<Record<RiskFactor, string>> = {
  diuretics: "started taking diuretics",
  proton_pump_inhibitors: "started taking proton pump inhibitors",
  metformin: "started taking metformin",
  diabetes: "now has diabetes",
  gi_disease: "now has Crohn's or another GI disease",
  kidney_disease: "now has kidney disease",
  alcohol: "now drinks alcohol regularly",
};
const RISK_STOPPED: Readonly<Record<RiskFactor, string>> = {
  diuretics: "stopped taking diuretics",
  proton_pump_inhibitors: "stopped taking proton pump inhibitors",
  metformin: "stopped taking metformin",
  diabetes: "no longer has diabetes",
  gi_disease: "no longer has Crohn's or another GI disease",
  kidney_disease: "no longer has kidney disease",
  alcohol: "no longer drinks alcohol regularly",
};

const num = (n: number) => formatNumber(n);
const kcal = (n: number) => `${formatNumber(n, { integer: true })} kcal`;

/** Items of `after` not in `before` and of `before` not in `after`, each in `order` (or sorted). */
function setDiff<T>(before: readonly T[], after: readonly T[], order?: readonly T[]) {
  const b = new Set(before);
  const a = new Set(after);
  const sort = (xs: T[]) =>
    order ? order.filter((x) => xs.includes(x)) : [...xs].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return {
    added: sort([...a].filter((x) => !b.has(x))),
    removed: sort([...b].filter((x) => !a.has(x))),
  };
}

function changeLine(parts: string[]): string | null {
  return parts.length === 0 ? null : parts.join(", ");
}

function describeField(
  field: ProfileField,
  before: DietaryProfile,
  after: DietaryProfile,
  foodName: (id: number) => string,
  dishName: (id: number) => string,
): string | null {
  switch (field) {
    case "sex":
      return before.sex === after.sex ? null : `sex ${before.sex} → ${after.sex}`;
    case "birthYear":
      return before.birthYear === after.birthYear
        ? null
        : `year of birth ${before.birthYear} → ${after.birthYear}`;
    case "birthMonth":
      return before.birthMonth === after.birthMonth
        ? null
        : `month of birth ${before.birthMonth ?? "not given"} → ${after.birthMonth ?? "not given"}`;
    case "pregnancy": {
      const [was, now] = [before.pregnancy, after.pregnancy];
      if (was === now) return null;
      if (now === null) return `no longer ${was}`;
      if (was === null) return `now ${now}`;
      return `now ${now}, no longer ${was}`;
    }
    case "heightCm":
      return before.heightCm === after.heightCm
        ? null
        : `height ${num(before.heightCm)} → ${num(after.heightCm)} cm`;
    case "weightKg":
      return before.weightKg === after.weightKg
        ? null
        : `weight ${num(before.weightKg)} → ${num(after.weightKg)} kg`;
    case "activityLevel":
      return before.activityLevel === after.activityLevel
        ? null
        : `activity ${ACTIVITY_PHRASES[before.activityLevel]} → ${ACTIVITY_PHRASES[after.activityLevel]}`;
    case "energyTargetOverrideKcal": {
      const [was, now] = [before.energyTargetOverrideKcal, after.energyTargetOverrideKcal];
      if (was === now) return null;
      if (now === null) return "energy target computed again";
      if (was === null) return `energy target set by hand to ${kcal(now)}`;
      return `energy target set by hand to ${kcal(now)} (was ${kcal(was)})`;
    }
    case "diet":
      return before.diet === after.diet ? null : DIET_BECAME[after.diet];
    case "allergens": {
      const { added, removed } = setDiff(before.allergens, after.allergens, ALLERGENS);
      const phrase = (xs: Allergen[]) => xs.map((x) => ALLERGEN_PHRASES[x]).join(", ");
      return changeLine([
        ...(added.length ? [`added allergen${added.length > 1 ? "s" : ""} ${phrase(added)}`] : []),
        ...(removed.length ? [`removed allergen${removed.length > 1 ? "s" : ""} ${phrase(removed)}`] : []),
      ]);
    }
    case "dislikedFoodIds": {
      const { added, removed } = setDiff(before.dislikedFoodIds, after.dislikedFoodIds);
      // Food names often contain commas ("Spinach, raw"), so several are separated by semicolons.
      const names = (ids: number[]) => ids.map(foodName).join("; ");
      return changeLine([
        ...(added.length ? [`now dislikes ${names(added)}`] : []),
        ...(removed.length ? [`no longer dislikes ${names(removed)}`] : []),
      ]);
    }
    case "dislikedFamilies": {
      const { added, removed } = setDiff(before.dislikedFamilies, after.dislikedFamilies, FOOD_FAMILY_IDS);
      const labels = (ids: FoodFamilyId[]) => ids.map((id) => foodFamily(id).label.toLowerCase()).join("; ");
      return changeLine([
        ...(added.length ? [`now dislikes all ${labels(added)}`] : []),
        ...(removed.length ? [`no longer dislikes all ${labels(removed)}`] : []),
      ]);
    }
    case "dislikedRecipeIds": {
      const { added, removed } = setDiff(before.dislikedRecipeIds, after.dislikedRecipeIds);
      const names = (ids: number[]) => ids.map(dishName).join("; ");
      return changeLine([
        ...(added.length ? [`never plan again: ${names(added)}`] : []),
        ...(removed.length ? [`may plan again: ${names(removed)}`] : []),
      ]);
    }
    case "favouredNutrients": {
      const { added, removed } = setDiff(before.favouredNutrients, after.favouredNutrients, TARGET_NUTRIENTS);
      const phrase = (xs: TargetNutrient[]) => andList(xs.map((x) => NUTRIENT_PHRASES[x]));
      return changeLine([
        ...(added.length ? [`flagged ${phrase(added)}`] : []),
        ...(removed.length ? [`unflagged ${phrase(removed)}`] : []),
      ]);
    }
    case "householdSize":
      return before.householdSize === after.householdSize
        ? null
        : `household ${before.householdSize} → ${after.householdSize}`;
    case "riskFactors": {
      const { added, removed } = setDiff(before.riskFactors, after.riskFactors, RISK_FACTORS);
      return changeLine([...added.map((f) => RISK_STARTED[f]), ...removed.map((f) => RISK_STOPPED[f])]);
    }
    case "sunExposure":
      return before.sunExposure === after.sunExposure
        ? null
        : `sun exposure ${SUN_PHRASES[before.sunExposure]} → ${SUN_PHRASES[after.sunExposure]}`;
  }
}

function andList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * What changed from `before` to `after`, one human line per changed field in PROFILE_FIELDS order:
 * "became vegetarian", "flagged calcium", "added allergen peanuts", "now dislikes Spinach, raw",
 * "weight 70 → 68 kg", "energy target set by hand to 2,100 kcal", "started taking diuretics", ...
 * `before === null` (the first version) gives ["created the profile"]. Empty when nothing changed.
 * `foodNames` turns a disliked food id into its name (default "food #12"), `dishNames` a disliked
 * dish's id (default "dish #7").
 */
export function describeProfileChanges(
  before: DietaryProfile | null,
  after: DietaryProfile,
  foodNames: (id: number) => string = (id) => `food #${id}`,
  dishNames: (id: number) => string = (id) => `dish #${id}`,
): string[] {
  if (before === null) return ["created the profile"];
  const lines: string[] = [];
  for (const field of PROFILE_FIELDS) {
    const line = describeField(field, before, after, foodNames, dishNames);
    if (line !== null) lines.push(line);
  }
  return lines;
}

/** The fields that differ (lists compared as sets), in PROFILE_FIELDS order. */
export function changedProfileFields(before: DietaryProfile, after: DietaryProfile): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => describeField(field, before, after, String, String) !== null);
}
