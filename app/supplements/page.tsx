import type { Metadata } from "next";
import Link from "next/link";
import { ProfileNav } from "@/components/profile/profile-nav";
import { ApiButton } from "@/components/memory/api-button";
import { SupplementForm } from "@/components/memory/supplement-form";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/server";
import { isTakenOn } from "@/lib/nutrition/memory/supplements";
import { formatAmount, NUTRIENT_META } from "@/lib/nutrition/units";
import { isoDate } from "@/lib/planner/week";
import { listSupplements } from "@/lib/services/memory/list-supplements";

export const metadata: Metadata = { title: "Supplements" };

const often = (times: number) => (times === 7 ? "daily" : `${times} times a week`);

export default async function SupplementsPage() {
  const user = await requireUser("/supplements");
  const supplements = await listSupplements(user.id);
  const today = isoDate(new Date());
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Supplements</h1>
        <ProfileNav />
        <p className="max-w-prose text-sm text-muted-foreground">
          Record what you already take. Your plan counts it toward your targets and warns above upper limits
          as the NIH Office of Dietary Supplements states them. NutriWeek never prescribes a dose: check with
          your doctor or pharmacist before starting, changing or stopping one.
        </p>
      </header>
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Add a supplement</h2>
        <SupplementForm today={today} />
      </Card>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">What you take</h2>
        {supplements.length === 0 ? (
          <p>None recorded yet.</p>
        ) : (
          <ul className="space-y-2">
            {supplements.map((s) => {
              const active = isTakenOn(s, today);
              const what = `${NUTRIENT_META[s.nutrient].label} ${formatAmount(s.nutrient, s.amount)}`;
              return (
                <li
                  key={s.id}
                  className="flex flex-wrap items-center gap-3 border-b border-border/60 pb-2"
                  data-testid="supplement"
                >
                  <span className="font-medium">{what}</span>
                  <span className="text-sm text-muted-foreground">
                    {often(s.timesPerWeek)} · since {s.startDate}
                    {s.stopDate ? ` · stopped ${s.stopDate}` : ""}
                  </span>
                  {active && (
                    <ApiButton
                      requests={[
                        { method: "PATCH", url: `/api/supplements/${s.id}`, body: { stopDate: today } },
                      ]}
                      label="Stopped today"
                      ariaLabel={`Stopped ${what} today`}
                    />
                  )}
                  <ApiButton
                    requests={[{ method: "DELETE", url: `/api/supplements/${s.id}` }]}
                    label="Delete"
                    ariaLabel={`Delete ${what} (recorded by mistake)`}
                    variant="ghost"
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p>
        <Link className="text-primary underline" href="/plan">
          See your week with them
        </Link>
      </p>
    </div>
  );
}
