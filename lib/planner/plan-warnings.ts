// Warnings about one plan: what its dishes fail to cover, and where its B12 comes from. Pure.
import type { Diet, TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount, NUTRIENT_META } from "@/lib/nutrition/units";
import { longWeekday } from "@/lib/planner/daily-upper-limits";
import { B12_MEALS_PER_DAY, type B12Spread } from "@/lib/planner/b12-spread";
import type { NutrientExplanation, PlanExplanation } from "@/lib/planner/explain";
import { DAYS_PER_WEEK } from "@/lib/planner/types";

export interface PlanWarning {
  /** Stable id: vegan-b12, vegan-b12-fortified-only, b12-spread, vitamin-d-short, calcium-short, magnesium-short, b12-short, above-upper-limit, lower-bound. */
  code: string;
  severity: "info" | "warning";
  nutrient?: TargetNutrient;
  title: string;
  message: string;
}

const NIH_B12 = "NIH Office of Dietary Supplements, vitamin B12 fact sheet";

/** Where each diet can get more B12 (a vegetarian eats no fish; a vegan gets its own warning). */
const B12_SOURCES_FOR: Readonly<Record<Diet, string>> = Object.freeze({
  vegan: "Add fortified foods (plant milks, breakfast cereals, fortified nutritional yeast) or a supplement",
  vegetarian:
    "Add dairy, eggs, fortified foods (breakfast cereals, plant milks, fortified nutritional yeast) or a supplement",
  pescatarian: "Add fish, shellfish, eggs, dairy or fortified foods",
  omnivore: "Add meat, fish, eggs, dairy or fortified foods",
});

function perDay(explanation: NutrientExplanation) {
  return {
    average: explanation.total / DAYS_PER_WEEK,
    rda: explanation.reference / DAYS_PER_WEEK,
    gap: Math.max(0, (explanation.reference - explanation.total) / DAYS_PER_WEEK),
  };
}

/** A week short of B12 (vegan: said plainly, with the supplement advice), or vegan B12 only fortified. */
function b12Warnings(explanation: PlanExplanation, diet: Diet): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const b12 = explanation.week.find((entry) => entry.nutrient === "vitaminB12Mcg");
  if (b12) {
    const { average, rda, gap } = perDay(b12);
    if (gap > 0) {
      warnings.push(
        diet === "vegan"
          ? {
              code: "vegan-b12",
              severity: "warning",
              nutrient: "vitaminB12Mcg",
              title: `This vegan week is short of vitamin B12 by ${formatAmount("vitaminB12Mcg", gap)} a day`,
              message:
                `It averages ${formatAmount("vitaminB12Mcg", average)} of the ${formatAmount("vitaminB12Mcg", rda)} you need a day. ` +
                `Plants do not supply B12: only fortified foods (soy milk, cereals, nutritional yeast) or a supplement can. ` +
                `Take a B12 supplement and talk to a doctor about it (${NIH_B12}).`,
            }
          : {
              code: "b12-short",
              severity: "warning",
              nutrient: "vitaminB12Mcg",
              title: `Vitamin B12 is short by ${formatAmount("vitaminB12Mcg", gap)} a day`,
              message: `${B12_SOURCES_FOR[diet]} (${NIH_B12}).`,
            },
      );
    } else if (diet === "vegan" && explanation.b12.onlyFortified) {
      warnings.push({
        code: "vegan-b12-fortified-only",
        severity: "info",
        nutrient: "vitaminB12Mcg",
        title: "All of this week's vitamin B12 comes from fortified foods",
        message: `That works only if you eat them as planned; a B12 supplement is the reliable backstop for vegans (${NIH_B12}).`,
      });
    }
  }
  return warnings;
}

/** Days whose B12 comes in fewer than two meals, for a vegan who relies on fortified foods. */
export function b12SpreadWarnings(spread: B12Spread | null): PlanWarning[] {
  if (!spread || spread.daysWithTwoMeals >= spread.days) return [];
  const short = spread.mealsPerDay.flatMap((meals, day) =>
    meals < B12_MEALS_PER_DAY ? [longWeekday(day)] : [],
  );
  return [
    {
      code: "b12-spread",
      severity: "info",
      nutrient: "vitaminB12Mcg",
      title: `Vitamin B12 comes in fewer than two meals on ${short.length} ${short.length === 1 ? "day" : "days"}`,
      message:
        `${short.join(", ")}: the body absorbs only part of a large single dose of B12, so without a supplement ` +
        `eat fortified foods at least twice a day, at least 3 µg a day in all (Vegan Society), or take a B12 supplement (${NIH_B12}).`,
    },
  ];
}

