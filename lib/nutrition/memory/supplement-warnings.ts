// What supplements change in a week's warnings. Pure.
//
// - A shortfall that food and supplements cover together becomes "covered by your supplement".
// - A vegan short of B12 with no B12 supplement is told the established regimens (The Vegan Society; NIH
//   ODS on absorption), always with "check with your doctor or pharmacist": never a dose as a prescription.
// - Upper limits as NIH states them: magnesium's 350 mg is for supplements (and medicines) only; calcium's
//   and vitamin D's apply to food and supplements together, per day.
// - Kidney disease with a magnesium supplement: NIH's caution on magnesium in kidney failure.
import type { ReferenceIntakes } from "@/lib/nutrition/reference-intakes";
import type { RiskFactor } from "@/lib/nutrition/profile";
import type { Diet, TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount, NUTRIENT_META } from "@/lib/nutrition/units";
import {
  supplementOnDoseDay,
  supplementPerDay,
  type SupplementRecord,
} from "@/lib/nutrition/memory/supplements";

/** The fields of a plan or profile warning this module reads and writes. */
export interface WarningLike {
  code: string;
  severity: "info" | "warning";
  nutrient?: TargetNutrient;
  title: string;
  message: string;
}

export interface SupplementWarningInput {
  diet: Diet;
  riskFactors: readonly RiskFactor[];
  /** The full (unreduced) daily targets and limits. */
  intakes: ReferenceIntakes;
  /** Food per day, averaged over the week. */
  foodPerDay: Record<TargetNutrient, number>;
  /** Food of each day of the week (0 is Monday). */
  foodByDay: readonly Record<TargetNutrient, number>[];
  supplements: readonly SupplementRecord[];
}

/** Shortfall warnings (plan and profile) that a covered nutrient makes moot. */
const SHORTFALL_CODES: Readonly<Record<TargetNutrient, readonly string[]>> = {
  vitaminB12Mcg: ["vegan-b12", "b12-short", "vegan-b12-fortified-only", "vegetarian-b12"],
  vitaminDMcg: ["vitamin-d-short"],
  calciumMg: ["calcium-short"],
  magnesiumMg: ["magnesium-short"],
};

const NIH_ODS = "NIH Office of Dietary Supplements";
const ASK = "Check with your doctor or pharmacist before changing what you take.";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const VEGAN_B12_REGIMENS =
  "Regimens The Vegan Society describes include 10 µg a day, or 2,000 µg once a week; the body absorbs only a " +
  `small share of a large dose, which is why weekly amounts are far above the daily RDA (${NIH_ODS}, ` +
  `vitamin B12 fact sheet). Check with your doctor or pharmacist which suits you.`;

function label(nutrient: TargetNutrient): string {
  return NUTRIENT_META[nutrient].label;
}

function coveredNutrients(input: SupplementWarningInput): TargetNutrient[] {
  const added = supplementPerDay(input.supplements);
  return (Object.keys(SHORTFALL_CODES) as TargetNutrient[]).filter(
    (n) => added[n] > 0 && input.foodPerDay[n] + added[n] >= input.intakes[n].rda,
  );
}

function coveredWarning(nutrient: TargetNutrient, input: SupplementWarningInput): WarningLike {
  const added = supplementPerDay(input.supplements)[nutrient];
  return {
    code: "covered-by-supplement",
    severity: "info",
    nutrient,
    title: `${label(nutrient)} is covered by your supplement`,
    message:
      `Food gives about ${formatAmount(nutrient, input.foodPerDay[nutrient])} a day and your supplement about ` +
      `${formatAmount(nutrient, added)} a day on average, together at least the ` +
      `${formatAmount(nutrient, input.intakes[nutrient].rda)} you need. The planner counts it, so it no longer ` +
      `chases ${label(nutrient).toLowerCase()} in food.`,
  };
}

