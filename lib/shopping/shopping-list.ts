// A week plan -> a shopping list: ingredient grams summed per food over every meal, portion and day,
// scaled by the household size, less what the pantry holds; grouped by aisle in store order and shown in
// the household units people buy and cook with. Pure: no framework or database imports.
import { formatNumber } from "@/lib/nutrition/units";
import { AISLES, type Aisle, type Food, type Portion, type Recipe } from "@/lib/nutrition/types";
import type { PlanDay } from "@/lib/planner/types";

export const AISLE_LABELS = Object.freeze({
  produce: "Produce",
  dairy_eggs: "Dairy and eggs",
  meat_fish: "Meat and fish",
  bakery_grains: "Bakery and grains",
  nuts_seeds: "Nuts and seeds",
  tins_jars: "Tins and jars",
  frozen: "Frozen",
  other: "Other",
} as const satisfies Record<Aisle, string>);

export interface PantryEntry {
  foodId: number;
  /** What is at home; entries for the same food add up, negative amounts count as 0. */
  grams: number;
}

export interface ShoppingListInput {
  days: readonly PlanDay[];
  /** Recipe id (= PlannedMeal.dishId) -> recipe. `servings` is how many servings the recipe makes. */
  recipes: ReadonlyMap<number, Recipe>;
  /** People eating every meal of the plan (a finite number > 0; need not be whole). */
  householdSize: number;
  pantry?: readonly PantryEntry[];
}

export interface ShoppingItem {
  foodId: number;
  name: string;
  aisle: Aisle;
  /** What the plan uses: Σ ingredient grams × portion / recipe servings, × household size. Exact. */
  neededGrams: number;
  /** Taken from the pantry: min(needed, pantry). */
  pantryGrams: number;
  /** To buy: max(0, needed − pantry). Exact (not rounded); `grams + pantryGrams === neededGrams`. */
  grams: number;
  /** Needed, but the pantry covers all of it (`grams === 0`). */
  inPantry: boolean;
  /**
   * The amount to buy in household units with grams kept: "3 cups (90 g)", "6 large (300 g)",
   * "1.2 kg". The food's name is not part of it. For an item covered by the pantry it shows the amount
   * needed instead (the UI marks it "in pantry").
   */
  display: string;
}

export interface AisleGroup<T extends { aisle: Aisle } = ShoppingItem> {
  aisle: Aisle;
  label: string;
  items: T[];
}

export interface ShoppingList {
  householdSize: number;
  /** Sorted by aisle (AISLES store order), then name, then foodId. One item per food. */
  items: ShoppingItem[];
  /** The same items grouped: only aisles with items, in store order. */
  aisles: AisleGroup[];
  /** Planned dish ids with no recipe in `recipes` (their ingredients are not on the list). */
  missingRecipeIds: number[];
}

/** Below this many grams a difference is floating-point noise: "fully covered" by the pantry. */
const GRAMS_EPSILON = 1e-6;

