import { getDatabase, type Db } from "@/lib/db";
import { plannedEnergyTarget } from "@/lib/nutrition/energy";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { profileWarnings, type Warning } from "@/lib/nutrition/warnings";
import { planCalcium } from "@/lib/planner/counted-calcium";
import { followWarnings, type PlanFollow } from "@/lib/planner/follow-warnings";
import { viewPlan, type PlanView } from "@/lib/planner/plan-view";
import { explainInfeasibility } from "@/lib/planner/relaxations";
import { resolveRequest } from "@/lib/planner/request";
import type { HardRuleViolation, SolverReport } from "@/lib/planner/types";
import { weekVariety } from "@/lib/planner/week-variety";
import {
  dislikesOf,
  filledWeek,
  eatenRequestOf,
  loadPlanningCatalogue,
  planRequestFor,
  weekViolations,
} from "@/lib/services/planning/planning-context";
import { solveWithinUpperLimits } from "@/lib/services/planning/solve-within-upper-limits";

/** A plan for a profile given in the request: nothing is saved (try-before-sign-up). */
export async function previewPlan(
  profile: DietaryProfile,
  db: Db = getDatabase(),
): Promise<{
  view: PlanView;
  solver: SolverReport;
  profileWarnings: Warning[];
  violations: HardRuleViolation[];
  follow: PlanFollow;
}> {
  const asOf = new Date();
  const catalogue = await loadPlanningCatalogue(await db);
  const request = planRequestFor(profile, catalogue, asOf);
  const solved = await solveWithinUpperLimits(request, catalogue);
  const plan = { ...solved, days: filledWeek(solved.days, request, catalogue) };
  const violations = weekViolations(plan.days, request, catalogue);
  const infeasibility = explainInfeasibility(
    resolveRequest(request),
    violations,
    dislikesOf(profile, catalogue),
  );
  return {
    view: viewPlan(plan.days, request, plan.favouring, eatenRequestOf(request, catalogue)),
    solver: plan.solver,
    profileWarnings: profileWarnings(profile, asOf),
    violations,
    follow: {
      conflicts: [],
      drift: null,
      infeasibility,
      variety: weekVariety(plan.days, null),
      calcium: planCalcium(plan.days, catalogue.calcium),
      warnings: followWarnings({
        conflicts: [],
        drift: null,
        infeasibility,
        energyRaisedFromKcal: plannedEnergyTarget(profile, asOf).raisedFromKcal,
      }),
    },
  };
}
