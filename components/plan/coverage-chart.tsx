"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export interface CoverageDatum {
  label: string;
  percent: number;
  color: string;
}

/** Weekly coverage per nutrient against the RDA (the 100 % line). A table beside it carries the same figures. */
export function CoverageChart({ data }: { data: CoverageDatum[] }) {
  return (
    <div className="h-56 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 36, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            unit="%"
            tick={{ fontSize: 12 }}
            domain={[0, (max: number) => Math.max(120, Math.ceil(max / 20) * 20)]}
          />
          <Tooltip formatter={(value) => [`${Math.round(Number(value))} % of RDA`, "Coverage"]} />
          <ReferenceLine
            y={100}
            stroke="currentColor"
            strokeDasharray="4 4"
            label={{ value: "RDA", position: "right", fontSize: 11 }}
          />
          <Bar dataKey="percent" isAnimationActive={false}>
            {data.map((entry) => (
              <Cell key={entry.label} fill={entry.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
