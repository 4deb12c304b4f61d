"use client";

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface WeeklySeries {
  key: string;
  label: string;
  color: string;
  kind: "bar" | "line";
  /** Which axis: % of target (left) or a count of days (right). */
  axis: "percent" | "days";
}

/**
 * Weeks on the x axis, coverage lines and bars against % of target, day counts on a second axis. Hidden
 * from assistive technology (no accessibility layer): the table beside it carries the same figures.
 */
export function WeeklyChart({
  data,
  series,
  testId,
}: {
  data: Record<string, string | number | null>[];
  series: WeeklySeries[];
  testId?: string;
}) {
  const hasDays = series.some((s) => s.axis === "days");
  return (
    <div className="h-64 w-full" aria-hidden="true" data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={data}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tick={{ fontSize: 11 }} />
          <YAxis yAxisId="percent" unit=" %" tick={{ fontSize: 11 }} width={52} />
          {hasDays && (
            <YAxis
              yAxisId="days"
              orientation="right"
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              width={28}
            />
          )}
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => {
            const plotted = { yAxisId: s.axis, dataKey: s.key, name: s.label, isAnimationActive: false };
            return s.kind === "bar" ? (
              <Bar key={s.key} {...plotted} fill={s.color} />
            ) : (
              <Line key={s.key} {...plotted} stroke={s.color} strokeWidth={2} connectNulls={false} />
            );
          })}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
