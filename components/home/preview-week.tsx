import Link from "next/link";
import type { TPlanMeal, TPlanPreviewResponse } from "@/lib/schemas/api-responses";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { formatAmount, formatNumber } from "@/lib/nutrition/units";
import { slotName } from "@/lib/planner/types";
import { NutrientLabel } from "@/components/nutrient";
import { FavouringNote } from "@/components/plan/favouring-note";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { WarningItem } from "@/components/warning-item";

export type Preview = Pick<TPlanPreviewResponse, "days" | "coverage" | "warnings" | "favouring">;

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Lentil soup + whole-wheat roll + orange": a meal is its dish and its sides. */
const mealInWords = (meal: Pick<TPlanMeal, "recipeName" | "sides">) =>
  [meal.recipeName, ...meal.sides.map((side) => side.name)].join(" + ");

function PreviewCoverage({ coverage }: { coverage: Preview["coverage"] }) {
  return (
    <Card>
      <table className="w-full text-sm">
        <caption className="mb-2 text-left font-semibold">Coverage per day, on average</caption>
        <tbody>
          {TARGET_NUTRIENTS.map((nutrient) => {
            const entry = coverage[nutrient];
            if (!entry) return null;
            return (
              <tr key={nutrient} className="border-b border-border/60" data-nutrient={nutrient}>
                <th scope="row" className="py-1 text-left font-medium">
                  <NutrientLabel nutrient={nutrient} />
                </th>
                <td className="py-1 text-right tabular-nums">{formatAmount(nutrient, entry.total / 7)}</td>
                <td className="py-1 text-right tabular-nums">
                  {formatNumber(Math.round(entry.percent))} % of RDA
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Card>
  );
}

/** The visitor's preview week: warnings, what favouring did, coverage and the seven days. */
export function PreviewWeek({ preview, saveHref }: { preview: Preview; saveHref: string }) {
  return (
    <section aria-labelledby="preview-heading" className="space-y-4" data-testid="preview">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="preview-heading" className="text-xl font-semibold">
          Your preview week
        </h2>
        <Button asChild>
          <Link href={saveHref}>Save this plan</Link>
        </Button>
      </div>
      {preview.warnings.length > 0 && (
        <ul className="space-y-2">
          {preview.warnings.map((warning) => (
            <WarningItem key={warning.code} warning={warning} />
          ))}
        </ul>
      )}
      <FavouringNote favouring={preview.favouring} />
      <PreviewCoverage coverage={preview.coverage} />
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {preview.days.map((day) => (
          <li key={day.day}>
            <Card className="h-full space-y-1">
              <h3 className="font-semibold">{DAY_NAMES[day.day]}</h3>
              <ul className="space-y-1 text-sm">
                {day.meals.map((meal) => (
                  <li key={meal.slot}>
                    <span className="text-xs uppercase text-muted-foreground">{slotName(meal.slot)}</span>{" "}
                    {mealInWords(meal)}
                  </li>
                ))}
              </ul>
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
