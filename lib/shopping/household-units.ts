// Household units (cup, tbsp, "large", "slice") from a food's SR28 portions: how recipes show amounts,
// and how the shopping list shows a food that has no purchasable item (an imported one).
// Pure: no framework or database imports.
import type { UnitSystem } from "@/lib/nutrition/profile";
import { formatNumber } from "@/lib/nutrition/units";
import type { Portion } from "@/lib/nutrition/types";
import { ceilTo, formatWeight, toBuyingQuantity, type BuyingQuantity } from "@/lib/shopping/buying-units";

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

/** The weight beside a household unit: "90 g" in metric, "3.2 oz" in US units. */
function weightNote(grams: number, system: UnitSystem): string {
  return system === "us" ? formatWeight(grams, "us") : formatGrams(grams);
}

/** Weight alone: metric "450 g", "1.2 kg", "12.3 kg"; US "7 oz", "2.7 lb". */
function formatMetric(grams: number, system: UnitSystem): string {
  if (system === "us") return formatWeight(grams, "us");
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
 * 3. else a weight: "450 g", "1.2 kg" (bunches and packages are not used).
 * In US units the weight beside a household unit and the weight alone are ounces and pounds.
 * Grams are rounded to whole numbers for display only.
 */
export function formatQuantity(
  grams: number,
  portions: readonly Portion[],
  system: UnitSystem = "metric",
): string {
  if (!Number.isFinite(grams) || grams < 0) throw new RangeError(`cannot show ${grams} g`);
  if (grams === 0) return formatGrams(0);
  const parsed = portions.map(parsePortion).filter((p): p is ParsedPortion => p !== null);

  const count = parsed.find(isCount);
  if (count) {
    const n = Math.max(1, Math.ceil(grams / count.gramsPerUnit - COUNT_SLACK));
    return `${n} ${n === 1 ? count.head : plural(count.head)} (${weightNote(grams, system)})`;
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
      return `${formatFraction(rounded)} ${name}${qualifier} (${weightNote(grams, system)})`;
    }
  }

  return formatMetric(grams, system);
}

/**
 * A recipe ingredient as its cook reads it: household units from `formatQuantity` ("1½ cups, chopped
 * (90 g)"); in US units with ounces or pounds, and the grams the recipe is written in kept beside them
 * ("3 cups (3 oz) · 90 g", "2.6 lb · 1,200 g").
 */
export function formatIngredientAmount(
  grams: number,
  portions: readonly Portion[],
  system: UnitSystem,
): string {
  const text = formatQuantity(grams, portions, system);
  return system === "us" ? `${text} · ${formatGrams(grams)}` : text;
}

/**
 * What to buy of a food with no purchasable item, from its household portions, always rounded up:
 * whole counts ("7 large"), volumes up to the next quarter or half ("1½ cups"), else a weight to buy.
 */
export function householdToBuy(
  grams: number,
  portions: readonly Portion[],
  system: UnitSystem,
): BuyingQuantity {
  if (!Number.isFinite(grams) || grams < 0) throw new RangeError(`cannot buy ${grams} g`);
  const parsed = portions.map(parsePortion).filter((p): p is ParsedPortion => p !== null);
  const count = parsed.find(isCount);
  if (count) {
    const quantity = Math.max(1, Math.ceil(grams / count.gramsPerUnit - 1e-9));
    const unit = quantity === 1 ? count.head : plural(count.head);
    return { quantity, unit, display: `${quantity} ${unit}` };
  }
  if (grams < METRIC_FROM_GRAMS) {
    const cup = parsed.find((p) => VOLUME_UNITS[p.head] === "cup");
    const units = cup ? grams / cup.gramsPerUnit : 0;
    if (cup && units >= MIN_VOLUME_UNITS && units <= MAX_VOLUME_UNITS) {
      const quantity = ceilTo(units, units < 2 ? 0.25 : 0.5);
      const unit = quantity > 1 ? "cups" : "cup";
      return { quantity, unit, display: `${formatFraction(quantity)} ${unit}` };
    }
  }
  return toBuyingQuantity(grams, { kind: "weight" }, system);
}
