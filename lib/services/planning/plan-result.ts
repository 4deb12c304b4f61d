import type { StoredPlan } from "@/lib/db/plans";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { profileWarnings, type Warning } from "@/lib/nutrition/warnings";
import { viewPlan, type PlanView } from "@/lib/planner/plan-view";
import { resolveRequest } from "@/lib/planner/request";
import { checkHardRules } from "@/lib/planner/score";
import type { HardRuleViolation, PlanDay, PlanRequest } from "@/lib/planner/types";

export interface PlanResult {
  plan: StoredPlan;
  view: PlanView;
  profileWarnings: Warning[];
  /** The hard rules the plan as saved breaks (as the planner's WeekPlan.violations; swaps included). */
  violations: HardRuleViolation[];
  request: PlanRequest;
}

export function daysOf(entries: StoredPlan["entries"]): PlanDay[] {
  return Array.from({ length: 7 }, (_, day) => ({
    day,
    meals: entries
      .filter((entry) => entry.day === day)
      .map((entry) => ({
        slot: entry.slot,
        dishId: entry.recipeId,
        portion: entry.portion,
        locked: entry.locked,
        ...(entry.sides.length > 0 ? { sides: entry.sides.map((side) => ({ ...side })) } : {}),
      })),
  }));
}

export function planResult(
  plan: StoredPlan,
  request: PlanRequest,
  profile: DietaryProfile,
  asOf = new Date(),
): PlanResult {
  const days = daysOf(plan.entries);
  return {
    plan,
    view: viewPlan(days, request),
    profileWarnings: profileWarnings(profile, asOf),
    violations: checkHardRules(days, resolveRequest(request)),
    request,
  };
}
