// Adult reference intakes (NIH Office of Dietary Supplements) and FDA Daily Values for the four
// target nutrients. Pure: no framework or database imports. Figures and sources in docs/NUTRITION.md:
//
// | nutrient       | M 19-30 | M 31-50 | F 19-30 | F 31-50 | M 51-70 | F 51-70 | 71+ M/F | pregnant  | lactating | UL                     |
// | magnesium mg   | 400     | 420     | 310     | 320     | 420     | 320     | 420/320 | 350 / 360 | 310 / 320 | 350 supplements only   |
// | calcium mg     | 1000    | 1000    | 1000    | 1000    | 1000    | 1200    | 1200    | 1000      | 1000      | 2500 (19-50), 2000 51+ |
// | vitamin D µg   | 15      | 15      | 15      | 15      | 15      | 15      | 20      | 15        | 15        | 100                    |
// | vitamin B12 µg | 2.4     | 2.4     | 2.4     | 2.4     | 2.4     | 2.4     | 2.4     | 2.6       | 2.8       | none                   |
import type { TargetNutrient } from "@/lib/nutrition/types";

export type Sex = "male" | "female";
export type Pregnancy = "pregnant" | "lactating";

export interface ReferenceProfile {
  sex: Sex;
  /** Age in completed years; 19 or more (children and teenagers are out of scope). */
  age: number;
  pregnancy?: Pregnancy | null;
}

/** What the UL limits: total intake, or only the amount from supplements (magnesium). */
export type UlScope = "food-and-supplements" | "supplements-only";

export interface ReferenceIntake {
  /** Recommended Dietary Allowance, in the nutrient's fixed unit (mg or µg) per day. */
  rda: number;
  /** Tolerable Upper Intake Level per day; null when none is set (vitamin B12). */
  ul: number | null;
  ulAppliesTo: UlScope | null;
}

export type ReferenceIntakes = Record<TargetNutrient, ReferenceIntake>;

