// Energy target and personal reference intakes of a dietary profile (docs/NUTRITION.md, "Reference intakes").
// Pure: no framework or database imports, and no clock: every function takes the date it is
// computed for (`asOf`), so the same profile gives the same answer in tests, on the server and in
// the browser.
import type { ActivityLevel, DietaryProfile } from "@/lib/nutrition/profile";
import {
  ageBand,
  referenceIntakes,
  type AgeBand,
  type Pregnancy,
  type ReferenceIntake,
  type Sex,
} from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount, formatNumber, NUTRIENT_META } from "@/lib/nutrition/units";

/** The date something is computed for, or just its calendar year. */
export type AsOf = Date | number;

function yearOf(asOf: AsOf): number {
  if (typeof asOf === "number") {
    if (!Number.isInteger(asOf)) throw new RangeError(`asOf year must be an integer, got ${asOf}`);
    return asOf;
  }
  const year = asOf.getUTCFullYear();
  if (Number.isNaN(year)) throw new RangeError("asOf is an invalid Date");
  return year;
}

/**
 * Age in years on `asOf` (a Date, read in UTC, or a calendar year) of someone born in `birthYear`
 * (and `birthMonth`, 1–12, when known).
 *
 * With a month and a Date, the age is exact to the month: the birthday counts as passed from the first
 * day of the birth month (days are not asked for). Without a month, or with a bare year as `asOf`, it is
 * the age the person reaches during that calendar year (`year(asOf) - birthYear`): at most one year more
 * than their exact age, which errs towards the older NIH band (docs/NUTRITION.md, "Age").
 * Throws RangeError when birthYear is not an integer, birthMonth is not 1–12, or the birth lies after asOf.
 */
export function ageOn(birthYear: number, asOf: AsOf, birthMonth: number | null = null): number {
  if (!Number.isInteger(birthYear)) throw new RangeError(`birthYear must be an integer, got ${birthYear}`);
  if (birthMonth !== null && !(Number.isInteger(birthMonth) && birthMonth >= 1 && birthMonth <= 12))
    throw new RangeError(`birthMonth must be 1-12, got ${birthMonth}`);
  const beforeBirthday =
    birthMonth !== null && typeof asOf !== "number" && asOf.getUTCMonth() + 1 < birthMonth ? 1 : 0;
  const age = yearOf(asOf) - birthYear - beforeBirthday;
  if (age < 0) throw new RangeError(`birthYear ${birthYear} lies after ${yearOf(asOf)}`);
  return age;
}

export interface BmrInput {
  sex: Sex;
  weightKg: number;
  heightCm: number;
  /** Age in years. */
  age: number;
}

/**
 * Basal metabolic rate in kcal/day by the Mifflin–St Jeor equation (Mifflin MD, St Jeor ST et al.,
 * Am J Clin Nutr 1990;51:241–7): 10·kg + 6.25·cm − 5·age + 5 for men, − 161 for women.
 * Not rounded. Throws RangeError for a weight or height that is not a positive finite number or an
 * age that is negative or not finite.
 */
export function basalMetabolicRate({ sex, weightKg, heightCm, age }: BmrInput): number {
  if (!Number.isFinite(weightKg) || weightKg <= 0)
    throw new RangeError(`weightKg must be > 0, got ${weightKg}`);
  if (!Number.isFinite(heightCm) || heightCm <= 0)
    throw new RangeError(`heightCm must be > 0, got ${heightCm}`);
  if (!Number.isFinite(age) || age < 0) throw new RangeError(`age must be >= 0, got ${age}`);
  return 10 * weightKg + 6.25 * heightCm - 5 * age + (sex === "male" ? 5 : -161);
}

/** Physical activity multipliers applied to the BMR (the usual Harris–Benedict/Mifflin factors). */
export const ACTIVITY_FACTORS: Readonly<Record<ActivityLevel, number>> = Object.freeze({
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  very_active: 1.9,
});

/** Lower-case wording of each activity level, for explanations and history lines. */
export const ACTIVITY_PHRASES: Readonly<Record<ActivityLevel, string>> = Object.freeze({
  sedentary: "sedentary",
  light: "light",
  moderate: "moderate",
  active: "active",
  very_active: "very active",
});

