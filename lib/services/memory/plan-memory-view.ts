// A saved plan seen with the person's memory (ADR 021): what was eaten, what supplements add, and the
// warnings after both. Computed from the plan result; no database access.
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { applySupplementWarnings } from "@/lib/nutrition/memory/supplement-warnings";
import { supplementedCoverage, type SupplementedCoverage } from "@/lib/nutrition/memory/supplements";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { eatenCoverage, type EatenCoverage } from "@/lib/planner/eaten-coverage";
import { COVERAGE_KEYS, type CoverageKey, type PlanView } from "@/lib/planner/plan-view";
import type { PlanWarning } from "@/lib/planner/plan-warnings";
import type { Warning } from "@/lib/nutrition/warnings";
import { DAYS_PER_WEEK } from "@/lib/planner/types";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { requestMemoryOf } from "@/lib/services/memory/planning-memory";

export interface PlanMemoryView {
  eaten: EatenCoverage;
  /** Food, supplements and both per day on average, against the full targets. */
  supplements: SupplementedCoverage[];
}

function perNutrient(value: (n: TargetNutrient) => number): Record<TargetNutrient, number> {
  return Object.fromEntries(TARGET_NUTRIENTS.map((n) => [n, value(n)])) as Record<TargetNutrient, number>;
}

/** The daily targets of a plan view (its weekly targets ÷ 7). */
export function dailyTargetsOf(view: PlanView): Record<CoverageKey, number> {
  return Object.fromEntries(
    COVERAGE_KEYS.map((key) => [key, view.coverage[key].target / DAYS_PER_WEEK]),
  ) as Record<CoverageKey, number>;
}

/** The plan result with eaten coverage, supplement coverage and the warnings supplements change. */
export function withMemoryView(result: Omit<PlanResult, "memory">, profile: DietaryProfile): PlanResult {
  const { view } = result;
  const memory = requestMemoryOf(result.request);
  const supplements = memory?.supplements ?? [];
  const foodPerDay = perNutrient((n) => view.coverage[n].total / DAYS_PER_WEEK);
  const targetPerDay = perNutrient((n) => view.coverage[n].target / DAYS_PER_WEEK);
  const warnings = applySupplementWarnings<PlanWarning, Warning>(view.warnings, result.profileWarnings, {
    diet: profile.diet,
    riskFactors: profile.riskFactors,
    intakes: memory?.fullIntakes ?? result.request.intakes,
    foodPerDay,
    foodByDay: view.days.map((day) => perNutrient((n) => day.coverage[n].total)),
    supplements,
  });
  return {
    ...result,
    view: { ...view, warnings: warnings.plan as PlanWarning[] },
    profileWarnings: warnings.profile,
    memory: {
      eaten: eatenCoverage(result.plan.logs, dailyTargetsOf(view)),
      supplements: supplementedCoverage(foodPerDay, targetPerDay, supplements),
    },
  };
}
