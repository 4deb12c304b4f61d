// Warnings and tips from a dietary profile. Pure: no framework or database imports. Every statement
// follows an NIH Office of Dietary Supplements fact sheet, cited by the warning (docs/NUTRITION.md,
// "Warnings and their sources").
//
// Rules, in the order they are returned (WARNING_CODES):
//   vegan-b12                diet is vegan                  -> warning: B12 only from fortified foods or a supplement
//   vegetarian-b12           diet is vegetarian             -> info: B12 from dairy, eggs, fortified foods, a supplement
//   over-50-b12              age > 50 (51+)                 -> info: most B12 from fortified foods or supplements
//   ppi-b12                  takes proton pump inhibitors   -> warning: B12 absorption
//   metformin-b12            takes metformin                -> warning: B12 absorption
//   magnesium-risk           any of diuretics, PPIs, diabetes, GI disease, alcohol, or age > 50 (51+)
//                                                           -> one warning listing every reason; "info" when
//                                                              age is the only reason
//   kidney-magnesium-caution has kidney disease             -> warning: food magnesium is fine; ask a doctor
//                                                              before magnesium supplements, antacids, laxatives
//   little-sun-vitamin-d     sun exposure is "little"       -> warning: vitamin D from food matters more
//
// Decisions:
// - Kidney disease is not a magnesium risk: failing kidneys excrete less magnesium, and NIH warns of
//   magnesium toxicity in kidney failure (mainly from supplements, antacids and laxatives). It gets its own
//   caution, and no warning for such a profile advises favouring magnesium.
// - PPIs and metformin get one warning each: they are separate prescriptions with separate
//   conversations with a doctor, and each names its own reason.
// - Ageing lowers magnesium (NIH: absorption falls and renal excretion rises with age) with no official
//   cut-off. We use the same boundary as B12's "over 50": age 51+, the start of NIH's 51–70 band. Age
//   alone only gives an "info"; any risk factor makes it a "warning".
// - Pescatarian and omnivore diets get no B12 diet warning: fish, meat, dairy and eggs supply B12.
import { ageOn, type AsOf } from "@/lib/nutrition/energy";
import type { DietaryProfile, RiskFactor } from "@/lib/nutrition/profile";
import type { TargetNutrient } from "@/lib/nutrition/types";