/**
 * Extra kcal/day on top of the non-pregnant estimate.
 *
 * - Pregnant: +340 kcal, the Institute of Medicine figure for the 2nd trimester (IOM, Dietary
 *   Reference Intakes for Energy, Carbohydrate, Fiber, Fat, Fatty Acids, Cholesterol, Protein and
 *   Amino Acids, 2002/2005: +0 in the 1st, +340 in the 2nd, +452 in the 3rd trimester). The profile
 *   does not record the trimester, so the typical middle value is used.
 * - Lactating: +330 kcal, the IOM EER for 0–6 months postpartum (+500 kcal milk energy − 170 kcal
 *   weight loss); 7–12 months is +400. The lower figure is used.
 */
export const PREGNANCY_EXTRA_KCAL: Readonly<Record<Pregnancy, number>> = Object.freeze({
  pregnant: 340,
  lactating: 330,
});

export type EnergySource = "computed" | "override";

export interface EnergyTarget {
  /** The daily energy target in kcal: the hand-set override, or `computedKcal`. */
  kcal: number;
  source: EnergySource;
  /** The estimate this profile would get without an override: rounded to the nearest 10 kcal. */
  computedKcal: number;
  /** Mifflin–St Jeor BMR, unrounded. */
  bmr: number;
  /** The activity factor applied to the BMR. */
  factor: number;
  /** kcal added for pregnancy or lactation (0 otherwise). */
  pregnancyExtraKcal: number;
}

function roundTo10(kcal: number): number {
  return Math.round(kcal / 10) * 10;
}

type EnergyProfile = Pick<
  DietaryProfile,
  | "sex"
  | "birthYear"
  | "birthMonth"
  | "pregnancy"
  | "heightCm"
  | "weightKg"
  | "activityLevel"
  | "energyTargetOverrideKcal"
>;

/**
 * The daily energy target: BMR (Mifflin–St Jeor) × activity factor + pregnancy/lactation extra,
 * rounded to the nearest 10 kcal; or the profile's hand-set override, returned as entered
 * (`source: "override"`). bmr, factor, pregnancyExtraKcal and computedKcal always describe the
 * computed estimate so the UI can show it next to an override. Throws RangeError as
 * basalMetabolicRate and ageOn do, or for an override that is not a positive finite number.
 */
export function energyTarget(profile: EnergyProfile, asOf: AsOf): EnergyTarget {
  const age = ageOn(profile.birthYear, asOf, profile.birthMonth);
  const bmr = basalMetabolicRate({
    sex: profile.sex,
    weightKg: profile.weightKg,
    heightCm: profile.heightCm,
    age,
  });
  const factor = ACTIVITY_FACTORS[profile.activityLevel];
  const pregnancyExtraKcal = profile.pregnancy === null ? 0 : PREGNANCY_EXTRA_KCAL[profile.pregnancy];
  const computedKcal = roundTo10(bmr * factor + pregnancyExtraKcal);
  const override = profile.energyTargetOverrideKcal;
  if (override !== null) {
    if (!Number.isFinite(override) || override <= 0) {
      throw new RangeError(`energyTargetOverrideKcal must be > 0, got ${override}`);
    }
    return { kcal: override, source: "override", computedKcal, bmr, factor, pregnancyExtraKcal };
  }
  return { kcal: computedKcal, source: "computed", computedKcal, bmr, factor, pregnancyExtraKcal };
}

/**
 * The lowest daily energy target a plan is built for. Hand-set targets below it are refused by the
 * profile form; a computed one below it (a small, sedentary, older person) is raised to it, and the
 * person is told to ask a doctor: a week below 1,200 kcal rarely covers the reference intakes and needs
 * medical supervision.
 */
export const MIN_PLANNED_ENERGY_KCAL = 1200;

/** The target a plan is built for: the energy target, raised to MIN_PLANNED_ENERGY_KCAL if below it. */
export function plannedEnergyTarget(
  profile: EnergyProfile,
  asOf: AsOf,
): { kcal: number; raisedFromKcal: number | null } {
  const { kcal } = energyTarget(profile, asOf);
  return kcal < MIN_PLANNED_ENERGY_KCAL
    ? { kcal: MIN_PLANNED_ENERGY_KCAL, raisedFromKcal: kcal }
    : { kcal, raisedFromKcal: null };
}

/** One nutrient's personal target: the NIH reference intake plus why it applies to this person. */
export interface PersonalTarget extends ReferenceIntake {
  nutrient: TargetNutrient;
  /** "Calcium 1,200 mg: NIH RDA for women 51–70". */
  why: string;
  /** "Upper limit 2,000 mg a day from food and supplements", or "No upper limit set". */
  ulNote: string;
}

