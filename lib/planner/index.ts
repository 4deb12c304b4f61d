// Public API of the pure weekly planner.
export * from "./types";
export { dishFromRecipe } from "./dish";
export { candidatesBySlot, exclusionReason, resolveRequest, type ResolvedRequest } from "./request";
export { planWeek, planWeekWith, PLANNER_TUNING } from "./plan-week";
export { warmUpPlanner, getHighs } from "./highs";
export { OBJECTIVE_WEIGHTS, planObjective, type ObjectiveBreakdown } from "./objective";
export { scorePlan, scoreResolved, checkHardRules, type PlanScore, type PlanLike } from "./score";
export { randomPlan, greedyPlan } from "./baselines";
export { referenceSolve, type ReferenceResult } from "./reference";
export {
  explainPlan,
  explainResolved,
  type PlanExplanation,
  type NutrientExplanation,
  type B12Sources,
} from "./explain";
