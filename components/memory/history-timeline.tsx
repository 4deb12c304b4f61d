import type { MemoryEvent } from "@/lib/services/memory/list-memory-events";
import type { WeekCoverage } from "@/lib/services/memory/list-weekly-coverage";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { parseIsoDate } from "@/lib/planner/week";
import { WeeklyChart } from "@/components/memory/weekly-chart";
import { DataTable, type Column } from "@/components/ui/data-table";

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const weekLabel = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Average coverage of the four target nutrients, each capped at 100 %: one figure per week. */
function averageCoverage(percent: Record<TargetNutrient, number> | null): number | null {
  if (!percent) return null;
  return Math.round(
    TARGET_NUTRIENTS.reduce((sum, n) => sum + Math.min(100, percent[n]), 0) / TARGET_NUTRIENTS.length,
  );
}

/** Supplements started and stopped and ratings given, newest first. */
export function MemoryTimeline({ events }: { events: MemoryEvent[] }) {
  if (events.length === 0) return <p>No supplements or dish ratings yet.</p>;
  return (
    <ol
      className="space-y-2 border-l-2 border-border pl-4"
      aria-label="Supplements and ratings, newest first"
    >
      {events.map((event, index) => (
        <li key={`${event.date}-${index}`} data-testid="timeline-event" data-kind={event.kind}>
          <span className="text-sm text-muted-foreground">
            <time dateTime={event.date}>{dayFormat.format(parseIsoDate(event.date))}</time>
          </span>{" "}
          · {event.text}
        </li>
      ))}
    </ol>
  );
}

type HistoryWeek = { week: string; planned: number | null; eaten: number | null };
const HISTORY_COLUMNS: Column<HistoryWeek>[] = [
  { header: "Week of", cell: (row) => row.week },
  {
    header: "Planned",
    numeric: true,
    cell: (row) => (row.planned === null ? "no plan" : `${row.planned} %`),
  },
  { header: "Eaten", numeric: true, cell: (row) => (row.eaten === null ? "not logged" : `${row.eaten} %`) },
];

/** Planned vs eaten coverage per week for the last weeks: a chart and the same figures as a table. */
export function PlannedVsEatenWeeks({ weeks }: { weeks: WeekCoverage[] }) {
  const rows = weeks.map((week): HistoryWeek => ({
    week: weekLabel.format(parseIsoDate(week.weekStart)),
    planned: averageCoverage(week.planned),
    eaten: averageCoverage(week.eaten),
  }));
  return (
    <div className="space-y-3">
      <WeeklyChart
        testId="history-chart"
        data={rows}
        series={[
          { key: "planned", label: "Planned", color: "var(--primary)", kind: "line", axis: "percent" },
          { key: "eaten", label: "Eaten", color: "var(--chart-2, #b45309)", kind: "line", axis: "percent" },
        ]}
      />
      <DataTable
        testId="history-weeks"
        caption="Average coverage of magnesium, calcium, vitamin D and B12 (each capped at 100 %) per week"
        showCaption
        columns={HISTORY_COLUMNS}
        rows={rows}
      />
    </div>
  );
}
