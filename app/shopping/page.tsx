import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/plan/action-button";
import { AddExtraForm } from "@/components/shopping/add-extra-form";
import { Checklist } from "@/components/shopping/checklist";
import { PrintButton } from "@/components/shopping/print-button";
import { requireUser } from "@/lib/auth/server";
import { mondayOf } from "@/lib/planner/week";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { ProfileRequiredError } from "@/lib/services/planning/planning-context";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import {
  addExtraAction,
  checkExtraAction,
  checkItemAction,
  clearCheckedAction,
} from "@/app/shopping/actions";

export const metadata: Metadata = { title: "Shopping list" };

const weekFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

async function planIdFor(userId: string, plan: string | undefined): Promise<number | null> {
  const parsed = ZIdParamSchema.safeParse({ id: plan });
  if (parsed.success) return parsed.data.id;
  try {
    return (await getWeeklyPlan(userId, { weekStart: mondayOf(new Date()) }))?.plan.id ?? null;
  } catch (error) {
    if (error instanceof ProfileRequiredError) return null;
    throw error;
  }
}

export default async function ShoppingPage({ searchParams }: { searchParams: Promise<{ plan?: string }> }) {
  const user = await requireUser("/shopping");
  const planId = await planIdFor(user.id, (await searchParams).plan);
  const list = planId === null ? null : await getShoppingList(user.id, planId);
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
            Week of {weekFormat.format(new Date(`${list.plan.weekStart}T00:00:00Z`))} · for{" "}
            {list.householdSize} {list.householdSize === 1 ? "person" : "people"} ·{" "}
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
