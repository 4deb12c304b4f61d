import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/plan/action-button";
import { AddExtraForm } from "@/components/shopping/add-extra-form";
import { Checklist } from "@/components/shopping/checklist";
import { PrintButton } from "@/components/shopping/print-button";
import { orNotFound } from "@/app/_lib/page-data";
import { requireUser } from "@/lib/auth/server";
import { isAppError } from "@/lib/errors/app-error";
import { longDate, weekStartOf } from "@/lib/planner/week";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import {
  addExtraAction,
  checkExtraAction,
  checkItemAction,
  clearCheckedAction,
} from "@/app/shopping/actions";

export const metadata: Metadata = { title: "Shopping list" };

/** `?plan=<id>` or this week's list; "profile-required" when the user has no profile yet. */
async function loadList(userId: string, plan: string | undefined) {
  const parsed = ZIdParamSchema.safeParse({ id: plan });
  try {
    return parsed.success
      ? await getShoppingList(userId, { planId: parsed.data.id })
      : await getShoppingList(userId, { weekStart: weekStartOf(undefined) });
  } catch (error) {
    if (isAppError(error) && error.code === "PROFILE_REQUIRED") return "profile-required" as const;
    throw error;
  }
}

export default async function ShoppingPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const user = await requireUser("/shopping");
  const list = await orNotFound(loadList(user.id, (await searchParams).plan));
  if (list === "profile-required") {
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">Shopping list</h1>
        <p>
          Your list comes from your weekly plan, and the planner needs your diet first.{" "}
          <Link className="text-primary underline" href="/profile">
            Fill in your profile
          </Link>{" "}
          first.
        </p>
      </section>
    );
  }
  if (!list) {
    return (
      <section className="space-y-3">
        <h1 className="text-2xl font-bold">Shopping list</h1>
        <p>
          There is no plan for this week yet.{" "}
          <Link className="text-primary underline" href="/plan">
            Plan your week
          </Link>{" "}
          and its shopping list appears here.
        </p>
      </section>
    );
  }
  const checkedCount =
    list.items.filter((item) => item.checked).length + list.extras.filter((e) => e.checked).length;
  return (
    <div className="space-y-6 print:space-y-2">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Shopping list</h1>
          <p className="text-sm text-muted-foreground">
            Week of {longDate(list.plan.weekStart)} · for {list.householdSize}{" "}
            {list.householdSize === 1 ? "person" : "people"} ·{" "}
            <Link className="text-primary underline print:hidden" href="/pantry">
              what you have at home
            </Link>{" "}
            is taken off
          </p>
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
            <ActionButton
              action={clearCheckedAction}
              fields={{ planId: list.plan.id }}
              label={`Clear checked (${checkedCount})`}
              pendingLabel="Clearing…"
              variant="outline"
            />
          )}
        </div>
      </header>
      {/* Desktop: aisles in two columns, each aisle kept whole. */}
      <div className="space-y-6 lg:columns-2 lg:gap-8 lg:space-y-0 lg:*:mb-6 print:columns-1">
        {list.aisles.map((aisle) => (
          <section
            key={aisle.aisle}
            aria-labelledby={`aisle-${aisle.aisle}`}
            className="space-y-2 break-inside-avoid"
          >
            <h2 id={`aisle-${aisle.aisle}`} className="text-lg font-semibold">
              {aisle.label}
            </h2>
            <Checklist
              label={aisle.label}
              action={checkItemAction}
              rows={aisle.items.map((item) => ({
                key: `food-${item.foodId}`,
                label: item.name,
                detail: item.inPantry ? `in pantry (${item.display})` : item.display,
                checked: item.checked,
                muted: item.inPantry,
                fields: { planId: list.plan.id, foodId: item.foodId },
              }))}
            />
          </section>
        ))}
      </div>
      <section aria-labelledby="extras" className="space-y-2">
        <h2 id="extras" className="text-lg font-semibold">
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
    </div>
  );
}
