// How things are bought: by the piece, by volume, in packs of a typical size, or loose by weight; and how
// an amount in grams becomes a quantity to buy, always rounded up. Pure: no framework or database imports.

import type { UnitSystem } from "@/lib/nutrition/profile";

/** Millilitres in one US cup (the unit of SR28's "1 cup" portions). */
export const ML_PER_CUP = 236.588;
export const GRAMS_PER_OUNCE = 28.349523125;
export const GRAMS_PER_POUND = 453.59237;
export const ML_PER_FL_OZ = 29.5735295625;
const ML_PER_QUART = 946.352946;

export type SizeSource = "sr28" | "retail";

/** Whole things with an average weight: "5 bananas", "12 eggs", "1 head of garlic". */
export interface PieceUnit {
  kind: "piece";
  /** Grams of one piece (edible part, as SR28 weighs the food). */
  grams: number;
  one: string;
  many: string;
  /** "sr28": an SR28 portion weight; "retail": a typical shop size (see docs/SHOPPING.md). */
  source: SizeSource;
}

/** Liquids bought by volume: "2.5 L", "3 quarts". */
export interface VolumeUnit {
  kind: "volume";
  /** Grams per millilitre, from the food's SR28 "1 cup" portion. */
  gramsPerMl: number;
}

/** A pack of a typical size per unit system: "1 bag (500 g)", "2 cans (15 oz)", "1 bottle (500 ml)". */
export interface PackUnit {
  kind: "pack";
  one: string;
  many: string;
  metric: PackSize;
  us: PackSize;
  source: SizeSource;
}

export interface PackSize {
  /** Grams in one pack. */
  grams: number;
  /** The size as printed on the pack: "500 g", "15 oz", "1 L". */
  label: string;
}

/** Sold loose or at a counter by weight (meat, fish, loose vegetables): "450 g", "1.2 kg", "1¼ lb". */
export interface WeightUnit {
  kind: "weight";
}

export type BuyingUnit = PieceUnit | VolumeUnit | PackUnit | WeightUnit;

/** What to buy of one thing: a whole number of pieces or packs, or a rounded-up volume or weight. */
export interface BuyingQuantity {
  /** How many `unit`s to buy (rounded up). */
  quantity: number;
  /** The unit, singular or plural as `quantity` reads: "bananas", "bag", "L", "fl oz", "g", "lb". */
  unit: string;
  /** `quantity` and `unit` as a person reads them: "5 bananas", "1 bag (500 g)", "2.5 L", "1¼ lb". */
  display: string;
}

const number = (maximumFractionDigits: number) =>
  new Intl.NumberFormat("en", { maximumFractionDigits, useGrouping: true });
const whole = number(0);
const oneDecimal = number(1);

function unitFormat(unit: string, value: number, digits = 1): string {
  return new Intl.NumberFormat("en", {
    style: "unit",
    unit,
    unitDisplay: "short",
    maximumFractionDigits: digits,
  }).format(value);
}

/** Rounds up to a multiple of `step`, tolerating float noise (0.30000000000000004 / 0.1 is not 4). */
export function ceilTo(value: number, step: number): number {
  const steps = Math.ceil(value / step - 1e-9);
  return Math.max(1, steps) * step;
}

const QUARTERS: Readonly<Record<number, string>> = { 0.25: "¼", 0.5: "½", 0.75: "¾" };

/** 0.25 -> "¼", 1.5 -> "1½", 3 -> "3" (quarters only). */
export function formatQuarters(value: number): string {
  const wholePart = Math.floor(value + 1e-9);
  const part = QUARTERS[Math.round((value - wholePart) * 4) / 4] ?? "";
  return wholePart === 0 && part ? part : `${wholePart}${part}`;
}

/** A weight for a person: metric "450 g" / "1.2 kg"; US "7 oz" / "1.3 lb". Not rounded up. */
export function formatWeight(grams: number, system: UnitSystem): string {
  if (system === "us") {
    const ounces = grams / GRAMS_PER_OUNCE;
    if (ounces < 15.5) return unitFormat("ounce", ounces, ounces < 1 ? 1 : 0);
    return unitFormat("pound", grams / GRAMS_PER_POUND, 1);
  }
  if (grams >= 1000) return unitFormat("kilogram", grams / 1000, 1);
  if (grams > 0 && grams < 0.5) return "< 1 g";
  return unitFormat("gram", grams, 0);
}

/** A volume for a person: metric "400 ml" / "2.4 L"; US "14 fl oz". Not rounded up. */
export function formatVolume(ml: number, system: UnitSystem): string {
  if (system === "us") return `${whole.format(ml / ML_PER_FL_OZ)} fl oz`;
  return ml >= 1000 ? `${oneDecimal.format(ml / 1000)} L` : `${whole.format(ml)} ml`;
}

