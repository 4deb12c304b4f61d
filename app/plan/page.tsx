import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/plan/action-button";
import { AlternativesPanel } from "@/components/plan/alternatives-panel";
import { CoverageSummary } from "@/components/plan/coverage-summary";
import { PlanFollowBanners } from "@/components/plan/plan-follow-banners";
import { BuildWeekButton } from "@/components/plan/build-week-button";
import { FavouringNote } from "@/components/plan/favouring-note";
import { PlanWarnings } from "@/components/plan/plan-warnings";
import { WeekFacts } from "@/components/plan/week-facts";
import { WeekGrid } from "@/components/plan/week-grid";
import { planMemoryHooks, PlanMemorySection } from "@/components/memory/plan-memory";
import { LessOftenQuestion } from "@/components/memory/less-often-question";
import { getLessOftenQuestion } from "@/lib/services/memory/get-less-often-question";
import { listRatings } from "@/lib/services/memory/list-ratings";
import { requireUser } from "@/lib/auth/server";
import { isAppError } from "@/lib/errors/app-error";
import { longDate, shiftWeek, weekStartOf } from "@/lib/planner/week";
import { searchParamsToObject } from "@/lib/schemas/catalogue";
import { ZPlanPageQuerySchema } from "@/lib/schemas/plan";
import { listMealAlternatives } from "@/lib/services/planning/change-meal";
import { getWeeklyPlan, listPlannedWeeks } from "@/lib/services/planning/get-weekly-plan";
import { ProfileFirst } from "@/components/profile-first";
import {
  changeSideAction,
  generatePlanAction,
  lockMealAction,
  swapMealAction,
  undoPlanChangeAction,
} from "@/app/plan/actions";
import { SideOptionsPanel } from "@/components/plan/side-options-panel";
import { listSideOptions } from "@/lib/services/planning/change-side";

export const metadata: Metadata = { title: "Your week" };

/** The week's plan, or "profile first" when the user has none yet (null: no plan this week). */
async function loadWeek(userId: string, weekStart: string) {
  try {
    return { result: await getWeeklyPlan(userId, { weekStart }) };
  } catch (error) {
    if (isAppError(error) && error.code === "PROFILE_REQUIRED") return "profile-required" as const;
    throw error;
  }
}

type WeekResult = NonNullable<Exclude<Awaited<ReturnType<typeof loadWeek>>, "profile-required">["result"]>;
type PageQuery = NonNullable<ReturnType<typeof ZPlanPageQuerySchema.safeParse>["data"]>;

/** What the swap (`?swap=`) and side (`?side=`) panels show: the meal, and what it could be instead. */
async function loadPanels(
  userId: string,
  result: WeekResult | null,
  requestedSwap: PageQuery["swap"],
  sidePlace: PageQuery["side"],
) {
  const swap = result ? (requestedSwap ?? null) : null;
  const alternatives =
    result && swap ? await listMealAlternatives(userId, { planId: result.plan.id, ...swap }) : null;
  const sideMeal =
    result && sidePlace
      ? result.view.days[sidePlace.day]?.meals.find((m) => m.slot === sidePlace.slot)
      : undefined;
  const sideOptions =
    result && sidePlace && sideMeal
      ? await listSideOptions(userId, { planId: result.plan.id, ...sidePlace })
      : null;
  const swapped =
    result && swap ? result.view.days[swap.day]?.meals.find((meal) => meal.slot === swap.slot) : undefined;

  return { swap, alternatives, swapped, sideMeal, sideOptions };
}

/** The open swap panel (alternatives to one meal) and side panel (other sides for one place). */
function MealChangePanels({
  result,
  weekStart,
  panels: { swap, alternatives, swapped, sideMeal, sideOptions },
  sidePlace,
  ratings,
}: {
  result: WeekResult;
  weekStart: string;
  panels: Awaited<ReturnType<typeof loadPanels>>;
  sidePlace: PageQuery["side"];
  ratings: Awaited<ReturnType<typeof listRatings>>;
}) {
  return (
    <>
      {swap && alternatives && swapped && (
        <AlternativesPanel
          planId={result.plan.id}
          weekStart={weekStart}
          day={swap.day}
          slot={swap.slot}
          currentName={swapped.recipeName}
          alternatives={alternatives}
          ratingOf={(recipeId) => ratings.find((entry) => entry.recipeId === recipeId)?.rating ?? null}
          swapAction={swapMealAction}
        />
      )}
      {sidePlace && sideMeal && sideOptions && (
        <SideOptionsPanel
          planId={result.plan.id}
          weekStart={weekStart}
          place={sidePlace}
          mealName={sideMeal.recipeName}
          currentName={sideMeal.sides[sidePlace.position]?.name ?? null}
          options={sideOptions}
          changeSideAction={changeSideAction}
        />
      )}
    </>
  );
}

