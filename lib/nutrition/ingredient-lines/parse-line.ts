// One ingredient line → quantity, unit, size, package and the words naming the food. The numbers (mixed
// numbers, unicode fractions, ranges) and the common units come from the kept library parse-ingredient
// (ADR 023); around it we handle what it leaves in the description: "(15-ounce) can", "2 x 400g tins",
// "juice of 1 lemon", headings and "to taste" lines.
import { parseIngredient } from "parse-ingredient";
import {
  GRAMS_PER,
  isMassUnit,
  isVolumeUnit,
  ML_PER,
  unitOf,
  type Unit,
} from "@/lib/nutrition/ingredient-lines/units";

export type LineKind = "ingredient" | "heading" | "to_taste";
export type SizeWord = "small" | "medium" | "large";
export type JuiceFruit = "lemon" | "lime" | "orange";

export interface ParsedLine {
  line: string;
  kind: LineKind;
  /** The amount; the middle of a range ("2-3" → 2.5); null when the line gives none. */
  quantity: number | null;
  unit: Unit | null;
  size: SizeWord | null;
  /** Net weight (or volume) of one can or package when the line says it: "1 (15-ounce) can". */
  packageGrams: number | null;
  packageMl: number | null;
  /** A metric amount given beside a US one: "2 cups (480 ml)" → 480 ml for the whole line. */
  metricGrams: number | null;
  metricMl: number | null;
  /** "juice of 1 lemon", "zest of 2 limes": the fruit the amount counts. */
  juiceOf: JuiceFruit | null;
  zestOf: JuiceFruit | null;
  /** The words naming the food, without amounts and parentheses ("chickpeas"). */
  foodText: string;
  /** What follows the first comma ("drained and rinsed"): preparation, sometimes a state. */
  notes: string;
}

const NUMBER_WORDS: Record<string, string> = {
  a: "1",
  an: "1",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
  dozen: "12",
  half: "0.5",
  "a few": "3",
  "a couple of": "2",
  "a couple": "2",
};

const SIZES: Record<string, SizeWord> = {
  small: "small",
  medium: "medium",
  "medium-sized": "medium",
  large: "large",
  big: "large",
  "extra-large": "large",
  "extra large": "large",
  jumbo: "large",
};

const TO_TASTE =
  /\b(to taste|as needed|as required|if needed|for (?:garnish|garnishing|serving|frying|greasing|dusting|the pan)|optional)\b/i;