export const WARNING_CODES = [
  "vegan-b12",
  "vegetarian-b12",
  "over-50-b12",
  "ppi-b12",
  "metformin-b12",
  "magnesium-risk",
  "kidney-magnesium-caution",
  "little-sun-vitamin-d",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type WarningSeverity = "info" | "warning";

export interface WarningSource {
  name: "NIH Office of Dietary Supplements";
  /** The fact sheet the statement follows. */
  url: string;
}

export interface Warning {
  /** Stable kebab-case id. */
  code: WarningCode;
  severity: WarningSeverity;
  nutrient: TargetNutrient;
  title: string;
  message: string;
  /** The profile facts that triggered it: "vegan diet", "takes diuretics", "age 67". */
  reasons: string[];
  source: WarningSource;
}

/** Ages above this (51+) count as "over 50" for B12 and as a magnesium risk. */
export const OVER_50_AGE = 50;

const NIH = "NIH Office of Dietary Supplements" as const;
const NIH_B12: WarningSource = {
  name: NIH,
  url: "https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/",
};
const NIH_VITAMIN_D: WarningSource = {
  name: NIH,
  url: "https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/",
};
const NIH_MAGNESIUM: WarningSource = {
  name: NIH,
  url: "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
};

/** How each risk factor reads as a reason: "takes diuretics". */
export const RISK_FACTOR_REASONS: Readonly<Record<RiskFactor, string>> = Object.freeze({
  diuretics: "takes diuretics",
  proton_pump_inhibitors: "takes proton pump inhibitors",
  metformin: "takes metformin",
  diabetes: "has diabetes",
  gi_disease: "has Crohn's or another GI disease",
  kidney_disease: "has kidney disease",
  alcohol: "drinks alcohol regularly",
});

/**
 * The risk factors that lower magnesium. Metformin is a B12 matter only; kidney disease raises magnesium
 * (see kidney-magnesium-caution).
 */
export const MAGNESIUM_RISK_FACTORS: readonly RiskFactor[] = Object.freeze([
  "diuretics",
  "proton_pump_inhibitors",
  "diabetes",
  "gi_disease",
  "alcohol",
] satisfies RiskFactor[]);

/** Whether the profile should not be steered towards magnesium (kidney disease: toxicity risk). */
export function magnesiumNeedsCaution(profile: Pick<DietaryProfile, "riskFactors">): boolean {
  return profile.riskFactors.includes("kidney_disease");
}

type WarningProfile = Pick<
  DietaryProfile,
  "diet" | "birthYear" | "birthMonth" | "riskFactors" | "sunExposure"
>;

interface WarningFacts {
  profile: WarningProfile;
  over50: boolean;
  /** "age 62". */
  ageReason: string;
  has: (factor: RiskFactor) => boolean;
}

/** A warning and when it applies, in WARNING_CODES order. */
interface WarningRule {
  applies: (facts: WarningFacts) => boolean;
  warning: (facts: WarningFacts) => Warning;
}

const PROFILE_WARNING_RULES: readonly WarningRule[] = [
  {
    applies: ({ profile }) => profile.diet === "vegan",
    warning: () => ({
      code: "vegan-b12",
      severity: "warning",
      nutrient: "vitaminB12Mcg",
      title: "Vitamin B12 needs fortified foods or a supplement",
      message:
        "Plant foods contain no reliable vitamin B12, so on a vegan diet it must come from fortified foods " +
        "(fortified plant milks and breakfast cereals, nutritional yeast labelled as fortified with B12) or " +
        "a supplement.",
      reasons: ["vegan diet"],
      source: NIH_B12,
    }),
  },
  {
    applies: ({ profile }) => profile.diet === "vegetarian",
    warning: () => ({
      code: "vegetarian-b12",
      severity: "info",
      nutrient: "vitaminB12Mcg",
      title: "Keep an eye on vitamin B12",
      message:
        "Without meat and fish, vitamin B12 comes from dairy and eggs, from fortified foods (breakfast " +
        "cereals, plant milks, nutritional yeast labelled as fortified) or from a supplement.",
      reasons: ["vegetarian diet"],
      source: NIH_B12,
    }),
  },
  {
    applies: ({ over50 }) => over50,
    warning: (facts) => ({
      code: "over-50-b12",
      severity: "info",
      nutrient: "vitaminB12Mcg",
      title: "Over 50: most vitamin B12 from fortified foods or supplements",
      message:
        "Many people over 50 absorb the vitamin B12 bound in meat, fish and dairy less well; the B12 in " +
        "fortified foods and supplements is absorbed more easily, so adults over 50 are advised to get most of it there.",
      reasons: [facts.ageReason],
      source: NIH_B12,
    }),
  },
  {
    applies: ({ has }) => has("proton_pump_inhibitors"),
    warning: () => ({
      code: "ppi-b12",
      severity: "warning",
      nutrient: "vitaminB12Mcg",
      title: "Proton pump inhibitors can lower vitamin B12 absorption",
      message:
        "Taken for a long time, proton pump inhibitors reduce the stomach acid needed to release vitamin B12 " +
        "from food. Ask your doctor whether your B12 level should be checked.",
      reasons: [RISK_FACTOR_REASONS.proton_pump_inhibitors],
      source: NIH_B12,
    }),
  },
  {
    applies: ({ has }) => has("metformin"),
    warning: () => ({
      code: "metformin-b12",
      severity: "warning",
      nutrient: "vitaminB12Mcg",
      title: "Metformin can lower vitamin B12 absorption",
      message:
        "Metformin can reduce vitamin B12 absorption, especially over years of use. Ask your doctor whether " +
        "your B12 level should be checked.",
      reasons: [RISK_FACTOR_REASONS.metformin],
      source: NIH_B12,
    }),
  },
  {
    applies: ({ has, over50 }) => over50 || MAGNESIUM_RISK_FACTORS.some(has),
    warning: ({ has, over50, ageReason }) =>
      magnesiumRiskWarning(
        MAGNESIUM_RISK_FACTORS.filter(has),
        over50 ? ageReason : null,
        has("kidney_disease"),
      ),
  },
  {
    applies: ({ has }) => has("kidney_disease"),
    warning: () => ({
      code: "kidney-magnesium-caution",
      severity: "warning",
      nutrient: "magnesiumMg",
      title: "Kidney disease: ask your doctor before taking extra magnesium",
      message:
        "Kidneys that work less well remove less magnesium, so it can build up. Magnesium from ordinary " +
        "food is fine, but ask your doctor before taking magnesium supplements, or antacids and laxatives " +
        "that contain magnesium. NutriWeek will not suggest extra magnesium for you.",
      reasons: [RISK_FACTOR_REASONS.kidney_disease],
      source: NIH_MAGNESIUM,
    }),
  },
  {
    applies: ({ profile }) => profile.sunExposure === "little",
    warning: () => ({
      code: "little-sun-vitamin-d",
      severity: "warning",
      nutrient: "vitaminDMcg",
      title: "Little sun: vitamin D from food matters more",
      message:
        "Skin makes vitamin D in sunlight; with little sun, food has to supply more of it (fatty fish, egg " +
        "yolks, UV-exposed mushrooms, fortified milks). Vitamin D helps the gut absorb calcium: with too " +
        "little of it, less of the calcium in food is absorbed.",
      reasons: ["little sun exposure"],
      source: NIH_VITAMIN_D,
    }),
  },
];

/**
 * The warnings and tips that apply to a profile on `asOf`, in WARNING_CODES order (deterministic;
 * each code at most once). Empty when none applies.
 */
export function profileWarnings(profile: WarningProfile, asOf: AsOf): Warning[] {
  const age = ageOn(profile.birthYear, asOf, profile.birthMonth);
  const facts: WarningFacts = {
    profile,
    over50: age > OVER_50_AGE,
    ageReason: `age ${age}`,
    has: (factor) => profile.riskFactors.includes(factor),
  };
  return PROFILE_WARNING_RULES.filter((rule) => rule.applies(facts)).map((rule) => rule.warning(facts));
}

/** What lowers magnesium, said as NIH says it: not every diuretic, and PPIs when taken for long. */
const MAGNESIUM_RISK_CLAUSES: Readonly<Record<string, string>> = Object.freeze({
  diuretics:
    "loop and thiazide diuretics (such as furosemide or hydrochlorothiazide) can raise magnesium losses; " +
    "potassium-sparing ones do not",
  proton_pump_inhibitors: "proton pump inhibitors taken for a year or more can lower magnesium",
  diabetes: "type 2 diabetes raises magnesium losses in urine",
  gi_disease: "Crohn's, coeliac and other gut diseases can lower magnesium absorption",
  alcohol: "regular heavy drinking lowers magnesium",
  age: "absorption falls and losses rise with age",
});

function magnesiumRiskWarning(factors: RiskFactor[], ageReason: string | null, kidney: boolean): Warning {
  const clauses = [
    ...factors.map((f) => MAGNESIUM_RISK_CLAUSES[f]!),
    ...(ageReason ? [MAGNESIUM_RISK_CLAUSES.age!] : []),
  ];
  const advice = kidney
    ? "Because of your kidneys, keep to magnesium from ordinary food and ask your doctor before any supplement."
    : "Magnesium-rich foods (seeds, nuts, leafy greens, legumes, whole grains) help; favour magnesium if you " +
      "have not already.";
  return {
    code: "magnesium-risk",
    severity: factors.length > 0 ? "warning" : "info",
    nutrient: "magnesiumMg",
    title: "Higher risk of low magnesium",
    message: `${clauses.join("; ")}. ${advice}`.replace(/^./, (c) => c.toUpperCase()),
    reasons: [...factors.map((f) => RISK_FACTOR_REASONS[f]), ...(ageReason ? [ageReason] : [])],
    source: NIH_MAGNESIUM,
  };
}
