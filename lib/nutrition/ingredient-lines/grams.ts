// Grams of a parsed line for a chosen food: exact for masses, from the food's SR28 household portions for
// volumes and pieces ("1 cup" = 30 g of spinach, "1 large" egg = 50 g), else from typical densities and
// piece weights. Each way carries a confidence.
import type { Portion } from "@/lib/nutrition/types";
import {
  COUNT_UNIT_GRAMS,
  DEFAULT_CAN_GRAMS,
  DEFAULT_FISH_CAN_GRAMS,
  DRAINED_FISH_SHARE,
  DRAINED_SHARE,
  JUICE_GRAMS,
  PIECE_GRAMS,
  ZEST_GRAMS,
} from "@/lib/nutrition/ingredient-lines/defaults";
import type { CatalogueFood } from "@/lib/nutrition/ingredient-lines/match-food";
import type { ParsedLine } from "@/lib/nutrition/ingredient-lines/parse-line";
import {
  GRAMS_PER,
  isMassUnit,
  isVolumeUnit,
  ML_PER,
  unitOf,
  type VolumeUnit,
} from "@/lib/nutrition/ingredient-lines/units";

export interface GramsEstimate {
  grams: number;
  /** 0-1: exact mass 1, household portion 0.9, density or typical piece 0.6, guess 0.3. */
  confidence: number;
}

interface PortionUnit {
  amount: number;
  /** "cup", "tbsp", "large", "clove", "fruit"… */
  unit: string;
  /** What follows the comma: "chopped", "sliced". */
  qualifier: string;
  grams: number;
}

/** "1 cup, chopped" → 1 cup (chopped); ".5 cup" → 0.5 cup; "1 large" → 1 large. */
export function readPortion(portion: Portion): PortionUnit | null {
  const match = /^(\d*\.?\d+)\s+([a-z. ]+?)(?:,\s*(.*)|\s*\((.*)\))?$/i.exec(portion.description.trim());
  if (!match) return null;
  const unit = match[2]!.trim().toLowerCase();
  const qualifier = (match[3] ?? match[4] ?? "").toLowerCase();
  // "1 Potato, large (3" dia)": the size is in the qualifier.
  const size = /^(small|medium|large)\b/.exec(qualifier)?.[1];
  return { amount: Number(match[1]), unit: size ?? unitOf(unit) ?? unit, qualifier, grams: portion.grams };
}

/** Density (g/ml) from the food's volume portions, preferring one cut as the line says ("chopped"). */
function densityFromPortions(food: CatalogueFood, notes: string): number | null {
  const volumes = food.portions.flatMap((portion) => {
    const read = readPortion(portion);
    return read && isVolumeUnit(read.unit as VolumeUnit) ? [read] : [];
  });
  if (!volumes.length) return labelServingDensity(food);
  const cut =
    /(chopped|sliced|shredded|grated|mashed|diced|crumbled|whole|halves|pieces|cubes|melted|packed)/i
      .exec(notes)?.[1]
      ?.toLowerCase();
  const chosen =
    (cut && volumes.find((v) => v.qualifier.includes(cut))) ||
    volumes.find((v) => v.qualifier === "") ||
    volumes.find((v) => !/^(?:whipped|yields|packed)/.test(v.qualifier)) ||
    volumes[0]!;
  return chosen.grams / (chosen.amount * ML_PER[chosen.unit as VolumeUnit]);
}

/** A label food's serving in ml ("1 serving (240 ml)", ADR 022): its grams per ml. */
function labelServingDensity(food: CatalogueFood): number | null {
  for (const portion of food.portions) {
    const ml = /\((\d*\.?\d+)\s*ml\)$/i.exec(portion.description.trim())?.[1];
    if (ml && Number(ml) > 0) return portion.grams / Number(ml);
  }
  return null;
}

/** g/ml when the food has no volume portion. */
function typicalDensity(food: CatalogueFood): number {
  const name = food.name.toLowerCase();
  if (/\boil\b/.test(name)) return 0.92;
  if (/flour|cornstarch|cocoa/.test(name)) return 0.53;
  if (/sugar|salt/.test(name)) return 0.85;
  if (/milk|juice|broth|water|vinegar|sauce|cream|yogurt|tea|coffee|syrup/.test(name)) return 1.03;
  if (food.foodGroup === "spices-herbs") return 0.5;
  if (food.foodGroup === "vegetables") return 0.5;
  return 0.6;
}

function gramsFromVolume(ml: number, food: CatalogueFood, notes: string): GramsEstimate {
  const density = densityFromPortions(food, notes);
  return density !== null
    ? { grams: ml * density, confidence: 0.9 }
    : { grams: ml * typicalDensity(food), confidence: 0.55 };
}

const SIZE_FACTOR = { small: 0.75, medium: 1, large: 1.3 } as const;

