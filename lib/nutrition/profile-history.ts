// Human summaries of what changed between two versions of a dietary profile.
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

interface Names {
  food: (id: number) => string;
  dish: (id: number) => string;
}
type Describe = (before: DietaryProfile, after: DietaryProfile, names: Names) => string | null;

/** "height 170 → 172 cm": a field with one value, told before → after. */
const scalar =
  <K extends keyof DietaryProfile>(key: K, say: (was: DietaryProfile[K], now: DietaryProfile[K]) => string) =>
  (before: DietaryProfile, after: DietaryProfile) =>
    before[key] === after[key] ? null : say(before[key], after[key]);

/** "now X, no longer Y": a set field, its additions and removals each in a phrase. */
function setChange<T extends string | number>(
  was: readonly T[],
  now: readonly T[],
  say: { added: (xs: T[]) => string; removed: (xs: T[]) => string },
  order?: readonly T[],
): string | null {
  const { added, removed } = setDiff(was, now, order);
  return changeLine([
    ...(added.length ? [say.added(added)] : []),
    ...(removed.length ? [say.removed(removed)] : []),
  ]);
}

const plural = (xs: unknown[]) => (xs.length > 1 ? "s" : "");
const allergenPhrase = (xs: Allergen[]) => xs.map((x) => ALLERGEN_PHRASES[x]).join(", ");
const familyLabels = (ids: FoodFamilyId[]) => ids.map((id) => foodFamily(id).label.toLowerCase()).join("; ");
const nutrientPhrase = (xs: TargetNutrient[]) => andList(xs.map((x) => NUTRIENT_PHRASES[x]));

function energyTargetChange(was: number | null, now: number | null): string {
  if (now === null) return "energy target computed again";
  if (was === null) return `energy target set by hand to ${kcal(now)}`;
  return `energy target set by hand to ${kcal(now)} (was ${kcal(was)})`;
}

function pregnancyChange(was: DietaryProfile["pregnancy"], now: DietaryProfile["pregnancy"]): string {
  if (now === null) return `no longer ${was}`;
  if (was === null) return `now ${now}`;
  return `now ${now}, no longer ${was}`;
}

/** One line per profile field that changed; food names often hold commas, so several are split by ";". */
const DESCRIBE: Readonly<Record<ProfileField, Describe>> = {
  sex: scalar("sex", (was, now) => `sex ${was} → ${now}`),
  birthYear: scalar("birthYear", (was, now) => `year of birth ${was} → ${now}`),
  birthMonth: scalar(
    "birthMonth",
    (was, now) => `month of birth ${was ?? "not given"} → ${now ?? "not given"}`,
  ),
  pregnancy: scalar("pregnancy", pregnancyChange),
  heightCm: scalar("heightCm", (was, now) => `height ${num(was)} → ${num(now)} cm`),
  weightKg: scalar("weightKg", (was, now) => `weight ${num(was)} → ${num(now)} kg`),
  activityLevel: scalar(
    "activityLevel",
    (was, now) => `activity ${ACTIVITY_PHRASES[was]} → ${ACTIVITY_PHRASES[now]}`,
  ),
  energyTargetOverrideKcal: scalar("energyTargetOverrideKcal", energyTargetChange),
  diet: scalar("diet", (_, now) => DIET_BECAME[now]),
  allergens: (before, after) =>
    setChange(
      before.allergens,
      after.allergens,
      {
        added: (xs) => `added allergen${plural(xs)} ${allergenPhrase(xs)}`,
        removed: (xs) => `removed allergen${plural(xs)} ${allergenPhrase(xs)}`,
      },
      ALLERGENS,
    ),
  dislikedFoodIds: (before, after, names) =>
    setChange(before.dislikedFoodIds, after.dislikedFoodIds, {
      added: (ids) => `now dislikes ${ids.map(names.food).join("; ")}`,
      removed: (ids) => `no longer dislikes ${ids.map(names.food).join("; ")}`,
    }),
  dislikedFamilies: (before, after) =>
    setChange(
      before.dislikedFamilies,
      after.dislikedFamilies,
      {
        added: (ids) => `now dislikes all ${familyLabels(ids)}`,
        removed: (ids) => `no longer dislikes all ${familyLabels(ids)}`,
      },
      FOOD_FAMILY_IDS,
    ),
  dislikedRecipeIds: (before, after, names) =>
    setChange(before.dislikedRecipeIds, after.dislikedRecipeIds, {
      added: (ids) => `never plan again: ${ids.map(names.dish).join("; ")}`,
      removed: (ids) => `may plan again: ${ids.map(names.dish).join("; ")}`,
    }),
  favouredNutrients: (before, after) =>
    setChange(
      before.favouredNutrients,
      after.favouredNutrients,
      { added: (xs) => `flagged ${nutrientPhrase(xs)}`, removed: (xs) => `unflagged ${nutrientPhrase(xs)}` },
      TARGET_NUTRIENTS,
    ),
  householdSize: scalar("householdSize", (was, now) => `household ${was} → ${now}`),
  riskFactors: (before, after) => {
    const { added, removed } = setDiff(before.riskFactors, after.riskFactors, RISK_FACTORS);
    return changeLine([...added.map((f) => RISK_STARTED[f]), ...removed.map((f) => RISK_STOPPED[f])]);
  },
  sunExposure: scalar("sunExposure", (was, now) => `sun exposure ${SUN_PHRASES[was]} → ${SUN_PHRASES[now]}`),
};

function describeField(
  field: ProfileField,
  before: DietaryProfile,
  after: DietaryProfile,
  food: (id: number) => string,
  dish: (id: number) => string,
): string | null {
  return DESCRIBE[field](before, after, { food, dish });
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