export const AGE_BANDS = ["19-30", "31-50", "51-70", "71+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const MIN_ADULT_AGE = 19;

/** The NIH age band of an adult age (fractional ages count completed years). */
export function ageBand(age: number): AgeBand {
  if (!Number.isFinite(age)) throw new RangeError(`age must be a finite number, got ${age}`);
  if (age < MIN_ADULT_AGE) {
    throw new RangeError(`reference intakes cover adults aged ${MIN_ADULT_AGE}+, got ${age}`);
  }
  const years = Math.floor(age);
  if (years <= 30) return "19-30";
  if (years <= 50) return "31-50";
  if (years <= 70) return "51-70";
  return "71+";
}

type BandTable = Record<AgeBand, number>;

const MAGNESIUM_RDA: Record<Sex, BandTable> = {
  male: { "19-30": 400, "31-50": 420, "51-70": 420, "71+": 420 },
  female: { "19-30": 310, "31-50": 320, "51-70": 320, "71+": 320 },
};
const CALCIUM_RDA: Record<Sex, BandTable> = {
  male: { "19-30": 1000, "31-50": 1000, "51-70": 1000, "71+": 1200 },
  female: { "19-30": 1000, "31-50": 1000, "51-70": 1200, "71+": 1200 },
};
const VITAMIN_D_RDA: BandTable = { "19-30": 15, "31-50": 15, "51-70": 15, "71+": 20 };
const VITAMIN_B12_RDA = 2.4;

/** NIH gives pregnancy and lactation figures for 19-30 and 31-50 only. */
type PregnancyBand = "19-30" | "31-50";
const PREGNANCY_RDA: Record<Pregnancy, Record<TargetNutrient, Record<PregnancyBand, number>>> = {
  pregnant: {
    magnesiumMg: { "19-30": 350, "31-50": 360 },
    calciumMg: { "19-30": 1000, "31-50": 1000 },
    vitaminDMcg: { "19-30": 15, "31-50": 15 },
    vitaminB12Mcg: { "19-30": 2.6, "31-50": 2.6 },
  },
  lactating: {
    magnesiumMg: { "19-30": 310, "31-50": 320 },
    calciumMg: { "19-30": 1000, "31-50": 1000 },
    vitaminDMcg: { "19-30": 15, "31-50": 15 },
    vitaminB12Mcg: { "19-30": 2.8, "31-50": 2.8 },
  },
};

const MAGNESIUM_SUPPLEMENT_UL = 350;
const VITAMIN_D_UL = 100;
function calciumUl(band: AgeBand): number {
  return band === "19-30" || band === "31-50" ? 2500 : 2000;
}

/**
 * RDA and UL per day for an adult.
 *
 * - Throws RangeError for age < 19 (or not finite), and for a pregnancy flag on a male profile.
 * - Pregnant or lactating at 51+ (outside NIH's bands) uses the 31-50 pregnancy/lactation figures,
 *   including the calcium UL of 2500 mg.
 * - Magnesium's UL (350 mg) limits supplements only (`ulAppliesTo: "supplements-only"`): food
 *   magnesium has no UL, so a food-only planner must not cap it. Vitamin B12 has no UL.
 */
export function referenceIntakes(profile: ReferenceProfile): ReferenceIntakes {
  const band = ageBand(profile.age);
  const pregnancy = profile.pregnancy ?? null;
  if (pregnancy !== null && profile.sex !== "female") {
    throw new RangeError(`"${pregnancy}" applies to a female profile only`);
  }

  let rda: Record<TargetNutrient, number>;
  let calciumUlBand: AgeBand = band;
  if (pregnancy !== null) {
    const pBand: PregnancyBand = band === "19-30" ? "19-30" : "31-50";
    calciumUlBand = pBand;
    const table = PREGNANCY_RDA[pregnancy];
    rda = {
      magnesiumMg: table.magnesiumMg[pBand],
      calciumMg: table.calciumMg[pBand],
      vitaminDMcg: table.vitaminDMcg[pBand],
      vitaminB12Mcg: table.vitaminB12Mcg[pBand],
    };
  } else {
    rda = {
      magnesiumMg: MAGNESIUM_RDA[profile.sex][band],
      calciumMg: CALCIUM_RDA[profile.sex][band],
      vitaminDMcg: VITAMIN_D_RDA[band],
      vitaminB12Mcg: VITAMIN_B12_RDA,
    };
  }

  return {
    magnesiumMg: { rda: rda.magnesiumMg, ul: MAGNESIUM_SUPPLEMENT_UL, ulAppliesTo: "supplements-only" },
    calciumMg: { rda: rda.calciumMg, ul: calciumUl(calciumUlBand), ulAppliesTo: "food-and-supplements" },
    vitaminDMcg: { rda: rda.vitaminDMcg, ul: VITAMIN_D_UL, ulAppliesTo: "food-and-supplements" },
    vitaminB12Mcg: { rda: rda.vitaminB12Mcg, ul: null, ulAppliesTo: null },
  };
}

/**
 * The reference adult used before a profile exists: a woman aged 31-50, not pregnant or lactating
 * (RDA Mg 320 mg, Ca 1000 mg, vitamin D 15 µg, B12 2.4 µg). Chosen for simplicity and transparency
 * (one real NIH row, not a blend of rows); the UI should say "for a woman aged 31-50" until the user
 * sets their own profile. Note a man's magnesium RDA (400-420 mg) is higher, so his % of RDA reads
 * lower once his profile is set.
 */
export const DEFAULT_ADULT: Readonly<Required<ReferenceProfile>> = Object.freeze({
  sex: "female",
  age: 40,
  pregnancy: null,
});

/** Reference intakes of DEFAULT_ADULT. */
export const DEFAULT_ADULT_INTAKES: Readonly<ReferenceIntakes> = Object.freeze(
  referenceIntakes(DEFAULT_ADULT),
);

/**
 * FDA Daily Values (21 CFR 101.9, adults and children 4+), the reference for "% DV" and the
 * "high in" / "source of" claims. Not personal targets: those are the RDAs above.
 */
export const FDA_DAILY_VALUES: Readonly<Record<TargetNutrient, number>> = Object.freeze({
  magnesiumMg: 420,
  calciumMg: 1300,
  vitaminDMcg: 20,
  vitaminB12Mcg: 2.4,
});
