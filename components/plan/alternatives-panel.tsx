import Link from "next/link";
import type { ActionState } from "@/lib/actions/validated-action";
import type { MealAlternative } from "@/lib/planner/alternatives";
import { slotName } from "@/lib/planner/types";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";
import { formatAmount, NUTRIENT_META } from "@/lib/nutrition/units";
import { ChangePanel } from "@/components/plan/change-panel";
import { ActionButton } from "@/components/plan/action-button";
import { RecipeRating } from "@/components/memory/meal-memory";
import type { DishRatingValue } from "@/lib/nutrition/memory/ratings";

function signed(nutrient: TargetNutrient, amount: number) {
  const text = formatAmount(nutrient, Math.abs(amount));
  return text.startsWith("0 ") ? `±${text}` : `${amount > 0 ? "+" : "−"}${text}`;
}

export function AlternativesPanel({
  planId,
  weekStart,
  day,
  slot,
  currentName,
  alternatives,
  ratingOf,
  swapAction,
}: {
  planId: number;
  weekStart: string;
  day: number;
  slot: string;
  currentName: string;
  alternatives: MealAlternative[];
  /** The person's rating of a dish, so one can be rated (or never planned again) from here. */
  ratingOf: (recipeId: number) => DishRatingValue | null;
  swapAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  return (
    <ChangePanel
      id="alternatives"
      title={`Instead of ${currentName} (${slotName(slot)}, day ${day + 1})`}
      weekStart={weekStart}
    >
      {alternatives.length === 0 ? (
        <p className="text-sm">No other dish fits this meal and your profile.</p>
      ) : (
        <ol className="space-y-2">
          {alternatives.map((alternative) => (
            <li
              key={alternative.dishId}
              className="flex flex-wrap items-center justify-between gap-3 border-b border-border/60 pb-2"
            >
              <div>
                <Link href={`/recipes/${alternative.dishId}`} className="font-medium hover:underline">
                  {alternative.name}
                </Link>
                <p className="text-xs text-muted-foreground">
                  A day on average:{" "}
                  {TARGET_NUTRIENTS.map(
                    (n) => `${NUTRIENT_META[n].label} ${signed(n, alternative.amountDeltaPerDay[n])}`,
                  ).join(" · ")}
                </p>
                <RecipeRating
                  recipeId={alternative.dishId}
                  recipeName={alternative.name}
                  rating={ratingOf(alternative.dishId)}
                />
              </div>
              <ActionButton
                action={swapAction}
                fields={{ planId, day, slot, recipeId: alternative.dishId }}
                label="Choose"
                pendingLabel="Swapping…"
                size="sm"
                variant="outline"
              />
            </li>
          ))}
        </ol>
      )}
    </ChangePanel>
  );
}
