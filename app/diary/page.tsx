import type { Metadata } from "next";
import { ProfileNav } from "@/components/profile/profile-nav";
import { DiaryCheckIn } from "@/components/memory/diary-check-in";
import { DiaryAlerts, DiaryTable, SymptomsAgainstEaten } from "@/components/memory/diary-views";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/server";
import { isoDate, mondayOf, shiftWeek } from "@/lib/planner/week";
import { getDiary } from "@/lib/services/memory/get-diary";
import { listWeeklyCoverage } from "@/lib/services/memory/list-weekly-coverage";

export const metadata: Metadata = { title: "Symptom diary" };

const CHART_WEEKS = 8;

export default async function DiaryPage() {
  const user = await requireUser("/diary");
  const now = new Date();
  const today = isoDate(now);
  const from = shiftWeek(mondayOf(now), -(CHART_WEEKS - 1));
  const [diary, weeks] = await Promise.all([
    getDiary(user.id, { from, to: today }),
    listWeeklyCoverage(user.id, CHART_WEEKS),
  ]);
  const todays = diary.entries.find((e) => e.date === today);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Symptom diary</h1>
        <ProfileNav />
        <p className="max-w-prose text-sm text-muted-foreground">
          A one-minute check-in. These symptoms are linked to low magnesium, calcium or vitamin B12, and just
          as often to little sleep, caffeine and stress, so log those too. This is not a diagnosis.
        </p>
      </header>
      <DiaryAlerts alerts={diary.alerts} />
      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Today{todays ? " (saved; saving again replaces it)" : ""}</h2>
        <DiaryCheckIn today={today} />
      </Card>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Symptoms and what you ate, by week</h2>
        <SymptomsAgainstEaten entries={diary.entries} weeks={weeks} />
      </section>
      <section className="space-y-3">
        <h2 className="text-lg font-semibold">Your check-ins</h2>
        {diary.entries.length === 0 ? <p>No check-ins yet.</p> : <DiaryTable entries={diary.entries} />}
      </section>
    </div>
  );
}