function upperLimitWarnings(input: SupplementWarningInput): WarningLike[] {
  const dose = supplementOnDoseDay(input.supplements);
  const out: WarningLike[] = [];
  const magnesiumUl = input.intakes.magnesiumMg.ul;
  if (magnesiumUl !== null && dose.magnesiumMg > magnesiumUl) {
    out.push({
      code: "supplement-magnesium-above-ul",
      severity: "warning",
      nutrient: "magnesiumMg",
      title: `Your magnesium supplements give ${formatAmount("magnesiumMg", dose.magnesiumMg)} a dose, above the ${formatAmount("magnesiumMg", magnesiumUl)} upper limit`,
      message:
        `NIH sets magnesium's upper limit of ${formatAmount("magnesiumMg", magnesiumUl)} a day for supplements and ` +
        `medicines only; magnesium in food does not count towards it. Diarrhoea, nausea and abdominal cramping ` +
        `are linked to doses above it (${NIH_ODS}, magnesium fact sheet). ${ASK}`,
    });
  }
  for (const [nutrient, code] of [
    ["calciumMg", "supplement-calcium-above-ul"],
    ["vitaminDMcg", "supplement-vitamin-d-above-ul"],
  ] as const) {
    const ul = input.intakes[nutrient].ul;
    if (ul === null || dose[nutrient] <= 0) continue;
    const days = input.foodByDay.flatMap((food, day) =>
      food[nutrient] + dose[nutrient] > ul
        ? [`${WEEKDAYS[day]} ${formatAmount(nutrient, food[nutrient] + dose[nutrient])}`]
        : [],
    );
    if (days.length === 0) continue;
    out.push({
      code,
      severity: "warning",
      nutrient,
      title: `${label(nutrient)} from food and supplements is above its ${formatAmount(nutrient, ul)} daily upper limit on ${days.length === 1 ? "one day" : `${days.length} days`}`,
      message: `On a day you take it: ${days.join("; ")}. This limit counts food and supplements together (${NIH_ODS}). ${ASK}`,
    });
  }
  return out;
}

function kidneyCaution(input: SupplementWarningInput): WarningLike[] {
  const takesMagnesium = input.supplements.some((s) => s.nutrient === "magnesiumMg");
  if (!takesMagnesium || !input.riskFactors.includes("kidney_disease")) return [];
  return [
    {
      code: "supplement-magnesium-kidney-caution",
      severity: "warning",
      nutrient: "magnesiumMg",
      title: "You have kidney disease and take a magnesium supplement",
      message:
        "Kidneys that work less well remove less magnesium, and NIH links magnesium toxicity in kidney failure " +
        `mainly to supplements, antacids and laxatives (${NIH_ODS}, magnesium fact sheet). Magnesium from ordinary ` +
        "food is fine. Ask your doctor about the supplement.",
    },
  ];
}

/** A vegan B12 warning without a B12 supplement gains the established regimens. */
function withRegimens(warning: WarningLike, input: SupplementWarningInput): WarningLike {
  const takesB12 = input.supplements.some((s) => s.nutrient === "vitaminB12Mcg");
  if (warning.code !== "vegan-b12" || input.diet !== "vegan" || takesB12) return warning;
  if (warning.message.includes(VEGAN_B12_REGIMENS)) return warning;
  return { ...warning, message: `${warning.message} ${VEGAN_B12_REGIMENS}` };
}

/**
 * The plan's and the profile's warnings after supplements: shortfalls they cover are replaced by one
 * "covered by your supplement" note each; supplement upper limits and the kidney caution come first.
 */
export function applySupplementWarnings<P extends WarningLike, Q extends WarningLike>(
  plan: readonly P[],
  profile: readonly Q[],
  input: SupplementWarningInput,
): { plan: (P | WarningLike)[]; profile: Q[] } {
  const covered = coveredNutrients(input);
  const moot = new Set(covered.flatMap((n) => SHORTFALL_CODES[n]));
  const keptPlan = plan.filter((w) => !moot.has(w.code)).map((w) => withRegimens(w, input) as P);
  return {
    plan: [
      ...upperLimitWarnings(input),
      ...kidneyCaution(input),
      ...keptPlan,
      ...covered.map((n) => coveredWarning(n, input)),
    ],
    profile: profile.filter((w) => !moot.has(w.code)),
  };
}
