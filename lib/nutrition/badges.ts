// "High in" / "source of" badges after the FDA nutrient content claim rule (21 CFR 101.54):
// "high in" when a portion supplies >= 20 % of the Daily Value, "source of" for 10 % up to
// (not including) 20 %. Pure: no framework or database imports.
import { FDA_DAILY_VALUES } from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";

export type BadgeLevel = "high" | "source";

export interface NutrientBadge {
  nutrient: TargetNutrient;
  level: BadgeLevel;
  /** Unrounded % of the FDA Daily Value; round DOWN for display so 19.99 % does not read "20 %". */
  percentDv: number;
}

export const HIGH_IN_PERCENT_DV = 20;
export const SOURCE_OF_PERCENT_DV = 10;

/** Tolerance so an amount at exactly 10 % or 20 % is not lost to floating point (0.24 / 2.4). */
const EPSILON_PERCENT = 1e-9;

/**
 * amount as a percentage of reference (amount 30, reference 120 -> 25). null stays null.
 * Throws RangeError when reference is not a finite number > 0.
 */
export function percentOf(amount: number, reference: number): number;
export function percentOf(amount: number | null, reference: number): number | null;
export function percentOf(amount: number | null, reference: number): number | null {
  if (!Number.isFinite(reference) || reference <= 0) {
    throw new RangeError(`reference must be a finite number > 0, got ${reference}`);
  }
  return amount === null ? null : (amount * 100) / reference;
}

/** The badge level for a % DV, or null below 10 %. */
export function badgeLevel(percentDv: number): BadgeLevel | null {
  if (percentDv >= HIGH_IN_PERCENT_DV - EPSILON_PERCENT) return "high";
  if (percentDv >= SOURCE_OF_PERCENT_DV - EPSILON_PERCENT) return "source";
  return null;
}

/**
 * Badges for one portion's amounts of the target nutrients (mg or µg as in TargetNutrient), in
 * TARGET_NUTRIENTS order. Missing (null/undefined) or non-finite amounts earn no badge.
 */
export function nutrientBadges(perPortion: Partial<Record<TargetNutrient, number | null>>): NutrientBadge[] {
  const badges: NutrientBadge[] = [];
  for (const nutrient of TARGET_NUTRIENTS) {
    const amount = perPortion[nutrient];
    if (amount === null || amount === undefined || !Number.isFinite(amount)) continue;
    const percentDv = percentOf(amount, FDA_DAILY_VALUES[nutrient]);
    const level = badgeLevel(percentDv);
    if (level !== null) badges.push({ nutrient, level, percentDv });
  }
  return badges;
}
