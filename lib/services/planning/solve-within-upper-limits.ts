import type { PlanRequest, WeekPlan } from "@/lib/planner/types";
import {
  eatenRequestOf,
  weekViolations,
  type PlanningCatalogue,
} from "@/lib/services/planning/planning-context";
import { solveInWorker } from "@/lib/services/planning/solver-pool";

/**
 * Solves a week (in a worker) so that no day is above a daily upper limit. The planner counts calcium
 * milk-equivalent, which is less than calcium eaten for spinach or beans, and the upper limit applies to
 * calcium eaten (docs/NUTRITION.md): when the solved week passes one on calcium eaten, it is solved again with
 * calcium as eaten, which the planner then keeps under the limit.
 */
export async function solveWithinUpperLimits(
  request: PlanRequest,
  catalogue: PlanningCatalogue,
): Promise<WeekPlan> {
  const solved = await solveInWorker(request);
  const aboveLimit = weekViolations(solved.days, request, catalogue).some((v) => v.rule === "upper-limit");
  return aboveLimit ? solveInWorker(eatenRequestOf(request, catalogue)) : solved;
}
