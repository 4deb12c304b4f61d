"use client";

import { useState } from "react";
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
  /** "Mg", "Ca", "Vit D", "B12": the axis labels when the chart is phone-narrow. */
  shortLabel: string;
  percent: number;
  color: string;
}

/** Round steps that always include the 100 % line: 0–150 by 25, up to 300 by 50, then by 100. */
function percentTicks(data: CoverageDatum[]): number[] {
  const max = Math.max(120, ...data.map((datum) => datum.percent));
  const step = max <= 150 ? 25 : max <= 300 ? 50 : 100;
  const top = Math.ceil(max / step) * step;
  return Array.from({ length: top / step + 1 }, (_, index) => index * step);
}

/** An axis label on up to two lines ("Vitamin" / "B12"). */
function NutrientTick({ x, y, payload }: { x?: number; y?: number; payload?: { value?: string } }) {
  const text = String(payload?.value ?? "");
  const words = text.split(" ");
  // Short labels ("Vit D") stay on one line.
  const lines = words.length > 1 && text.length > 6 ? [words.slice(0, -1).join(" "), words.at(-1)!] : [text];
  return (
    <text x={x} y={y} textAnchor="middle" fontSize={12} fill="var(--muted-foreground)">
      {lines.map((line, index) => (
        <tspan key={line} x={x} dy={index === 0 ? 12 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * Weekly coverage per nutrient against the RDA (the 100 % line). Hidden from assistive technology and
 * out of the tab order (no accessibility layer): the table beside it carries the same figures.
 */
export function CoverageChart({ data }: { data: CoverageDatum[] }) {
  const ticks = percentTicks(data);
  const [narrow, setNarrow] = useState(false);
  return (
    <div className="h-60 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%" onResize={(width) => setNarrow(width < 400)}>
        <BarChart data={data} accessibilityLayer={false} margin={{ top: 8, right: 36, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey={narrow ? "shortLabel" : "label"} interval={0} height={36} tick={<NutrientTick />} />
          <YAxis unit=" %" tick={{ fontSize: 12 }} width={56} ticks={ticks} domain={[0, ticks.at(-1)!]} />
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
