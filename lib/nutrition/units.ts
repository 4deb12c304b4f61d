// Nutrient units, labels and display formatting. Pure: no framework or database imports.
import type { NutrientKey } from "@/lib/nutrition/types";

export type NutrientUnit = "kcal" | "g" | "mg" | "µg";

export interface NutrientMeta {
  /** Full label: "Magnesium". */
  label: string;
  /** Compact label for tables and chips: "Mg". */
  shortLabel: string;
  /** Fixed unit of every amount stored for this nutrient. */
  unit: NutrientUnit;
}

export const NUTRIENT_META = Object.freeze({
  energyKcal: { label: "Energy", shortLabel: "Energy", unit: "kcal" },
  proteinG: { label: "Protein", shortLabel: "Protein", unit: "g" },
  fatG: { label: "Fat", shortLabel: "Fat", unit: "g" },
  carbohydrateG: { label: "Carbohydrate", shortLabel: "Carbs", unit: "g" },
  fiberG: { label: "Fiber", shortLabel: "Fiber", unit: "g" },
  magnesiumMg: { label: "Magnesium", shortLabel: "Mg", unit: "mg" },
  calciumMg: { label: "Calcium", shortLabel: "Ca", unit: "mg" },
  vitaminDMcg: { label: "Vitamin D", shortLabel: "Vit D", unit: "µg" },
  vitaminB12Mcg: { label: "Vitamin B12", shortLabel: "B12", unit: "µg" },
} as const satisfies Record<NutrientKey, NutrientMeta>);

export const MISSING_DASH = "—";
export const MISSING_TEXT = "not measured";

export interface FormatAmountOptions {
  /** How a null (not measured) value is shown: "dash" -> "—" (default), "text" -> "not measured". */
  missing?: "dash" | "text";
}

const MAX_DECIMALS = 6;

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // The relative nudge keeps 1.005 -> 1.01 instead of 1.00 from binary representation.
  return Math.round(value * factor * (1 + Number.EPSILON * 4)) / factor;
}

function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Rounds a non-negative or negative finite number for display, without a unit:
 * - |v| >= 100: whole number ("1,300", "420");
 * - 10 <= |v| < 100: one decimal ("79.2", "12");
 * - 1 <= |v| < 10: two decimals ("2.86", "2.4");
 * - 0 < |v| < 1: two significant digits ("0.3", "0.17", "0.0046"), at most six decimals
 *   (below 0.0000005 prints "0");
 * trailing zeros are dropped, thousands are grouped with commas, and -0 prints "0".
 * `integer: true` forces whole numbers (used for kcal).
 */
export function formatNumber(value: number, options: { integer?: boolean } = {}): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const abs = Math.abs(value);
  let decimals: number;
  if (options.integer || abs >= 100) decimals = 0;
  else if (abs >= 10) decimals = 1;
  else if (abs >= 1) decimals = 2;
  else if (abs === 0) decimals = 0;
  else decimals = Math.min(MAX_DECIMALS, 1 - Math.floor(Math.log10(abs)));
  const rounded = roundTo(abs, decimals);
  if (rounded === 0) return "0";
  const fixed = rounded.toFixed(decimals);
  const [intPart = "0", fracPart = ""] = fixed.split(".");
  const frac = fracPart.replace(/0+$/, "");
  const sign = value < 0 ? "-" : "";
  return sign + groupThousands(intPart) + (frac ? `.${frac}` : "");
}

/**
 * An amount with its unit: formatAmount("magnesiumMg", 79) -> "79 mg",
 * formatAmount("vitaminB12Mcg", 0.3) -> "0.3 µg", formatAmount("proteinG", 2.857) -> "2.86 g".
 * Energy is always a whole number of kcal. null, undefined, NaN and ±Infinity are "not measured":
 * "—" by default or "not measured" with `{ missing: "text" }`.
 */
export function formatAmount(
  key: NutrientKey,
  value: number | null | undefined,
  options: FormatAmountOptions = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return options.missing === "text" ? MISSING_TEXT : MISSING_DASH;
  }
  const meta = NUTRIENT_META[key];
  return `${formatNumber(value, { integer: meta.unit === "kcal" })} ${meta.unit}`;
}

/** A share as a whole percent: formatPercent(79.6) -> "80 %". */
export const formatPercent = (percent: number) => `${formatNumber(Math.round(percent))} %`;

/** 1 µg of vitamin D (cholecalciferol or ergocalciferol) = 40 IU. */
export const VITAMIN_D_IU_PER_MCG = 40;

export function iuToMcgVitaminD(iu: number): number {
  return iu / VITAMIN_D_IU_PER_MCG;
}

export function mcgToIuVitaminD(mcg: number): number {
  return mcg * VITAMIN_D_IU_PER_MCG;
}
