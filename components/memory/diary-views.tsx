import type { DiaryAlert } from "@/lib/nutrition/memory/diary";
import { symptomById } from "@/lib/nutrition/symptoms";
import type { StoredDiaryEntry } from "@/lib/services/memory/get-diary";
import type { WeekCoverage } from "@/lib/services/memory/list-weekly-coverage";
import { formatNumber } from "@/lib/nutrition/units";
import { mondayOf, parseIsoDate } from "@/lib/planner/week";
import { NUTRIENT_CHART_COLOR } from "@/components/nutrient";
import { WeeklyChart } from "@/components/memory/weekly-chart";
import { DataTable, type Column } from "@/components/ui/data-table";

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

const DIARY_COLUMNS: Column<StoredDiaryEntry>[] = [
  { header: "Date", cell: (entry) => entry.date },
  {
    header: "Symptoms (severity)",
    cell: (entry) => (
      <>
        {severityText(entry)}
        {entry.note && <span className="block text-xs text-muted-foreground">{entry.note}</span>}
      </>
    ),
  },
  { header: "Sleep (h)", numeric: true, cell: (entry) => orDash(entry.sleepHours) },
  { header: "Caffeine", numeric: true, cell: (entry) => orDash(entry.caffeineDrinks) },
  { header: "Stress", numeric: true, cell: (entry) => orDash(entry.stress) },
];

/** The check-ins with the common triggers beside the symptoms. */
export function DiaryTable({ entries }: { entries: StoredDiaryEntry[] }) {
  return (
    <DataTable
      testId="diary-entries"
      caption="Check-ins, newest first, with sleep, caffeine and stress"
      columns={DIARY_COLUMNS}
      rows={[...entries].reverse()}
    />
  );
}

const LINKED = ["magnesiumMg", "calciumMg", "vitaminB12Mcg"] as const;
type Linked = (typeof LINKED)[number];
const LINKED_LABEL = {
  magnesiumMg: "Magnesium eaten",
  calciumMg: "Calcium eaten",
  vitaminB12Mcg: "B12 eaten",
};
type SymptomWeek = { week: string; symptomDays: number } & Record<Linked, number | null>;
const SYMPTOM_COLUMNS: Column<SymptomWeek>[] = [
  { header: "Week of", cell: (row) => row.week },
  { header: "Symptom days", numeric: true, cell: (row) => row.symptomDays },
  ...LINKED.map((n): Column<SymptomWeek> => ({
    header: LINKED_LABEL[n],
    numeric: true,
    cell: (row) => (row[n] === null ? "—" : `${row[n]} %`),
  })),
];
const weekLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Symptom days per week against eaten coverage of the linked nutrients: a chart and the same as a table. */
export function SymptomsAgainstEaten({
  entries,
  weeks,
}: {
  entries: StoredDiaryEntry[];
  weeks: WeekCoverage[];
}) {
  const rows = weeks.map((week): SymptomWeek => {
    const days = entries.filter(
      (e) => e.symptoms.length > 0 && mondayOf(parseIsoDate(e.date)) === week.weekStart,
    );
    return {
      week: weekLabel.format(parseIsoDate(week.weekStart)),
      symptomDays: days.length,
      ...(Object.fromEntries(LINKED.map((n) => [n, week.eaten ? Math.round(week.eaten[n]) : null])) as Record<
        Linked,
        number | null
      >),
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
      <DataTable
        testId="symptom-table"
        caption="Per week: days with symptoms and eaten coverage of linked nutrients"
        columns={SYMPTOM_COLUMNS}
        rows={rows}
      />
    </div>
  );
}
