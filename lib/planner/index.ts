// Public API of the pure weekly planner.
export * from "@/lib/planner/types";
export { dishFromRecipe } from "@/lib/planner/dish";
export {
  candidatesBySlot,
  exclusionReason,
  resolveRequest,
  type ResolvedRequest,
} from "@/lib/planner/request";
export { planWeek, planWeekWith, PLANNER_TUNING } from "@/lib/planner/plan-week";
export { warmUpPlanner, getHighs } from "@/lib/planner/highs";
export { OBJECTIVE_WEIGHTS, planObjective, type ObjectiveBreakdown } from "@/lib/planner/objective";
export { scorePlan, scoreResolved, checkHardRules, type PlanScore, type PlanLike } from "@/lib/planner/score";
export { randomPlan, greedyPlan } from "@/lib/planner/baselines";
export { referenceSolve, type ReferenceResult } from "@/lib/planner/reference";
export {
  explainPlan,
  explainResolved,
  type PlanExplanation,
  type NutrientExplanation,
  type B12Sources,
} from "@/lib/planner/explain";
