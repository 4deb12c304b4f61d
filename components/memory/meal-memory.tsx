import { DISH_RATINGS, RATING_LABELS, type DishRatingValue } from "@/lib/nutrition/memory/ratings";
import type { MealLogStatus } from "@/lib/planner/eaten-coverage";
import { slotName, type Slot } from "@/lib/planner/types";
import { ApiButton } from "@/components/memory/api-button";
import { ReplacedMealPicker } from "@/components/memory/replaced-meal-picker";

const logUrl = (planId: number, day: number, slot: Slot) => `/api/plans/${planId}/meals/${day}/${slot}/log`;

/** Love / like / neutral / not for me / never for one recipe, behind a "Rate" disclosure. */
export function RecipeRating({
  recipeId,
  recipeName,
  rating,
  testId = `rate-recipe-${recipeId}`,
}: {
  recipeId: number;
  recipeName: string;
  rating: DishRatingValue | null;
  testId?: string;
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer py-1 text-primary underline" data-testid={testId}>
        {rating ? `Rated: ${RATING_LABELS[rating]}` : "Rate"}
        <span className="sr-only"> {recipeName}</span>
      </summary>
      <div className="mt-1 flex flex-wrap gap-1" role="group" aria-label={`Rate ${recipeName}`}>
        {DISH_RATINGS.map((value) => (
          <ApiButton
            key={value}
            requests={[{ method: "PUT", url: `/api/recipes/${recipeId}/rating`, body: { rating: value } }]}
            label={RATING_LABELS[value]}
            pressed={rating === value}
            testId={`rating-${value}`}
          />
        ))}
      </div>
    </details>
  );
}

/** A meal's memory controls in the week grid: eaten, skipped or replaced (one tap each), and its rating. */
export function MealMemory({
  planId,
  day,
  slot,
  recipeId,
  recipeName,
  rating,
  status,
  replacementName,
}: {
  planId: number;
  day: number;
  slot: Slot;
  recipeId: number;
  recipeName: string;
  rating: DishRatingValue | null;
  status: MealLogStatus | null;
  /** What was eaten instead, when the meal was replaced. */
  replacementName: string | null;
}) {
  const where = `${slotName(slot)} of day ${day + 1}`;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid={`memory-${day}-${slot}`}>
      {status === "replaced" && replacementName && (
        <p className="w-full text-xs text-muted-foreground" data-testid={`replaced-by-${day}-${slot}`}>
          Had instead: {replacementName}
        </p>
      )}
      {(["eaten", "skipped"] as const).map((choice) => (
        <ApiButton
          key={choice}
          requests={[{ method: "PUT", url: logUrl(planId, day, slot), body: { status: choice } }]}
          label={choice === "eaten" ? "Eaten" : "Skipped"}
          ariaLabel={`${choice === "eaten" ? "Eaten" : "Skipped"}: ${where}`}
          pressed={status === choice}
          testId={`log-${choice}-${day}-${slot}`}
        />
      ))}
      <ReplacedMealPicker
        url={logUrl(planId, day, slot)}
        where={where}
        pressed={status === "replaced"}
        day={day}
        slot={slot}
      />
      <RecipeRating
        recipeId={recipeId}
        recipeName={recipeName}
        rating={rating}
        testId={`rate-${day}-${slot}`}
      />
    </div>
  );
}

/** "Ate the day as planned": every meal of the day marked eaten in one tap. */
export function DayEaten({
  planId,
  day,
  slots,
  dayLabel,
}: {
  planId: number;
  day: number;
  slots: Slot[];
  dayLabel: string;
}) {
  return (
    <ApiButton
      requests={slots.map((slot) => ({
        method: "PUT",
        url: logUrl(planId, day, slot),
        body: { status: "eaten" },
      }))}
      label="Ate the day as planned"
      ariaLabel={`Ate ${dayLabel} as planned`}
      testId={`day-eaten-${day}`}
    />
  );
}