function pieceFromPortions(food: CatalogueFood, parsed: ParsedLine): number | null {
  const pieces = food.portions.flatMap((portion) => {
    const read = readPortion(portion);
    return read &&
      !isVolumeUnit(read.unit as VolumeUnit) &&
      !isMassUnit(read.unit as never) &&
      !/nlea|serving/.test(read.unit)
      ? [read]
      : [];
  });
  const wanted =
    parsed.size ?? (parsed.unit && !["can", "package", "jar"].includes(parsed.unit) ? parsed.unit : null);
  const exact = wanted ? pieces.find((p) => p.unit === wanted || p.unit.startsWith(wanted)) : undefined;
  if (exact) return exact.grams / exact.amount;
  if (parsed.unit && parsed.unit !== "piece") return null;
  const medium =
    pieces.find((p) => p.unit === "medium") ?? pieces.find((p) => !/cup|oz|lb|package|can/.test(p.unit));
  if (!medium) return null;
  const base =
    medium.unit === "large"
      ? medium.grams / medium.amount / SIZE_FACTOR.large
      : medium.unit === "small"
        ? medium.grams / medium.amount / SIZE_FACTOR.small
        : medium.grams / medium.amount;
  return base * SIZE_FACTOR[parsed.size ?? "medium"];
}

function gramsFromCount(
  parsed: ParsedLine,
  food: CatalogueFood,
  key: string,
  quantity: number,
): GramsEstimate | null {
  const fromPortion = pieceFromPortions(food, parsed);
  if (fromPortion !== null) return { grams: quantity * fromPortion, confidence: 0.85 };
  if (parsed.unit && parsed.unit !== "piece" && COUNT_UNIT_GRAMS[parsed.unit] !== undefined) {
    const perUnit =
      parsed.unit === "clove" || parsed.unit === "stalk"
        ? (PIECE_GRAMS[key] ?? COUNT_UNIT_GRAMS[parsed.unit]!)
        : COUNT_UNIT_GRAMS[parsed.unit]!;
    return { grams: quantity * perUnit, confidence: 0.6 };
  }
  const piece = PIECE_GRAMS[key] ?? PIECE_GRAMS[key.split(" ").slice(-1)[0]!];
  if (piece !== undefined)
    return { grams: quantity * piece * SIZE_FACTOR[parsed.size ?? "medium"], confidence: 0.65 };
  return null;
}

function gramsFromPackage(parsed: ParsedLine, food: CatalogueFood, quantity: number): GramsEstimate {
  const fish = food.foodGroup === "fish-shellfish";
  const drained =
    parsed.unit === "can" &&
    /drained/i.test(parsed.notes) &&
    ["legumes", "vegetables", "fish-shellfish"].includes(food.foodGroup);
  const share = drained ? (fish ? DRAINED_FISH_SHARE : DRAINED_SHARE) : 1;
  if (parsed.packageGrams !== null)
    return { grams: quantity * parsed.packageGrams * share, confidence: 0.85 };
  if (parsed.packageMl !== null)
    return { grams: quantity * gramsFromVolume(parsed.packageMl, food, "").grams * share, confidence: 0.8 };
  const listed = food.portions
    .map(readPortion)
    .find((p) => p && (p.unit === parsed.unit || p.unit.startsWith(parsed.unit!)));
  if (listed && !/drained|yields/.test(listed.qualifier))
    return { grams: (quantity * listed.grams * share) / listed.amount, confidence: 0.7 };
  return { grams: quantity * (fish ? DEFAULT_FISH_CAN_GRAMS : DEFAULT_CAN_GRAMS) * share, confidence: 0.45 };
}

/** Grams for the line and food, or null when the line gives no amount (headings, "to taste"). */
export function estimateGrams(parsed: ParsedLine, food: CatalogueFood, key: string): GramsEstimate | null {
  if (parsed.kind !== "ingredient") return null;
  const quantity = parsed.quantity ?? 1;
  if (parsed.juiceOf) return { grams: quantity * JUICE_GRAMS[parsed.juiceOf], confidence: 0.8 };
  if (parsed.zestOf) return { grams: quantity * ZEST_GRAMS[parsed.zestOf], confidence: 0.7 };
  if (parsed.metricGrams !== null)
    return { grams: parsed.metricGrams * (parsed.unit === "can" ? quantity : 1), confidence: 0.95 };
  if (parsed.metricMl !== null) return gramsFromVolume(parsed.metricMl, food, parsed.notes);
  if (isMassUnit(parsed.unit)) return { grams: quantity * GRAMS_PER[parsed.unit], confidence: 1 };
  if (isVolumeUnit(parsed.unit)) return gramsFromVolume(quantity * ML_PER[parsed.unit], food, parsed.notes);
  if (parsed.unit === "can" || parsed.unit === "package" || parsed.unit === "jar")
    return gramsFromPackage(parsed, food, quantity);
  return gramsFromCount(parsed, food, key, quantity) ?? { grams: quantity * 100, confidence: 0.2 };
}