/**
 * A weight to buy, rounded up: metric 10 g steps to 100 g, 50 g steps to 1 kg, then 0.1 kg; US whole
 * ounces to 15 oz, then ¼ lb.
 */
function weightToBuy(grams: number, system: UnitSystem): BuyingQuantity {
  if (system === "us") {
    const ounces = grams / GRAMS_PER_OUNCE;
    if (ounces <= 15) {
      const quantity = ceilTo(ounces, 1);
      return { quantity, unit: "oz", display: `${whole.format(quantity)} oz` };
    }
    const quantity = ceilTo(grams / GRAMS_PER_POUND, 0.25);
    return { quantity, unit: "lb", display: `${formatQuarters(quantity)} lb` };
  }
  if (grams <= 1000) {
    const quantity = ceilTo(grams, grams <= 100 ? 10 : 50);
    return { quantity, unit: "g", display: `${whole.format(quantity)} g` };
  }
  const quantity = ceilTo(grams / 1000, 0.1);
  return { quantity, unit: "kg", display: `${oneDecimal.format(quantity)} kg` };
}

/** A volume to buy, rounded up: metric 50 ml steps, then ½ L; US whole fl oz, then ½ quarts. */
function volumeToBuy(ml: number, system: UnitSystem): BuyingQuantity {
  if (system === "us") {
    const flOz = ml / ML_PER_FL_OZ;
    if (flOz <= 32) {
      const quantity = ceilTo(flOz, 1);
      return { quantity, unit: "fl oz", display: `${whole.format(quantity)} fl oz` };
    }
    const quantity = ceilTo(ml / ML_PER_QUART, 0.5);
    return { quantity, unit: "quarts", display: `${formatQuarters(quantity)} quarts` };
  }
  if (ml <= 1000) {
    const quantity = ceilTo(ml, 50);
    return { quantity, unit: "ml", display: `${whole.format(quantity)} ml` };
  }
  const quantity = ceilTo(ml / 1000, 0.5);
  return { quantity, unit: "L", display: `${oneDecimal.format(quantity)} L` };
}

/**
 * What to buy for `grams` of a thing (> 0), rounded up to what can be bought: whole pieces and packs,
 * volumes and weights in the steps above. Throws for a negative or non-finite amount.
 */
export function toBuyingQuantity(grams: number, unit: BuyingUnit, system: UnitSystem): BuyingQuantity {
  if (!Number.isFinite(grams) || grams < 0) throw new RangeError(`cannot buy ${grams} g`);
  switch (unit.kind) {
    case "piece": {
      const quantity = Math.max(1, Math.ceil(grams / unit.grams - 1e-9));
      const noun = quantity === 1 ? unit.one : unit.many;
      return { quantity, unit: noun, display: `${quantity} ${noun}` };
    }
    case "pack": {
      const size = unit[system];
      const quantity = Math.max(1, Math.ceil(grams / size.grams - 1e-9));
      const noun = quantity === 1 ? unit.one : unit.many;
      return { quantity, unit: noun, display: `${quantity} ${noun} (${size.label})` };
    }
    case "volume":
      return volumeToBuy(grams / unit.gramsPerMl, system);
    case "weight":
      return weightToBuy(grams, system);
  }
}

/** The grams one `quantity` of `unit` stands for (the inverse of rounding, for a pantry entry). */
export function gramsOf(quantity: number, unitName: string, unit: BuyingUnit, system: UnitSystem): number {
  switch (unitName) {
    case "g":
      return quantity;
    case "kg":
      return quantity * 1000;
    case "oz":
      return quantity * GRAMS_PER_OUNCE;
    case "lb":
      return quantity * GRAMS_PER_POUND;
  }
  const density = unit.kind === "volume" ? unit.gramsPerMl : 1;
  switch (unitName) {
    case "ml":
      return quantity * density;
    case "L":
      return quantity * 1000 * density;
    case "fl oz":
      return quantity * ML_PER_FL_OZ * density;
    case "quarts":
      return quantity * ML_PER_QUART * density;
  }
  if (unit.kind === "piece") return quantity * unit.grams;
  if (unit.kind === "pack") return quantity * unit[system].grams;
  throw new RangeError(`unknown unit ${unitName}`);
}

/** "need ~560 g" / "need ~1.3 lb": the exact need beside a rounded-up quantity. */
export function formatNeed(grams: number, system: UnitSystem): string {
  return `need ~${formatWeight(grams, system)}`;
}
