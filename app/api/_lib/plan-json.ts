import type { Warning } from "@/lib/nutrition/warnings";
import type { PlanView } from "@/lib/planner/plan-view";
import type { PlanWarning } from "@/lib/planner/plan-warnings";
import type { SolverReport } from "@/lib/planner/types";
import { dayOfWeek } from "@/lib/planner/week";
import type { PlanResult } from "@/lib/services/planning/plan-result";

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function coverageJson(coverage: PlanView["coverage"]) {
  return Object.fromEntries(
    Object.entries(coverage).map(([key, c]) => [
      key,
      {
        total: round(c.total),
        target: round(c.target),
        percent: round(c.percent, 1),
        lowerBound: c.lowerBound,
        flagged: c.flagged,
      },
    ]),
  );
}

function warningsJson(plan: PlanWarning[], profile: Warning[]) {
  return [
    ...plan.map(({ code, severity, nutrient, title, message }) => ({
      code,
      severity,
      nutrient: nutrient ?? null,
      title,
      message,
    })),
    // A plan warning is the more specific one (e.g. vegan-b12 with this week's gap in µg).
    ...profile
      .filter((warning) => !plan.some((p) => p.code === warning.code))
      .map(({ code, severity, nutrient, title, message }) => ({
        code,
        severity,
        nutrient,
        title,
        message,
      })),
  ];
}

export function planViewJson(
  view: PlanView,
  solver: Pick<SolverReport, "status" | "objective" | "bound" | "gapPercent" | "ms">,
  profileWarnings: Warning[],
  weekStart?: string,
) {
  return {
    days: view.days.map((day) => ({
      day: day.day,
      date: weekStart ? dayOfWeek(weekStart, day.day) : null,
      meals: day.meals.map((meal) => ({
        slot: meal.slot,
        recipeId: meal.recipeId,
        recipeName: meal.recipeName,
        servings: meal.servings,
        locked: meal.locked,
        ...Object.fromEntries(Object.entries(meal.nutrients).map(([key, value]) => [key, round(value)])),
      })),
      coverage: coverageJson(day.coverage),
    })),
    coverage: coverageJson(view.coverage),
    warnings: warningsJson(view.warnings, profileWarnings),
    solver: {
      status: solver.status,
      objective: round(solver.objective, 3),
      bound: round(solver.bound, 3),
      gapPercent: round(solver.gapPercent, 2),
      ms: Math.round(solver.ms),
    },
  };
}

export function planJson(result: PlanResult) {
  return {
    id: result.plan.id,
    weekStart: result.plan.weekStart,
    profileVersion: result.plan.profileVersion,
    ...planViewJson(result.view, result.plan.solver, result.profileWarnings, result.plan.weekStart),
  };
}
