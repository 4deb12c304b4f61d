import type { Metadata } from "next";
import Link from "next/link";
import { ProfileFirst } from "@/components/profile-first";
import { AddExtraForm } from "@/components/shopping/add-extra-form";
import { Checklist } from "@/components/shopping/checklist";
import { ClearCheckedButton } from "@/components/shopping/clear-checked-button";
import { OfflineSupport } from "@/components/shopping/offline-support";
import { PrintButton } from "@/components/shopping/print-button";
import { ShoppingChecklist, type ShoppingAisle } from "@/components/shopping/shopping-checklist";
import { orNotFound } from "@/app/_lib/page-data";
import { requireUser } from "@/lib/auth/server";
import { isAppError } from "@/lib/errors/app-error";
import { longDate, shiftWeek, weekStartOf } from "@/lib/planner/week";
import { ZShoppingPageQuerySchema } from "@/lib/schemas/plan";
import { getShoppingList, type ShoppingListView } from "@/lib/services/shopping/get-shopping-list";
import { haveItemAction } from "@/app/pantry/actions";
import { addExtraAction, checkExtraAction, clearCheckedAction } from "@/app/shopping/actions";

export const metadata: Metadata = { title: "Shopping list" };

type Search = Promise<Record<string, string | string[] | undefined>>;

function aislesOf(list: ShoppingListView): ShoppingAisle[] {
  return list.aisles.map((aisle) => ({
    aisle: aisle.aisle,
    label: aisle.label,
    rows: aisle.items.map((item) => ({
      foodId: item.foodId,
      name: item.name,
      display: item.display,
      need: item.need,
      checked: item.checked,
      inPantry: item.inPantry,
      haveGrams: item.grams * item.gramsOfFoodPerGram,
    })),
  }));
}

function WeekLinks({ weekStart, weeks }: { weekStart: string; weeks: number }) {
  const link = "text-primary underline";
  return (
    <nav aria-label="Weeks" className="flex flex-wrap gap-x-4 gap-y-1 text-sm print:hidden">
      <Link className={link} href={`/shopping?week=${shiftWeek(weekStart, -1)}`}>
        ← Previous week
      </Link>
      <Link className={link} href={`/shopping?week=${shiftWeek(weekStart, 1)}`}>
        Next week →
      </Link>
      {weeks === 1 ? (
        <Link className={link} href={`/shopping?week=${weekStart}&weeks=2`}>
          This week and next
        </Link>
      ) : (
        <Link className={link} href={`/shopping?week=${weekStart}`}>
          Just this week
        </Link>
      )}
    </nav>
  );
}

/** `?plan=<id>`, or the weeks from `?week=` (this week by default); "profile-required" without a profile. */
async function loadList(userId: string, query: { plan?: number; week?: string; weeks?: number }) {
  try {
    return query.plan !== undefined
      ? await getShoppingList(userId, { planId: query.plan })
      : await getShoppingList(userId, { weekStart: weekStartOf(query.week), weeks: query.weeks ?? 1 });
  } catch (error) {
    if (isAppError(error) && error.code === "PROFILE_REQUIRED") return "profile-required" as const;
    throw error;
  }
}

/** The list's title, weeks, household and exports. */
function ListHeader({ list }: { list: ShoppingListView }) {
  const first = list.plan.weekStart;
  const last = list.plans.at(-1)?.weekStart ?? first;
  const checkedCount =
    list.items.filter((item) => item.checked).length + list.extras.filter((e) => e.checked).length;
  return (
    <header className="flex flex-wrap items-center justify-between gap-3">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold print:text-base">Shopping list</h1>
        <p className="text-sm text-muted-foreground print:text-xs">
          {last === first ? `Week of ${longDate(first)}` : `Weeks of ${longDate(first)} to ${longDate(last)}`}{" "}
          · for {list.householdSize} {list.householdSize === 1 ? "person" : "people"} · what you have at home
          is taken off
          <span className="print:hidden">
            {" "}
            (
            <Link className="text-primary underline" href="/pantry">
              pantry
            </Link>
            )
          </span>
        </p>
        <WeekLinks weekStart={first} weeks={list.plans.length} />
      </div>
      <div className="flex flex-wrap gap-2 print:hidden">
        <PrintButton />
        <a
          className="inline-flex h-10 items-center rounded-md border border-input px-3 text-sm hover:bg-muted"
          href={`/api/plans/${list.plan.id}/shopping-list.csv`}
        >
          CSV
        </a>
        <a
          className="inline-flex h-10 items-center rounded-md border border-input px-3 text-sm hover:bg-muted"
          href={`/api/plans/${list.plan.id}/calendar.ics`}
        >
          Calendar (.ics)
        </a>
        {checkedCount > 0 && (
          <ClearCheckedButton action={clearCheckedAction} planId={list.plan.id} count={checkedCount} />
        )}
      </div>
    </header>
  );
}

/** Free-text items beside the planned foods. */
function AlsoBuy({ list }: { list: ShoppingListView }) {
  return (
    <section aria-labelledby="extras" className="space-y-2 break-inside-avoid">
      <h2 id="extras" className="text-lg font-semibold print:text-sm">
        Also buy
      </h2>
      {list.extras.length > 0 && (
        <Checklist
          label="Also buy"
          action={checkExtraAction}
          rows={list.extras.map((extra) => ({
            key: `extra-${extra.id}`,
            label: extra.text,
            checked: extra.checked,
            fields: { planId: list.plan.id, id: extra.id },
          }))}
        />
      )}
      <div className="print:hidden">
        <AddExtraForm planId={list.plan.id} action={addExtraAction} />
      </div>
    </section>
  );
}

export default async function ShoppingPage({ searchParams }: { searchParams: Search }) {
  const user = await requireUser("/shopping");
  // A page, not an API: an unreadable query shows this week instead of an error page.
  const parsed = ZShoppingPageQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : {};
  const weekStart = weekStartOf(query.week);
  const list = await orNotFound(loadList(user.id, query));
  if (list === "profile-required") {
    return (
      <ProfileFirst
        title="Shopping list"
        why="Your list comes from your weekly plan, and the planner needs your diet first."
      />
    );
  }
  if (!list) {
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">Shopping list</h1>
        <p>
          There is no plan for the week of {longDate(weekStart)} yet.{" "}
          <Link className="text-primary underline" href="/plan">
            Plan your week
          </Link>{" "}
          and its shopping list appears here.
        </p>
        <WeekLinks weekStart={weekStart} weeks={1} />
      </section>
    );
  }
  return (
    <div className="shopping-page space-y-6 print:space-y-2">
      <ListHeader list={list} />
      <OfflineSupport />
      <ShoppingChecklist
        aisles={aislesOf(list)}
        planIds={list.plans.map((plan) => plan.id)}
        haveAction={haveItemAction}
      />
      <AlsoBuy list={list} />
    </div>
  );
}
