import { getDatabase, type Db } from "@/lib/db";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { profileWarnings, type Warning } from "@/lib/nutrition/warnings";
import { viewPlan, type PlanView } from "@/lib/planner/plan-view";
import type { HardRuleViolation, SolverReport } from "@/lib/planner/types";
import { loadPlanningCatalogue, planRequestFor } from "@/lib/services/planning/planning-context";
import { solveInWorker } from "@/lib/services/planning/solver-pool";

/** A plan for a profile given in the request: nothing is saved (try-before-sign-up). */
export async function previewPlan(
  profile: DietaryProfile,
  db: Db = getDatabase(),
): Promise<{
  view: PlanView;
  solver: SolverReport;
  profileWarnings: Warning[];
  violations: HardRuleViolation[];
}> {
  const request = planRequestFor(profile, await loadPlanningCatalogue(await db), new Date());
  const plan = await solveInWorker(request);
  return {
    view: viewPlan(plan.days, request, plan.favouring),
    solver: plan.solver,
    profileWarnings: profileWarnings(profile, new Date()),
    violations: plan.violations,
  };
}