export function buildShoppingList(input: ShoppingListInput): ShoppingList {
  const { householdSize } = input;
  if (!Number.isFinite(householdSize) || householdSize <= 0) {
    throw new RangeError(`householdSize must be a finite number > 0, got ${householdSize}`);
  }

  // Plan grams per food (for one person), and the food each id stands for.
  const planGrams = new Map<number, number>();
  const foods = new Map<number, Food>();
  const missing = new Set<number>();
  for (const day of input.days) {
    for (const meal of day.meals) {
      if (!Number.isFinite(meal.portion) || meal.portion < 0) {
        throw new RangeError(`day ${day.day} ${meal.slot}: invalid portion ${meal.portion}`);
      }
      const recipe = input.recipes.get(meal.dishId);
      if (!recipe) {
        missing.add(meal.dishId);
        continue;
      }
      if (!Number.isFinite(recipe.servings) || recipe.servings <= 0) {
        throw new RangeError(`recipe ${recipe.id}: invalid servings ${recipe.servings}`);
      }
      const scale = meal.portion / recipe.servings;
      for (const ingredient of recipe.ingredients) {
        const { food } = ingredient;
        if (!Number.isFinite(ingredient.grams) || ingredient.grams < 0) {
          throw new RangeError(`recipe ${recipe.id}: invalid grams ${ingredient.grams} of food ${food.id}`);
        }
        if (!foods.has(food.id)) foods.set(food.id, food);
        planGrams.set(food.id, (planGrams.get(food.id) ?? 0) + ingredient.grams * scale);
      }
    }
  }

  const pantry = new Map<number, number>();
  for (const entry of input.pantry ?? []) {
    const grams = Number.isFinite(entry.grams) ? Math.max(0, entry.grams) : 0;
    pantry.set(entry.foodId, (pantry.get(entry.foodId) ?? 0) + grams);
  }

  const items: ShoppingItem[] = [];
  for (const [foodId, grams] of planGrams) {
    const food = foods.get(foodId);
    const neededGrams = grams * householdSize;
    if (!food || !(neededGrams > 0)) continue;
    const atHome = pantry.get(foodId) ?? 0;
    const covered = atHome >= neededGrams - GRAMS_EPSILON;
    const pantryGrams = covered ? neededGrams : atHome;
    const toBuy = covered ? 0 : neededGrams - atHome;
    items.push({
      foodId,
      name: food.name,
      aisle: food.aisle,
      neededGrams,
      pantryGrams,
      grams: toBuy,
      inPantry: covered,
      display: formatQuantity(covered ? neededGrams : toBuy, food.portions),
    });
  }
  items.sort(compareItems);

  return {
    householdSize,
    items,
    aisles: groupByAisle(items),
    missingRecipeIds: [...missing].sort((a, b) => a - b),
  };
}

const AISLE_INDEX: ReadonlyMap<Aisle, number> = new Map(AISLES.map((aisle, i) => [aisle, i]));
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function aisleIndex(aisle: Aisle): number {
  return AISLE_INDEX.get(aisle) ?? AISLES.length;
}

function compareItems(a: ShoppingItem, b: ShoppingItem): number {
  return aisleIndex(a.aisle) - aisleIndex(b.aisle) || collator.compare(a.name, b.name) || a.foodId - b.foodId;
}

/**
 * Groups items by aisle in AISLES store order (aisles without items are left out), keeping the items'
 * order within an aisle. Generic, so items carrying more fields (`checked`) group the same way.
 */
export function groupByAisle<T extends { aisle: Aisle }>(items: readonly T[]): AisleGroup<T>[] {
  const byAisle = new Map<Aisle, T[]>();
  for (const item of items) {
    const list = byAisle.get(item.aisle);
    if (list) list.push(item);
    else byAisle.set(item.aisle, [item]);
  }
  return [...byAisle.keys()]
    .sort((a, b) => aisleIndex(a) - aisleIndex(b))
    .map((aisle) => ({ aisle, label: AISLE_LABELS[aisle] ?? aisle, items: byAisle.get(aisle) ?? [] }));
}

// ---------------------------------------------------------------------------------------------------
// Household units

/**
 * Nouns and sizes for things bought and used whole: "6 large", "2 slices", "3 cloves". Coarse units
 * (bunch, head, package, can, container) and weights (oz, lb) are deliberately absent: rounding 90 g of
 * spinach up to a 340 g bunch misleads, and imperial weights are shown as metric grams.
 */
