import type { DiaryAlert } from "@/lib/nutrition/memory/diary";
import { symptomById } from "@/lib/nutrition/symptoms";
import type { StoredDiaryEntry } from "@/lib/services/memory/get-diary";
import type { WeekCoverage } from "@/lib/services/memory/list-weekly-coverage";
import { formatNumber } from "@/lib/nutrition/units";
import { mondayOf, parseIsoDate } from "@/lib/planner/week";
import { NUTRIENT_CHART_COLOR } from "@/components/nutrient";
import { WeeklyChart } from "@/components/memory/weekly-chart";

/** The persistence alerts, shown prominently: see a doctor. */
export function DiaryAlerts({ alerts }: { alerts: DiaryAlert[] }) {
  if (alerts.length === 0) return null;
  return (
    <section
      aria-labelledby="diary-alerts"
      className="space-y-2 rounded-lg border-2 border-amber-600 bg-amber-50 p-4 text-amber-950"
      data-testid="diary-alerts"
    >
      <h2 id="diary-alerts" className="text-lg font-semibold">
        Please see a doctor
      </h2>
      <ul className="space-y-2">
        {alerts.map((alert) => (
          <li key={alert.symptom} data-code={alert.code}>
            <p className="font-medium">{alert.title}</p>
            <p className="text-sm">{alert.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

const severityText = (entry: StoredDiaryEntry) =>
  entry.symptoms.length === 0
    ? "none"
    : entry.symptoms.map((s) => `${symptomById(s.code).label} ${s.severity}`).join(", ");
const orDash = (value: number | null) => (value === null ? "—" : formatNumber(value));

/** The check-ins with the common triggers beside the symptoms. */
export function DiaryTable({ entries }: { entries: StoredDiaryEntry[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="diary-entries">
        <caption className="sr-only">Check-ins, newest first, with sleep, caffeine and stress</caption>
        <thead>
          <tr className="border-b border-border text-left">
            <th scope="col">Date</th>
            <th scope="col">Symptoms (severity)</th>
            <th scope="col" className="text-right">
              Sleep (h)
            </th>
            <th scope="col" className="text-right">
              Caffeine
            </th>
            <th scope="col" className="text-right">
              Stress
            </th>
          </tr>
        </thead>
        <tbody>
          {[...entries].reverse().map((entry) => (
            <tr key={entry.date} className="border-b border-border/60">
              <th scope="row" className="py-1 pr-2 text-left font-medium">
                {entry.date}
              </th>
              <td className="pr-2">
                {severityText(entry)}
                {entry.note && <span className="block text-xs text-muted-foreground">{entry.note}</span>}
              </td>
              <td className="text-right tabular-nums">{orDash(entry.sleepHours)}</td>
              <td className="text-right tabular-nums">{orDash(entry.caffeineDrinks)}</td>
              <td className="text-right tabular-nums">{orDash(entry.stress)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const LINKED = ["magnesiumMg", "calciumMg", "vitaminB12Mcg"] as const;
const LINKED_LABEL = {
  magnesiumMg: "Magnesium eaten",
  calciumMg: "Calcium eaten",
  vitaminB12Mcg: "B12 eaten",
};
const weekLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Symptom days per week against eaten coverage of the linked nutrients: a chart and the same as a table. */
export function SymptomsAgainstEaten({
  entries,
  weeks,
}: {
  entries: StoredDiaryEntry[];
  weeks: WeekCoverage[];
}) {
  const rows = weeks.map((week): Record<string, string | number | null> => {
    const days = entries.filter(
      (e) => e.symptoms.length > 0 && mondayOf(parseIsoDate(e.date)) === week.weekStart,
    );
    return {
      week: weekLabel.format(parseIsoDate(week.weekStart)),
      symptomDays: days.length,
      ...Object.fromEntries(LINKED.map((n) => [n, week.eaten ? Math.round(week.eaten[n]) : null])),
    };
  });
  return (
    <div className="space-y-3">
      <WeeklyChart
        testId="symptom-chart"
        data={rows}
        series={[
          {
            key: "symptomDays",
            label: "Days with symptoms",
            color: "var(--muted-foreground)",
            kind: "bar",
            axis: "days",
          },
          ...LINKED.map((n) => ({
            key: n,
            label: LINKED_LABEL[n],
            color: NUTRIENT_CHART_COLOR[n],
            kind: "line" as const,
            axis: "percent" as const,
          })),
        ]}
      />
      <div className="overflow-x-auto">
        <table className="w-full text-sm" data-testid="symptom-table">
          <caption className="sr-only">
            Per week: days with symptoms and eaten coverage of linked nutrients
          </caption>
          <thead>
            <tr className="border-b border-border text-left">
              <th scope="col">Week of</th>
              <th scope="col" className="text-right">
                Symptom days
              </th>
              {LINKED.map((n) => (
                <th key={n} scope="col" className="text-right">
                  {LINKED_LABEL[n]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.week} className="border-b border-border/60">
                <th scope="row" className="py-1 text-left font-medium">
                  {row.week}
                </th>
                <td className="text-right tabular-nums">{row.symptomDays}</td>
                {LINKED.map((n) => (
                  <td key={n} className="text-right tabular-nums">
                    {row[n] === null || row[n] === undefined ? "—" : `${row[n]} %`}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
