import type { StoredPlan } from "@/lib/db/plans";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { profileWarnings, type Warning } from "@/lib/nutrition/warnings";
import { viewPlan, type PlanView } from "@/lib/planner/plan-view";
import { resolveRequest } from "@/lib/planner/request";
import { checkHardRules } from "@/lib/planner/score";
import type { HardRuleViolation, PlanDay, PlanRequest } from "@/lib/planner/types";
import { withMemoryView, type PlanMemoryView } from "@/lib/services/memory/plan-memory-view";
import { viewRequestOf } from "@/lib/services/memory/planning-memory";

export interface PlanResult {
  plan: StoredPlan;
  view: PlanView;
  profileWarnings: Warning[];
  /** The hard rules the plan as saved breaks (as the planner's WeekPlan.violations; swaps included). */
  violations: HardRuleViolation[];
  request: PlanRequest;
  /** Eaten and supplement coverage (ADR 021). */
  memory: PlanMemoryView;
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
  const base = {
    plan,
    view: viewPlan(days, viewRequestOf(request)),
    profileWarnings: profileWarnings(profile, asOf),
    violations: checkHardRules(days, resolveRequest(request)),
    request,
  };
  return withMemoryView(base, profile);
}