/** The week's title, the links to the weeks around it and its list, undo and regenerate. */
function WeekHeader({ weekStart, result }: { weekStart: string; result: WeekResult | null }) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold">Week of {longDate(weekStart)}</h1>
        <nav aria-label="Weeks" className="mt-1 flex flex-wrap gap-3 text-sm">
          <Link className="text-primary underline" href={`/plan?week=${shiftWeek(weekStart, -1)}`}>
            ← Previous week
          </Link>
          <Link className="text-primary underline" href={`/plan?week=${shiftWeek(weekStart, 1)}`}>
            Next week →
          </Link>
          {result && (
            <Link className="text-primary underline" href={`/shopping?week=${weekStart}`}>
              Shopping list
            </Link>
          )}
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
          <BuildWeekButton
            action={generatePlanAction}
            weekStart={weekStart}
            label="Regenerate unlocked meals"
            testId="regenerate"
          />
        </div>
      )}
    </header>
  );
}

/** Every planned week, each with its shopping list. */
function PlannedWeeksNav({
  weeks,
  weekStart,
}: {
  weeks: Awaited<ReturnType<typeof listPlannedWeeks>>;
  weekStart: string;
}) {
  if (weeks.length === 0) return null;
  return (
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
              {longDate(week.weekStart)}
            </Link>{" "}
            (
            <Link
              className="text-primary underline"
              href={`/shopping?week=${week.weekStart}`}
              data-testid={`shopping-list-${week.weekStart}`}
            >
              Shopping list
            </Link>
            )
          </li>
        ))}
      </ul>
    </nav>
  );
}

export default async function PlanPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("/plan");
  const params = searchParamsToObject(await searchParams);
  const query = ZPlanPageQuerySchema.safeParse(params);
  // A malformed ?week= or ?swap= shows this week without the swap panel rather than an error page.
  const {
    week: weekStart,
    swap: requestedSwap,
    side: sidePlace,
  } = query.success ? query.data : { week: weekStartOf(undefined), swap: undefined, side: undefined };
  const week = await loadWeek(user.id, weekStart);
  if (week === "profile-required")
    return (
      <ProfileFirst
        title="Your week"
        why="The planner needs your diet, allergies and the nutrients you want more of."
      />
    );
  const { result } = week;
  const [weeks, ratings, lessOften] = await Promise.all([
    listPlannedWeeks(user.id),
    listRatings(user.id),
    getLessOftenQuestion(user.id),
  ]);
  const panels = await loadPanels(user.id, result, requestedSwap, sidePlace);

  return (
    <div className="space-y-6">
      <WeekHeader weekStart={weekStart} result={result} />

      {!result ? (
        <section className="space-y-3 rounded-lg border border-dashed border-border p-6 text-center">
          <p>No plan for this week yet.</p>
          <BuildWeekButton
            action={generatePlanAction}
            weekStart={weekStart}
            label="Generate this week"
            showSuccess
            testId="generate"
          />
        </section>
      ) : (
        <>
          {lessOften && <LessOftenQuestion question={lessOften} />}
          <MealChangePanels
            result={result}
            weekStart={weekStart}
            panels={panels}
            sidePlace={sidePlace}
            ratings={ratings}
          />
          <PlanFollowBanners weekStart={weekStart} follow={result.follow} action={generatePlanAction} />
          <FavouringNote favouring={result.view.favouring} />
          <div className="grid gap-6 lg:grid-cols-2">
            <CoverageSummary view={result.view} />
            <PlanWarnings planWarnings={result.view.warnings} profileWarnings={result.profileWarnings} />
          </div>
          <PlanMemorySection result={result} />
          <WeekGrid
            planId={result.plan.id}
            weekStart={weekStart}
            days={result.view.days}
            lockAction={lockMealAction}
            {...planMemoryHooks(
              result.plan.id,
              new Map(ratings.map((r) => [r.recipeId, r.rating])),
              result.plan.logs,
              result.memory.eaten.days,
            )}
            changeSideAction={changeSideAction}
          />
          <WeekFacts follow={result.follow} b12Spread={result.view.b12Spread} />
          <p className="text-xs text-muted-foreground" data-testid="solver">
            Planned in {result.plan.solver.ms} ms · solver {result.plan.solver.status} · within{" "}
            {result.plan.solver.gapPercent.toFixed(1)} % of the best possible plan · built for profile version{" "}
            {result.plan.profileVersion}
          </p>
        </>
      )}

      <PlannedWeeksNav weeks={weeks} weekStart={weekStart} />
    </div>
  );
}