export interface PersonalTargets {
  /** Age used (see ageOn). */
  age: number;
  /** How the age was found: "age 50" or "age 51, from the year of birth only (...)". */
  ageWhy: string;
  ageBand: AgeBand;
  /** The NIH group whose figures apply: "women 51–70", "pregnancy, ages 31–50". */
  group: string;
  /** Structurally a ReferenceIntakes, with a `why` per nutrient. */
  intakes: Record<TargetNutrient, PersonalTarget>;
  energy: EnergyTarget & {
    /** "2,760 kcal: Mifflin–St Jeor BMR 1,780 kcal × 1.55 (moderate activity)". */
    why: string;
  };
}

function dashed(band: AgeBand): string {
  return band.replace("-", "–");
}

/** The NIH group whose row applies, in words. */
function groupOf(sex: Sex, band: AgeBand, pregnancy: Pregnancy | null): string {
  if (pregnancy !== null) {
    const word = pregnancy === "pregnant" ? "pregnancy" : "lactation";
    // NIH gives pregnancy/lactation rows for 19–30 and 31–50 only; 51+ uses 31–50 (reference-intakes.ts).
    if (band === "19-30") return `${word}, ages 19–30`;
    if (band === "31-50") return `${word}, ages 31–50`;
    return `${word} (NIH figures for ages 31–50; none are given past 50)`;
  }
  return `${sex === "male" ? "men" : "women"} ${dashed(band)}`;
}

function ulNoteOf(nutrient: TargetNutrient, intake: ReferenceIntake): string {
  if (intake.ul === null) return "No upper limit set";
  const amount = formatAmount(nutrient, intake.ul);
  if (intake.ulAppliesTo === "supplements-only") {
    return `Upper limit ${amount} a day from supplements only; none for ${NUTRIENT_META[nutrient].label.toLowerCase()} in food`;
  }
  return `Upper limit ${amount} a day from food and supplements`;
}

function energyWhy(energy: EnergyTarget, activity: ActivityLevel, pregnancy: Pregnancy | null): string {
  const kcal = (n: number) => `${formatNumber(n, { integer: true })} kcal`;
  const estimate =
    `Mifflin–St Jeor BMR ${kcal(energy.bmr)} × ${energy.factor} (${ACTIVITY_PHRASES[activity]} activity)` +
    (pregnancy === null
      ? ""
      : ` + ${kcal(energy.pregnancyExtraKcal)} for ${pregnancy === "pregnant" ? "pregnancy (2nd trimester)" : "lactation"}`);
  if (energy.source === "override") {
    return `${kcal(energy.kcal)}: set by hand (the estimate would be ${kcal(energy.computedKcal)}: ${estimate})`;
  }
  return `${kcal(energy.kcal)}: ${estimate}, rounded to 10 kcal`;
}

/**
 * The person's daily targets: NIH RDA and UL of the four nutrients for their sex, age band and
 * pregnancy/lactation (see referenceIntakes), each with a human `why`, plus the energy target.
 * Throws RangeError for an age under 19 (reference intakes cover adults only), a pregnancy flag on
 * a male profile, or invalid body measurements.
 */
/** How the age behind the targets was found, said plainly when only the year of birth is known. */
function ageWhyOf(age: number, birthMonth: number | null): string {
  return birthMonth === null
    ? `age ${age}, from the year of birth only (add your month of birth: you may be counted a year older)`
    : `age ${age}`;
}

export function personalTargets(profile: DietaryProfile, asOf: AsOf): PersonalTargets {
  const age = ageOn(profile.birthYear, asOf, profile.birthMonth);
  const ageWhy = ageWhyOf(age, profile.birthMonth);
  const band = ageBand(age);
  const reference = referenceIntakes({ sex: profile.sex, age, pregnancy: profile.pregnancy });
  const group = groupOf(profile.sex, band, profile.pregnancy);
  const intakes = Object.fromEntries(
    TARGET_NUTRIENTS.map((nutrient) => {
      const intake = reference[nutrient];
      const target: PersonalTarget = {
        ...intake,
        nutrient,
        why:
          `${NUTRIENT_META[nutrient].label} ${formatAmount(nutrient, intake.rda)}: NIH RDA for ${group}` +
          (profile.birthMonth === null ? ` (age ${age} from the year of birth alone)` : ""),
        ulNote: ulNoteOf(nutrient, intake),
      };
      return [nutrient, target];
    }),
  ) as Record<TargetNutrient, PersonalTarget>;
  const energy = energyTarget(profile, asOf);
  return {
    age,
    ageWhy,
    ageBand: band,
    group,
    intakes,
    energy: { ...energy, why: energyWhy(energy, profile.activityLevel, profile.pregnancy) },
  };
}