const COUNT_SIZES = new Set(["small", "medium", "large", "extra large", "jumbo"]);
const COUNT_NOUNS = new Set([
  "slice",
  "clove",
  "piece",
  "item",
  "fruit",
  "egg",
  "fillet",
  "breast",
  "thigh",
  "drumstick",
  "steak",
  "chop",
  "bar",
  "muffin",
  "bagel",
  "roll",
  "bun",
  "pita",
  "tortilla",
  "date",
  "pepper",
  "mushroom",
  "leek",
  "bulb",
  "ear",
  "cucumber",
  "eggplant",
  "potato",
  "tomato",
  "banana",
  "apple",
  "orange",
  "pear",
  "avocado",
  "carrot",
  "onion",
  "stalk",
  "sausage",
  "link",
  "patty",
]);
const VOLUME_UNITS: Readonly<Record<string, VolumeUnit>> = {
  cup: "cup",
  cups: "cup",
  tbsp: "tbsp",
  tablespoon: "tbsp",
  tablespoons: "tbsp",
  tsp: "tsp",
  teaspoon: "tsp",
  teaspoons: "tsp",
};
type VolumeUnit = "cup" | "tbsp" | "tsp";
/** Tried from the largest down. */
const VOLUME_ORDER: readonly VolumeUnit[] = ["cup", "tbsp", "tsp"];
/** A volume is shown only between ⅛ (rounds to ¼) and this many units; otherwise metric. */
const MAX_VOLUME_UNITS = 8;
const MIN_VOLUME_UNITS = 0.125;
/** Rounds to 1 tbsp. */
const MIN_TBSP_BEFORE_TSP = 0.875;
/** From this many grams on, volumes give way to metric ("1.2 kg oats", not "15 cups"). */
const METRIC_FROM_GRAMS = 1000;
/** A count is rounded up, unless it is at most this much above a whole number (6.08 eggs -> 6). */
const COUNT_SLACK = 0.1;

interface ParsedPortion {
  /** Grams of one unit. */
  gramsPerUnit: number;
  /** Lower-case unit before the first comma: "cup", "large", "extra large", "slice", "fl oz". */
  head: string;
  /** Lower-case text after the first comma: "chopped", "(1 nlea serving)", "". */
  qualifier: string;
}

/** "1 cup, chopped" / ".5 cup" / "1/2 cup" / "large" -> grams of one unit, unit and qualifier. */
export function parsePortion(portion: Portion): ParsedPortion | null {
  if (!Number.isFinite(portion.grams) || portion.grams <= 0) return null;
  const text = portion.description.trim().toLowerCase();
  const match = /^(\d+(?:\.\d+)?|\.\d+)(?:\s*\/\s*(\d+))?\s+(.+)$/.exec(text);
  let amount = 1;
  let rest = text;
  if (match) {
    const [, whole = "1", denominator, tail = ""] = match;
    amount = Number(whole) / (denominator ? Number(denominator) : 1);
    rest = tail;
  }
  if (!Number.isFinite(amount) || amount <= 0 || !rest) return null;
  const comma = rest.indexOf(",");
  const head = (comma < 0 ? rest : rest.slice(0, comma)).trim();
  const qualifier = comma < 0 ? "" : rest.slice(comma + 1).trim();
  return { gramsPerUnit: portion.grams / amount, head, qualifier };
}

/** Units that are not one whole thing to count (or too coarse to round up to). */
const NOT_COUNTS = new Set([
  ...Object.keys(VOLUME_UNITS),
  "oz",
  "lb",
  "fl oz",
  "quart",
  "pint",
  "gallon",
  "bunch",
  "head",
  "package",
  "packet",
  "can",
  "container",
  "envelope",
  "block",
  "serving",
  "nlea serving",
  "cubic inch",
  "pat",
]);

/** "1 large", "1 slice", and "1 artichoke, medium" (a one-word noun sized by its qualifier). */
function isCount(p: ParsedPortion): boolean {
  if (COUNT_SIZES.has(p.head) || COUNT_NOUNS.has(p.head)) return true;
  return (
    /^[a-z]+$/.test(p.head) &&
    !NOT_COUNTS.has(p.head) &&
    /^(?:small|medium|large|extra large)\b/.test(p.qualifier)
  );
}

