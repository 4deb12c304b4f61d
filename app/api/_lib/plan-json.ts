import type { Warning } from "@/lib/nutrition/warnings";
import type { PlanView } from "@/lib/planner/plan-view";
import type { PlanWarning } from "@/lib/planner/plan-warnings";
import type { PlanFollow } from "@/lib/planner/follow-warnings";
import { weekWarnings } from "@/lib/planner/week-warnings";
import type { HardRuleViolation, SolverReport } from "@/lib/planner/types";
import { dayOfWeek } from "@/lib/planner/week";
import type {
  TCoverage,
  TPlanDay,
  TPlanMeal,
  TPlanPreviewResponse,
  TPlanResponse,
  TPlanViolation,
  TPlanWarning,
} from "@/lib/schemas/api-responses";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { planFollowJson } from "@/app/api/_lib/plan-follow-json";
import { planMemoryJson } from "@/app/api/_lib/memory-json";

// Typed with the documented response schemas (lib/schemas/api-responses.ts), like json.ts. Callbacks that
// build objects declare their return type: only then does TypeScript reject a field the schema lacks.

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Object.entries + fromEntries that keeps the key type, so the result is checked against the schema. */
function mapValues<K extends string, V, W>(record: Record<K, V>, map: (value: V) => W) {
  const entries = Object.entries<V>(record).map(([key, value]) => [key, map(value)]);
  return Object.fromEntries(entries) as Record<K, W>;
}

function coverageJson(coverage: PlanView["coverage"]): TPlanPreviewResponse["coverage"] {
  return mapValues(coverage, (c): TCoverage => ({
    total: round(c.total),
    target: round(c.target),
    percent: round(c.percent, 1),
    lowerBound: c.lowerBound,
    flagged: c.flagged,
  }));
}

function warningsJson(plan: PlanWarning[], profile: Warning[]): TPlanPreviewResponse["warnings"] {
  return weekWarnings(plan, profile).map(({ code, severity, nutrient, title, message }): TPlanWarning => ({
    code,
    severity,
    nutrient: nutrient ?? null,
    title,
    message,
  }));
}

function violationJson(violation: HardRuleViolation): TPlanViolation {
  return {
    rule: violation.rule,
    day: violation.day ?? null,
    slot: violation.slot ?? null,
    dishId: violation.dishId ?? null,
    nutrient: violation.nutrient ?? null,
    amount: violation.amount === undefined ? null : round(violation.amount),
    limit: violation.limit === undefined ? null : round(violation.limit),
  };
}

export function planViewJson(
  view: PlanView,
  solver: Pick<SolverReport, "status" | "objective" | "bound" | "gapPercent" | "ms">,
  profileWarnings: Warning[],
  violations: HardRuleViolation[],
  follow: PlanFollow,
  weekStart?: string,
): TPlanPreviewResponse {
  return {
    ...planFollowJson(follow),
    days: view.days.map((day): TPlanDay => ({
      day: day.day,
      date: weekStart ? dayOfWeek(weekStart, day.day) : null,
      meals: day.meals.map((meal): TPlanMeal => ({
        slot: meal.slot,
        recipeId: meal.recipeId,
        recipeName: meal.recipeName,
        servings: meal.servings,
        locked: meal.locked,
        sides: meal.sides.map((side) => ({
          sideId: side.sideId,
          foodId: side.foodId,
          recipeId: side.recipeId,
          name: side.name,
          grams: round(side.grams, 0),
          servings: side.servings,
          energyKcal: round(side.nutrients.energyKcal, 0),
        })),
        ...mapValues(meal.nutrients, (value) => round(value)),
      })),
      coverage: coverageJson(day.coverage),
    })),
    coverage: coverageJson(view.coverage),
    warnings: warningsJson([...follow.warnings, ...view.warnings], profileWarnings),
    violations: violations.map(violationJson),
    b12Spread: view.b12Spread,
    favouring: view.favouring.map(({ nutrient, perDay, perDayWithoutFavouring }) => ({
      nutrient,
      perDay: round(perDay),
      perDayWithoutFavouring: round(perDayWithoutFavouring),
    })),
    solver: {
      status: solver.status,
      objective: round(solver.objective, 3),
      bound: round(solver.bound, 3),
      gapPercent: round(solver.gapPercent, 2),
      ms: Math.round(solver.ms),
    },
  };
}

export function planJson(result: PlanResult): TPlanResponse {
  return {
    id: result.plan.id,
    weekStart: result.plan.weekStart,
    profileVersion: result.plan.profileVersion,
    ...planViewJson(
      result.view,
      result.plan.solver,
      result.profileWarnings,
      result.violations,
      result.follow,
      result.plan.weekStart,
    ),
    relaxed: [...result.plan.relaxations],
    ...planMemoryJson(result.memory, result.plan.logs),
  };
}
