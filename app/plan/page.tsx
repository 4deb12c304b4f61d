import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/plan/action-button";
import { AlternativesPanel } from "@/components/plan/alternatives-panel";
import { CoverageSummary } from "@/components/plan/coverage-summary";
import { PlanWarnings } from "@/components/plan/plan-warnings";
import { WeekGrid } from "@/components/plan/week-grid";
import { requireUser } from "@/lib/auth/server";
import { MEAL_TYPES, type MealType } from "@/lib/nutrition/types";
import { mondayOf, shiftWeek } from "@/lib/planner/week";
import { ZWeekQuerySchema } from "@/lib/schemas/plan";
import { listMealAlternatives } from "@/lib/services/planning/change-meal";
import { getWeeklyPlan, listPlannedWeeks } from "@/lib/services/planning/get-weekly-plan";
import { ProfileRequiredError } from "@/lib/services/planning/planning-context";
import { generatePlanAction, lockMealAction, swapMealAction, undoPlanChangeAction } from "@/app/plan/actions";

export const metadata: Metadata = { title: "Your week" };

const weekFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function parseSwap(value: string | undefined): { day: number; slot: MealType } | null {
  const match = /^([0-6])-([a-z]+)$/.exec(value ?? "");
  const slot = match?.[2];
  return match && slot && (MEAL_TYPES as readonly string[]).includes(slot)
    ? { day: Number(match[1]), slot: slot as MealType }
    : null;
}

export default async function PlanPage({
  searchParams,
}: {
  searchParams: Promise<{ week?: string; swap?: string }>;
}) {
  const user = await requireUser("/plan");
  const params = await searchParams;
  const query = ZWeekQuerySchema.safeParse({ week: params.week || undefined });
  const weekStart = mondayOf(
    query.success && query.data.week ? new Date(`${query.data.week}T00:00:00Z`) : new Date(),
  );

  let result;
  try {
    result = await getWeeklyPlan(user.id, { weekStart });
  } catch (error) {
    if (!(error instanceof ProfileRequiredError)) throw error;
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">Your week</h1>
        <p>
          The planner needs your diet, allergies and the nutrients you want more of.{" "}
          <Link className="text-primary underline" href="/profile">
            Fill in your profile
          </Link>{" "}
          first.
        </p>
      </section>
    );
  }
  const weeks = await listPlannedWeeks(user.id);
  const swap = result ? parseSwap(params.swap) : null;
  const alternatives =
    result && swap ? await listMealAlternatives(user.id, { planId: result.plan.id, ...swap }) : null;
  const swapped =
    result && swap ? result.view.days[swap.day]?.meals.find((meal) => meal.slot === swap.slot) : undefined;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">
            Week of {weekFormat.format(new Date(`${weekStart}T00:00:00Z`))}
          </h1>
          <nav aria-label="Weeks" className="mt-1 flex flex-wrap gap-3 text-sm">
            <Link className="text-primary underline" href={`/plan?week=${shiftWeek(weekStart, -1)}`}>
              ← Previous week
            </Link>
            <Link className="text-primary underline" href={`/plan?week=${shiftWeek(weekStart, 1)}`}>
              Next week →
            </Link>
          </nav>
        </div>
        {result && (
          <div className="flex flex-wrap items-start gap-2">
            {result.plan.undoLabel && (
              <ActionButton
                action={undoPlanChangeAction}
                fields={{ planId: result.plan.id }}
                label={`Undo ${result.plan.undoLabel}`}
                pendingLabel="Undoing…"
                variant="outline"
                testId="undo"
              />
            )}
            <ActionButton
              action={generatePlanAction}
              fields={{ week: weekStart }}
              label="Regenerate unlocked meals"
              pendingLabel="Building your week…"
              testId="regenerate"
            />
          </div>
        )}
      </header>

      {!result ? (
        <section className="space-y-3 rounded-lg border border-dashed border-border p-6 text-center">
          <p>No plan for this week yet.</p>
          <ActionButton
            action={generatePlanAction}
            fields={{ week: weekStart }}
            label="Generate this week"
            pendingLabel="Building your week… (usually about a second)"
            showSuccess
            testId="generate"
          />
        </section>
      ) : (
        <>
          {swap && alternatives && swapped && (
            <AlternativesPanel
              planId={result.plan.id}
              weekStart={weekStart}
              day={swap.day}
              slot={swap.slot}
              currentName={swapped.recipeName}
              alternatives={alternatives}
              swapAction={swapMealAction}
            />
          )}
          <div className="grid gap-6 lg:grid-cols-2">
            <CoverageSummary view={result.view} />
            <PlanWarnings planWarnings={result.view.warnings} profileWarnings={result.profileWarnings} />
          </div>
          <WeekGrid
            planId={result.plan.id}
            weekStart={weekStart}
            days={result.view.days}
            lockAction={lockMealAction}
          />
          <p className="text-xs text-muted-foreground" data-testid="solver">
            Planned in {result.plan.solver.ms} ms · solver {result.plan.solver.status} · within{" "}
            {result.plan.solver.gapPercent.toFixed(1)} % of the best possible plan · built for profile version{" "}
            {result.plan.profileVersion}
          </p>
        </>
      )}

      {weeks.length > 0 && (
        <nav aria-label="Planned weeks" className="text-sm">
          <h2 className="font-semibold">Planned weeks</h2>
          <ul className="flex flex-wrap gap-3">
            {weeks.map((week) => (
              <li key={week.id}>
                <Link
                  className="text-primary underline"
                  aria-current={week.weekStart === weekStart ? "page" : undefined}
                  href={`/plan?week=${week.weekStart}`}
                >
                  {weekFormat.format(new Date(`${week.weekStart}T00:00:00Z`))}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