function plural(word: string): string {
  if (COUNT_SIZES.has(word)) return word;
  if (/(?:potato|tomato)$/.test(word)) return `${word}es`;
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** Grams for display, whole numbers with thousands grouped: "90 g", "1,200 g", "< 1 g". */
export function formatGrams(grams: number): string {
  if (grams > 0 && grams < 0.5) return "< 1 g";
  return `${formatNumber(Math.round(grams), { integer: true })} g`;
}

/** Metric only: "450 g", "1.2 kg", "12 kg". */
function formatMetric(grams: number): string {
  if (grams < METRIC_FROM_GRAMS) return formatGrams(grams);
  const kg = Math.round(grams / 100) / 10;
  return `${formatNumber(kg)} kg`;
}

const FRACTIONS: Readonly<Record<number, string>> = { 0.25: "¼", 0.5: "½", 0.75: "¾" };

/** 0.25 -> "¼", 1.5 -> "1½", 3 -> "3". */
function formatFraction(value: number): string {
  const whole = Math.floor(value);
  const part = FRACTIONS[Math.round((value - whole) * 4) / 4] ?? "";
  return whole === 0 && part ? part : `${whole}${part}`;
}

/** Quarters below 2, halves below 10, whole units above; at least ¼. */
function roundVolume(units: number): number {
  const step = units < 2 ? 0.25 : units < 10 ? 0.5 : 1;
  return Math.max(0.25, Math.round(units / step) * step);
}

/**
 * An amount of a food in the units people buy and cook with, grams kept in parentheses:
 * 1. a count portion (large, slice, clove, fillet...), the first in the food's portion order, rounded up
 *    to whole units (a 10 % slack: 6.08 eggs is 6): "6 large (300 g)", "2 slices (80 g)";
 * 2. else, below 1 kg, a volume (cup, then tbsp, then tsp; the plain "1 cup" before "1 cup, chopped")
 *    of ⅛ to 8 units (tablespoons from 1 when the food has teaspoons), in quarters below 2, halves
 *    below 10: "3 cups (90 g)", "1½ tbsp (21 g)",
 *    "2 cups, chopped (280 g)";
 * 3. else metric: "450 g", "1.2 kg" (oz, lb, fl oz, bunches and packages are not used).
 * Grams are rounded to whole numbers for display only.
 */
export function formatQuantity(grams: number, portions: readonly Portion[]): string {
  if (!Number.isFinite(grams) || grams < 0) throw new RangeError(`cannot show ${grams} g`);
  if (grams === 0) return formatGrams(0);
  const parsed = portions.map(parsePortion).filter((p): p is ParsedPortion => p !== null);

  const count = parsed.find(isCount);
  if (count) {
    const n = Math.max(1, Math.ceil(grams / count.gramsPerUnit - COUNT_SLACK));
    return `${n} ${n === 1 ? count.head : plural(count.head)} (${formatGrams(grams)})`;
  }

  if (grams < METRIC_FROM_GRAMS) {
    const hasTsp = parsed.some((p) => VOLUME_UNITS[p.head] === "tsp");
    for (const unit of VOLUME_ORDER) {
      const ofUnit = parsed.filter((p) => VOLUME_UNITS[p.head] === unit);
      const portion = ofUnit.find((p) => p.qualifier === "") ?? ofUnit[0];
      if (!portion) continue;
      const units = grams / portion.gramsPerUnit;
      // "¼ cup" is usual, "¼ tbsp" is not: below one tablespoon, teaspoons if the food has them.
      if (units < (unit === "tbsp" && hasTsp ? MIN_TBSP_BEFORE_TSP : MIN_VOLUME_UNITS)) continue;
      const rounded = roundVolume(units);
      if (rounded > MAX_VOLUME_UNITS) continue;
      const name = unit === "cup" && rounded > 1 ? "cups" : unit;
      // Plain qualifiers help cooking ("chopped", "sliced"); notes ("(1 NLEA serving)", "yields") are left out.
      const plain = /^[a-z][a-z ]{0,23}$/.test(portion.qualifier) && !/\byields?\b/.test(portion.qualifier);
      const qualifier = plain ? `, ${portion.qualifier}` : "";
      return `${formatFraction(rounded)} ${name}${qualifier} (${formatGrams(grams)})`;
    }
  }

  return formatMetric(grams);
}
