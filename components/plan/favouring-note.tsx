import { NUTRIENT_PHRASES } from "@/lib/nutrition/profile-history";
import type { TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount } from "@/lib/nutrition/units";

export interface FavouringFigure {
  nutrient: TargetNutrient;
  perDay: number;
  perDayWithoutFavouring: number;
}

/**
 * Below 5 % more, favouring changed nothing a person would notice, and the figure without it (from the
 * weekly LP, not a planned week) can even be higher: the page says so instead of comparing.
 */
const NOTICEABLE_GAIN = 1.05;

/** What favouring did, in a sentence per nutrient: "Favouring magnesium: 612 mg a day instead of 431 mg without it." */
export function FavouringNote({ favouring }: { favouring: readonly FavouringFigure[] }) {
  if (favouring.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm" data-testid="favouring">
      {favouring.map(({ nutrient, perDay, perDayWithoutFavouring }) => (
        <li key={nutrient}>
          Favouring {NUTRIENT_PHRASES[nutrient]}: <strong>{formatAmount(nutrient, perDay)} a day</strong>{" "}
          {perDay >= perDayWithoutFavouring * NOTICEABLE_GAIN
            ? `instead of ${formatAmount(nutrient, perDayWithoutFavouring)} without it.`
            : "— favouring made no noticeable difference this week."}
        </li>
      ))}
    </ul>
  );
}