const SHORT_ADVICE = {
  vitaminDMcg:
    "Few foods carry vitamin D: fatty fish, egg yolk, UV-exposed mushrooms and fortified milks help, and so does sunlight on your skin.",
  calciumMg:
    "Dairy, fortified soy milk, calcium-set tofu, canned fish with bones and kale are good sources; vitamin D helps the gut absorb calcium.",
  magnesiumMg: "Seeds, nuts, leafy greens, legumes, whole grains and dark chocolate are good sources.",
} as const;

const SHORT_CODES = {
  vitaminDMcg: "vitamin-d-short",
  calciumMg: "calcium-short",
  magnesiumMg: "magnesium-short",
} as const;

/** Vitamin D, calcium and magnesium below the RDA on average (a warning when flagged). */
function shortWarnings(explanation: PlanExplanation): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  for (const nutrient of ["vitaminDMcg", "calciumMg", "magnesiumMg"] as const) {
    const entry = explanation.week.find((e) => e.nutrient === nutrient);
    if (!entry) continue;
    const { gap } = perDay(entry);
    if (gap <= 0) continue;
    const label = NUTRIENT_META[nutrient].label;
    warnings.push({
      code: SHORT_CODES[nutrient],
      severity: entry.flagged ? "warning" : "info",
      nutrient,
      title: `${label} is short by ${formatAmount(nutrient, gap)} a day`,
      message: SHORT_ADVICE[nutrient],
    });
  }
  return warnings;
}

/** Each day above a daily UL, and totals that are lower bounds because a value is missing. */
function limitWarnings(explanation: PlanExplanation): PlanWarning[] {
  const warnings: PlanWarning[] = [...dailyUpperLimitWarnings(explanation)];

  const incomplete = explanation.week.filter((entry) => entry.lowerBound && entry.nutrient !== "energyKcal");
  if (incomplete.length) {
    warnings.push({
      code: "lower-bound",
      severity: "info",
      title: "Some totals are lower bounds",
      message: `A few ingredients have no USDA figure for ${incomplete
        .map((entry) => {
          const label = NUTRIENT_META[entry.nutrient].label;
          return label.charAt(0).toLowerCase() + label.slice(1);
        })
        .join(", ")}: the real amounts are at least what is shown.`,
    });
  }
  return warnings;
}

export function planWarnings(explanation: PlanExplanation, diet: Diet): PlanWarning[] {
  return [...b12Warnings(explanation, diet), ...shortWarnings(explanation), ...limitWarnings(explanation)];
}

/**
 * One warning per nutrient whose daily upper limit (calcium by age, vitamin D) some day exceeds, naming
 * each such day and by how much. ULs are daily limits: a week under 7 × the UL can still have a day above.
 */
export function dailyUpperLimitWarnings(explanation: PlanExplanation): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const nutrient of ["calciumMg", "vitaminDMcg"] as const) {
    const over = explanation.days.flatMap(({ day, nutrients }) => {
      const entry = nutrients.find((n) => n.nutrient === nutrient);
      return entry && entry.ul !== null && entry.aboveUl ? [{ day, total: entry.total, ul: entry.ul }] : [];
    });
    if (over.length === 0) continue;
    const label = NUTRIENT_META[nutrient].label;
    const days = over.map(
      ({ day, total, ul }) =>
        `${longWeekday(day)} ${formatAmount(nutrient, total)} (${formatAmount(nutrient, total - ul)} over)`,
    );
    out.push({
      code: "above-upper-limit",
      severity: "warning",
      nutrient,
      title: `${label} is above its safe daily upper limit of ${formatAmount(nutrient, over[0]!.ul)} on ${over.length === 1 ? "one day" : `${over.length} days`}`,
      message: `${days.join("; ")}. Swap a meal rich in it on ${over.length === 1 ? "that day" : "those days"} for another.`,
    });
  }
  return out;
}