/** "For the dressing:", "Dressing:", "FOR THE SAUCE", "— Topping —". */
export function isHeading(line: string): boolean {
  const text = line.trim();
  if (!text || /^[\d½¼¾⅓⅔⅛]/.test(text)) return false;
  if (/:\s*$/.test(text) && text.split(/\s+/).length <= 8) return true;
  if (/^(?:for (?:the )?)[a-z ]+$/i.test(text) && text.split(/\s+/).length <= 5) return true;
  if (/^[-–—=*#\s]+.+[-–—=*#\s]+$/.test(text) && !/\d/.test(text)) return true;
  return text.length <= 40 && /[A-Z]{3}/.test(text) && text === text.toUpperCase() && !/\d/.test(text);
}

function cleanLine(line: string): string {
  return line
    .replace(/[\u00a0\u2009\u202f]/g, " ")
    .replace(/^\s*(?:[-–•*▢◻☐□]+|\d+[.)]\s+(?=\d))\s*/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Rewrites the shapes parse-ingredient does not know into ones it does. */
function rewrite(text: string): string {
  let out = text;
  // "2 x 400g tins tomatoes" → "2 (400g) tins tomatoes"; "1 14 oz can" / "1 14-ounce can" → "1 (14 oz) can".
  out = out.replace(
    /^(\d+)\s*[x×]\s*(\d+(?:\.\d+)?\s*-?\s*[a-z ]+?)\s+(cans?|tins?|jars?|packages?|packets?|bags?|cartons?)\b/i,
    "$1 ($2) $3",
  );
  out = out.replace(
    /^(\d+)\s+(\d+(?:\.\d+)?\s*-?\s*(?:oz|ounces?|ounce|g|grams?|ml|fl\.? oz))\s+(cans?|tins?|jars?|packages?|packets?|bags?|cartons?)\b/i,
    "$1 ($2) $3",
  );
  const words =
    /^(a couple of|a couple|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|half)\s+/i.exec(
      out,
    );
  if (words) out = `${NUMBER_WORDS[words[1]!.toLowerCase()]} ${out.slice(words[0].length)}`;
  return out.replace(/^(\d+(?:\.\d+)?)\s+(pinch|dash|handful)\s+of\s+/i, "$1 $2 ");
}

const FRUIT = /^(lemon|lime|orange)s?\b/i;

/** "juice of 1 lemon", "zest and juice of 2 limes", "1 lemon, juiced" → the fruit and how many. */
function fruitPart(
  text: string,
): { juiceOf: JuiceFruit | null; zestOf: JuiceFruit | null; count: number; rest: string } | null {
  const of =
    /^(?:the\s+)?(juice|zest|zest and juice|juice and zest|grated zest)\s+(?:of\s+)?(?:(\d+(?:\.\d+)?|½|1\/2)\s+)?(?:a\s+|an\s+|one\s+)?(.*)$/i.exec(
      text,
    );
  if (of && FRUIT.test(of[3]!)) {
    const fruit = FRUIT.exec(of[3]!)![1]!.toLowerCase() as JuiceFruit;
    const count = of[2] ? (of[2] === "½" || of[2] === "1/2" ? 0.5 : Number(of[2])) : 1;
    const juice = /juice/i.test(of[1]!);
    return { juiceOf: juice ? fruit : null, zestOf: juice ? null : fruit, count, rest: of[3]! };
  }
  const juiced = /^(\d+(?:\.\d+)?|½)?\s*(lemon|lime|orange)s?,?\s*(?:\(?)(juiced|zested)/i.exec(text);
  if (juiced) {
    const fruit = juiced[2]!.toLowerCase() as JuiceFruit;
    const count = juiced[1] ? (juiced[1] === "½" ? 0.5 : Number(juiced[1])) : 1;
    return juiced[3]!.toLowerCase() === "juiced"
      ? { juiceOf: fruit, zestOf: null, count, rest: fruit }
      : { juiceOf: null, zestOf: fruit, count, rest: fruit };
  }
  return null;
}

interface Amount {
  quantity: number;
  grams: number | null;
  ml: number | null;
}

/** "15-ounce", "400g", "480 ml", "10 oz" → the amount in grams or millilitres. */
function amountOf(text: string): Amount | null {
  const match = /^(\d+(?:\.\d+)?)\s*-?\s*([a-z. ]+?)\.?$/i.exec(text.trim());
  if (!match) return null;
  const quantity = Number(match[1]);
  const unit = unitOf(match[2]!.trim());
  if (isMassUnit(unit)) return { quantity, grams: quantity * GRAMS_PER[unit], ml: null };
  if (isVolumeUnit(unit)) return { quantity, grams: null, ml: quantity * ML_PER[unit] };
  return null;
}

type Described = Pick<
  ParsedLine,
  "unit" | "size" | "packageGrams" | "packageMl" | "metricGrams" | "metricMl"
> & { rest: string };

/** Reads what parse-ingredient left at the start of the description: "(15-ounce) can", "large", "of". */
function readDescription(description: string, unit: Unit | null, size: SizeWord | null): Described {
  const out: Described = {
    unit,
    size,
    packageGrams: null,
    packageMl: null,
    metricGrams: null,
    metricMl: null,
    rest: description.trim(),
  };
  for (let step = 0; step < 4; step++) {
    const paren = /^\(([^)]*)\)\s*/.exec(out.rest);
    if (paren) {
      const amount = amountOf(paren[1]!.replace(/\s*(?:each|can|tin|package)$/i, ""));
      out.rest = out.rest.slice(paren[0].length);
      if (!amount) continue;
      const nextUnit = unitOf(/^([a-z]+)/i.exec(out.rest)?.[1]);
      const isPackage =
        ["can", "package", "jar"].includes(nextUnit ?? "") ||
        ["can", "package", "jar"].includes(out.unit ?? "");
      if (isPackage) {
        if (nextUnit && !out.unit) {
          out.unit = nextUnit;
          out.rest = out.rest.replace(/^[a-z]+\s*/i, "");
        }
        out.packageGrams = amount.grams;
        out.packageMl = amount.ml;
      } else {
        out.metricGrams = amount.grams;
        out.metricMl = amount.ml;
      }
      continue;
    }
    const word = /^([a-z-]+(?: oz| ounces?)?)\b\.?\s*/i.exec(out.rest);
    if (!word) break;
    const lower = word[1]!.toLowerCase();
    if (SIZES[lower] && !out.size) {
      out.size = SIZES[lower];
    } else if (!out.unit && unitOf(lower)) {
      out.unit = unitOf(lower);
    } else if (lower === "of") {
      // "1 pinch of salt"
    } else break;
    out.rest = out.rest.slice(word[0].length);
  }
  return out;
}

function splitFoodText(rest: string): { foodText: string; notes: string } {
  const withoutParens = rest
    .replace(/\([^)]*\)/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const comma = withoutParens.indexOf(",");
  const head = comma >= 0 ? withoutParens.slice(0, comma) : withoutParens;
  const notes = comma >= 0 ? withoutParens.slice(comma + 1).trim() : "";
  // "butter or margarine", "salt and pepper", "milk (or soy milk)": the first food named.
  const first = head.split(/\s+(?:or|and|\/|&)\s+|\s*\/\s*/i)[0] ?? head;
  return { foodText: first.replace(/\b(?:to taste|plus more.*|divided)\b/gi, "").trim(), notes };
}

function fromLibraryUnit(
  id: string | null,
  spelled: string | null,
): { unit: Unit | null; size: SizeWord | null } {
  if (!id) return { unit: null, size: null };
  if (SIZES[id]) return { unit: null, size: SIZES[id] };
  return { unit: unitOf(id) ?? unitOf(spelled), size: null };
}

const EMPTY: Omit<ParsedLine, "line" | "kind" | "foodText"> = {
  quantity: null,
  unit: null,
  size: null,
  packageGrams: null,
  packageMl: null,
  metricGrams: null,
  metricMl: null,
  juiceOf: null,
  zestOf: null,
  notes: "",
};

export function parseIngredientLine(line: string): ParsedLine {
  const text = cleanLine(line);
  if (!text || isHeading(text)) return { ...EMPTY, line, kind: "heading", foodText: "" };
  const fruit = fruitPart(text);
  if (fruit) {
    return {
      ...EMPTY,
      line,
      kind: "ingredient",
      quantity: fruit.count,
      juiceOf: fruit.juiceOf,
      zestOf: fruit.zestOf,
      foodText: fruit.rest.split(/[,(]/)[0]!.trim(),
    };
  }
  const parsed = parseIngredient(rewrite(text))[0];
  if (!parsed || parsed.isGroupHeader) return { ...EMPTY, line, kind: "heading", foodText: "" };
  const library = fromLibraryUnit(parsed.unitOfMeasureID, parsed.unitOfMeasure);
  const described = readDescription(parsed.description, library.unit, library.size);
  const split = splitFoodText(described.rest);
  const { notes } = split;
  let { foodText } = split;
  // "2 celery stalks", "3 garlic cloves": the count unit after the food.
  const trailing = /^(.*\S)\s+(stalks?|ribs?|cloves?|sprigs?|slices?|heads?|bunch(?:es)?)$/i.exec(foodText);
  if (trailing && !described.unit) {
    described.unit = unitOf(trailing[2]!);
    foodText = trailing[1]!;
  }
  const quantity =
    parsed.quantity === null
      ? null
      : parsed.quantity2 !== null
        ? (parsed.quantity + parsed.quantity2) / 2
        : parsed.quantity;
  // "2 medium sweet potatoes (about 1 lb)": the weight in parentheses is the whole line's.
  const about = /\((?:about|approx\.?|approximately|~|roughly)\s*([^)]*)\)/i.exec(described.rest);
  const each = about ? /\s+each$/i.test(about[1]!) : false;
  const aboutAmount = about ? amountOf(about[1]!.replace(/\s+each$/i, "")) : null;
  if (aboutAmount && each) {
    aboutAmount.grams = aboutAmount.grams === null ? null : aboutAmount.grams * (quantity ?? 1);
    aboutAmount.ml = aboutAmount.ml === null ? null : aboutAmount.ml * (quantity ?? 1);
  }
  if (
    aboutAmount &&
    described.metricGrams === null &&
    described.metricMl === null &&
    !isMassUnit(described.unit) &&
    !isVolumeUnit(described.unit)
  ) {
    described.metricGrams = aboutAmount.grams;
    described.metricMl = aboutAmount.ml;
  }
  const noAmount = quantity === null && described.metricGrams === null && described.metricMl === null;
  const kind: LineKind = noAmount || (TO_TASTE.test(text) && quantity === null) ? "to_taste" : "ingredient";
  return {
    line,
    kind,
    quantity,
    unit: described.unit,
    size: described.size,
    packageGrams: described.packageGrams,
    packageMl: described.packageMl,
    metricGrams: described.metricGrams,
    metricMl: described.metricMl,
    juiceOf: null,
    zestOf: null,
    foodText,
    notes,
  };
}
