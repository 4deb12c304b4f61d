import { percentOf, type NutrientBadge } from "@/lib/nutrition/badges";
import { DEFAULT_ADULT_INTAKES } from "@/lib/nutrition/reference-intakes";
import type { TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount, formatNumber, NUTRIENT_META } from "@/lib/nutrition/units";
import { cn } from "@/lib/utils";
import { Badge } from "@/components/ui/badge";

/** One colour per nutrient, used the same way on every chart, bar and badge; always with a text label. */
export const NUTRIENT_TEXT_CLASS: Record<TargetNutrient, string> = {
  magnesiumMg: "text-magnesium",
  calciumMg: "text-calcium",
  vitaminDMcg: "text-vitamin-d",
  vitaminB12Mcg: "text-vitamin-b12",
};
export const NUTRIENT_BG_CLASS: Record<TargetNutrient, string> = {
  magnesiumMg: "bg-magnesium",
  calciumMg: "bg-calcium",
  vitaminDMcg: "bg-vitamin-d",
  vitaminB12Mcg: "bg-vitamin-b12",
};

/** The same colours for SVG charts (recharts fills), from the CSS custom properties in globals.css. */
export const NUTRIENT_CHART_COLOR: Record<TargetNutrient, string> = {
  magnesiumMg: "var(--magnesium)",
  calciumMg: "var(--calcium)",
  vitaminDMcg: "var(--vitamin-d)",
  vitaminB12Mcg: "var(--vitamin-b12)",
};

/** "79 mg" and, below it, "25 % of RDA" with a small bar in the nutrient's colour. */
export function NutrientAmount({
  nutrient,
  amount,
  lowerBound = false,
}: {
  nutrient: TargetNutrient;
  amount: number | null;
  lowerBound?: boolean;
}) {
  const rda = DEFAULT_ADULT_INTAKES[nutrient].rda;
  const percent = percentOf(amount, rda);
  return (
    <div className="min-w-0">
      <div className="tabular-nums">
        {lowerBound && amount !== null ? "≥ " : ""}
        {formatAmount(nutrient, amount, { missing: "text" })}
      </div>
      {percent !== null && (
        <div className="flex items-center gap-1.5 text-xs text-muted-foreground">
          <span
            className="relative inline-block h-1.5 w-12 overflow-hidden rounded-full bg-muted"
            aria-hidden="true"
          >
            <span
              className={cn("absolute inset-y-0 left-0", NUTRIENT_BG_CLASS[nutrient])}
              style={{ width: `${Math.min(100, percent)}%` }}
            />
          </span>
          <span className="whitespace-nowrap tabular-nums">{formatNumber(Math.round(percent))} % RDA</span>
        </div>
      )}
    </div>
  );
}

export function NutrientBadges({ badges }: { badges: NutrientBadge[] }) {
  if (!badges.length) return null;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Nutrient claims per portion">
      {badges.map((badge) => (
        <li key={badge.nutrient}>
          <Badge className={cn("bg-card", NUTRIENT_TEXT_CLASS[badge.nutrient])}>
            {badge.level === "high" ? "High in" : "Source of"}{" "}
            {lowerFirst(NUTRIENT_META[badge.nutrient].label)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

export function NutrientLabel({ nutrient }: { nutrient: TargetNutrient }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        className={cn("inline-block size-2.5 rounded-full", NUTRIENT_BG_CLASS[nutrient])}
        aria-hidden="true"
      />
      {NUTRIENT_META[nutrient].label}
    </span>
  );
}

export const RDA_BASIS_NOTE =
  "% of RDA for an adult woman aged 31–50 (NIH); set your profile for your own targets.";

/** "Vitamin B12" -> "vitamin B12" inside a sentence. */
export function lowerFirst(text: string) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
