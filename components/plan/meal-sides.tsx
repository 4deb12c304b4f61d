import Link from "next/link";
import { ActionLabel } from "@/components/ui/action-label";
import type { ActionState } from "@/lib/actions/validated-action";
import type { PlanMealView } from "@/lib/planner/plan-view";
import { formatAmount } from "@/lib/nutrition/units";
import { ActionButton } from "@/components/plan/action-button";

/** The most sides a meal holds (the planner's default). */
const MAX_SIDES = 2;

/**
 * A meal's sides under its main dish ("+ Whole-wheat roll + Orange"), each with Change and Remove, and
 * "Add a side" while the meal has room.
 */
export function MealSides({
  planId,
  weekStart,
  day,
  meal,
  changeSideAction,
}: {
  planId: number;
  weekStart: string;
  day: number;
  meal: PlanMealView;
  changeSideAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const optionsHref = (position: number) =>
    `/plan?week=${weekStart}&side=${day}-${meal.slot}-${position}#side-options`;
  return (
    <ul className="space-y-1 text-sm" aria-label={`Sides with ${meal.recipeName}`}>
      {meal.sides.map((side, position) => (
        <li
          key={`${side.sideId}-${position}`}
          className="flex flex-wrap items-center gap-2"
          data-testid={`side-${day}-${meal.slot}-${position}`}
        >
          <span>
            + <span data-testid="side-name">{side.name}</span>{" "}
            <span className="text-xs text-muted-foreground">
              {Math.round(side.grams)} g · {formatAmount("energyKcal", side.nutrients.energyKcal)}
            </span>
          </span>
          <Link href={optionsHref(position)} className="text-xs text-primary underline">
            <ActionLabel verb="Change" name={side.name} />
          </Link>
          <ActionButton
            action={changeSideAction}
            fields={{ planId, day, slot: meal.slot, position }}
            label={<ActionLabel verb="Remove" name={side.name} />}
            pendingLabel="…"
            size="sm"
            variant="ghost"
            testId={`remove-side-${day}-${meal.slot}-${position}`}
          />
        </li>
      ))}
      {meal.sides.length < MAX_SIDES && (
        <li>
          <Link href={optionsHref(meal.sides.length)} className="text-xs text-primary underline">
            Add a side<span className="sr-only"> to {meal.recipeName}</span>
          </Link>
        </li>
      )}
    </ul>
  );
}
