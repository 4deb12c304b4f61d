// Supplements: what is taken when, how much it adds to a week, and what the planner still has to find in
// food. Pure.
//
// Amounts are per dose in the nutrient's unit (mg for magnesium and calcium, µg for vitamin D and B12),
// taken `timesPerWeek` times a week. A weekly amount is spread evenly over the week for coverage; upper
// limits are daily, so they are checked against one dose on a day it is taken (NIH ODS fact sheets).
import type { ReferenceIntakes } from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";

export const SUPPLEMENT_NUTRIENTS = TARGET_NUTRIENTS;

export interface SupplementRecord {
  id: number;
  nutrient: TargetNutrient;
  /** Per dose, in the nutrient's unit. */
  amount: number;
  /** 1 to 7; 7 is daily. */
  timesPerWeek: number;
  /** YYYY-MM-DD. */
  startDate: string;
  /** YYYY-MM-DD, inclusive; null while still taken. */
  stopDate: string | null;
  /** Of the week planned, the days it is taken (0–7); absent: every day. */
  daysInWeek?: number;
}

/** Taken on `date` (YYYY-MM-DD): started on or before it and not stopped before it. */
export function isTakenOn(supplement: SupplementRecord, date: string): boolean {
  return supplement.startDate <= date && (supplement.stopDate === null || supplement.stopDate >= date);
}

const DAY_MS = 86_400_000;

/** The seven dates (YYYY-MM-DD) of the week starting on `weekStart`. */
function datesOfWeek(weekStart: string): string[] {
  const monday = Date.parse(`${weekStart}T00:00:00Z`);
  return Array.from({ length: 7 }, (_, i) => new Date(monday + i * DAY_MS).toISOString().slice(0, 10));
}

/**
 * The supplements taken on at least one day of the week starting on `weekStart`, each with the number of
 * its days in that week: one started on Thursday counts four sevenths of its weekly amount.
 */
export function supplementsForWeek(
  supplements: readonly SupplementRecord[],
  weekStart: string,
): SupplementRecord[] {
  const dates = datesOfWeek(weekStart);
  return supplements.flatMap((supplement) => {
    const days = dates.filter((date) => isTakenOn(supplement, date)).length;
    return days > 0 ? [{ ...supplement, daysInWeek: days }] : [];
  });
}

function perNutrient(value: (nutrient: TargetNutrient) => number): Record<TargetNutrient, number> {
  return Object.fromEntries(TARGET_NUTRIENTS.map((n) => [n, value(n)])) as Record<TargetNutrient, number>;
}

/** The share of a week a supplement is taken: its days in the week planned ÷ 7 (1 when not known). */
const weekShare = (s: SupplementRecord) => Math.min(7, Math.max(0, s.daysInWeek ?? 7)) / 7;

/** The daily average each nutrient's supplements add (weekly amount × share of the week taken ÷ 7). */
export function supplementPerDay(supplements: readonly SupplementRecord[]): Record<TargetNutrient, number> {
  return perNutrient((n) =>
    supplements
      .filter((s) => s.nutrient === n)
      .reduce((sum, s) => sum + (s.amount * Math.min(7, Math.max(0, s.timesPerWeek)) * weekShare(s)) / 7, 0),
  );
}

/** What one day on which every supplement is taken adds (the figure upper limits are checked with). */
export function supplementOnDoseDay(
  supplements: readonly SupplementRecord[],
): Record<TargetNutrient, number> {
  return perNutrient((n) =>
    supplements.filter((s) => s.nutrient === n).reduce((sum, s) => sum + s.amount, 0),
  );
}

/** A target is never lowered to nothing: the planner requires RDAs above zero. */
const MIN_SHARE_LEFT_TO_FOOD = 0.01;

/**
 * The targets the planner should chase in food: each RDA less what supplements add a day on average
 * (never below 1 % of it). Upper limits are left as they are; the plan warns per day instead.
 */
export function foodTargetsAfterSupplements(
  intakes: ReferenceIntakes,
  supplements: readonly SupplementRecord[],
): ReferenceIntakes {
  if (supplements.length === 0) return intakes;
  const added = supplementPerDay(supplements);
  return Object.fromEntries(
    TARGET_NUTRIENTS.map((n) => {
      const intake = intakes[n];
      const rda = Math.max(intake.rda - added[n], intake.rda * MIN_SHARE_LEFT_TO_FOOD);
      return [n, { ...intake, rda }];
    }),
  ) as ReferenceIntakes;
}

export interface SupplementedCoverage {
  nutrient: TargetNutrient;
  targetPerDay: number;
  foodPerDay: number;
  supplementPerDay: number;
  togetherPerDay: number;
  /** Food alone and food + supplements as % of the target, not capped. */
  foodPercent: number;
  togetherPercent: number;
}

/** Food, supplements and both together, per day on average, against the full targets. */
export function supplementedCoverage(
  foodPerDay: Record<TargetNutrient, number>,
  targetPerDay: Record<TargetNutrient, number>,
  supplements: readonly SupplementRecord[],
): SupplementedCoverage[] {
  const added = supplementPerDay(supplements);
  return TARGET_NUTRIENTS.map((nutrient) => {
    const target = targetPerDay[nutrient];
    const together = foodPerDay[nutrient] + added[nutrient];
    return {
      nutrient,
      targetPerDay: target,
      foodPerDay: foodPerDay[nutrient],
      supplementPerDay: added[nutrient],
      togetherPerDay: together,
      foodPercent: target > 0 ? (100 * foodPerDay[nutrient]) / target : 0,
      togetherPercent: target > 0 ? (100 * together) / target : 0,
    };
  });
}
