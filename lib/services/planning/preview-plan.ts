import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import type { DietaryProfile } from "../../nutrition/profile";
import { profileWarnings, type Warning } from "../../nutrition/warnings";
import { viewPlan, type PlanView } from "../../planner/plan-view";
import type { SolverReport } from "../../planner/types";
import { loadDishes, planRequestFor } from "./planning-context";
import { solveInWorker } from "./solver-pool";

/** A plan for a profile given in the request: nothing is saved (try-before-sign-up). */
export async function previewPlan(
  profile: DietaryProfile,
  db: Database | Promise<Database> = getDatabase(),
): Promise<{ view: PlanView; solver: SolverReport; profileWarnings: Warning[] }> {
  const request = planRequestFor(profile, await loadDishes(await db), new Date());
  const plan = await solveInWorker(request);
  return {
    view: viewPlan(plan.days, request),
    solver: plan.solver,
    profileWarnings: profileWarnings(profile, new Date()),
  };
}
