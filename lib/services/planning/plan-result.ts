import type { Database } from "@/lib/db/client";
import { findPlanForWeek, type StoredPlan } from "@/lib/db/plans";
import { findProfileVersion } from "@/lib/db/profiles";
import { plannedEnergyTarget } from "@/lib/nutrition/energy";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { profileWarnings, type Warning } from "@/lib/nutrition/warnings";
import { planCalcium } from "@/lib/planner/counted-calcium";
import { followWarnings, type PlanFollow } from "@/lib/planner/follow-warnings";
import { viewPlan, type PlanView } from "@/lib/planner/plan-view";
import { planConflicts, profileDrift } from "@/lib/planner/profile-conflicts";
import { explainInfeasibility } from "@/lib/planner/relaxations";
import { resolveRequest } from "@/lib/planner/request";
import type { HardRuleViolation, PlanDay, PlanRequest } from "@/lib/planner/types";
import { shiftWeek, weekStartOf } from "@/lib/planner/week";
import { weekVariety } from "@/lib/planner/week-variety";
import {
  eatenRequestOf,
  weekViolations,
  withRelaxations,
  type PlanningContext,
} from "@/lib/services/planning/planning-context";
import { withMemoryView, type PlanMemoryView } from "@/lib/services/memory/plan-memory-view";
import { viewRequestOf } from "@/lib/services/memory/planning-memory";

export interface PlanResult {
  plan: StoredPlan;
  view: PlanView;
  profileWarnings: Warning[];
  /** The hard rules the plan as saved breaks (as the planner's WeekPlan.violations; swaps included). */
  violations: HardRuleViolation[];
  request: PlanRequest;
  /** Conflicts (this and later weeks only: past weeks were eaten), infeasibility, variety, calcium. */
  follow: PlanFollow;
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
        ...(entry.sides.length > 0 ? { sides: entry.sides.map((side) => ({ ...side })) } : {}),
      })),
  }));
}

/** What a plan is compared with beside the current profile: the week before and the profile it was built for. */
export interface PlanSurroundings {
  lastWeekDishIds: number[] | null;
  builtFor: DietaryProfile | null;
}

export function planResult(
  plan: StoredPlan,
  baseContext: PlanningContext,
  surroundings: PlanSurroundings = { lastWeekDishIds: null, builtFor: null },
): PlanResult {
  const context = withRelaxations(baseContext, plan.relaxations);
  const { request, asOf } = context;
  const days = daysOf(plan.entries);
  const req = resolveRequest(request);
  const violations = weekViolations(days, request, context.catalogue);
  const current = plan.weekStart >= weekStartOf(undefined, asOf);
  const conflicts = current ? planConflicts(days, req.dishById, context.rules) : [];
  const drift =
    current && surroundings.builtFor && plan.profileVersion !== context.profileVersion
      ? profileDrift(
          {
            energyTargetKcal: plannedEnergyTarget(surroundings.builtFor, asOf).kcal,
            favouredNutrients: surroundings.builtFor.favouredNutrients,
          },
          {
            energyTargetKcal: request.energyTargetKcal,
            favouredNutrients: context.profile.favouredNutrients,
          },
        )
      : null;
  const infeasibility = explainInfeasibility(req, violations, context.dislikes);
  // Coverage is shown against the full targets, before supplements took their share (ADR 021).
  const viewRequest = viewRequestOf(request);
  const base = {
    plan,
    view: viewPlan(days, viewRequest, plan.favouring, eatenRequestOf(viewRequest, context.catalogue)),
    profileWarnings: profileWarnings(context.profile, asOf),
    violations,
    request,
    follow: {
      conflicts,
      drift,
      infeasibility,
      variety: weekVariety(days, surroundings.lastWeekDishIds),
      calcium: planCalcium(days, context.catalogue.calcium),
      warnings: followWarnings({
        conflicts,
        drift,
        infeasibility,
        energyRaisedFromKcal: plannedEnergyTarget(context.profile, asOf).raisedFromKcal,
      }),
    },
  };
  return withMemoryView(base, context.profile);
}

/** planResult with what it is compared with loaded: last week's plan and the profile version it was built for. */
export async function readPlanResult(
  database: Database,
  userId: string,
  plan: StoredPlan,
  context: PlanningContext,
): Promise<PlanResult> {
  const [lastWeek, builtFor] = await Promise.all([
    findPlanForWeek(database, userId, shiftWeek(plan.weekStart, -1)),
    plan.profileVersion === context.profileVersion
      ? null
      : findProfileVersion(database, userId, plan.profileVersion),
  ]);
  return planResult(plan, context, {
    lastWeekDishIds: lastWeek ? lastWeek.entries.map((entry) => entry.recipeId) : null,
    builtFor,
  });
}
