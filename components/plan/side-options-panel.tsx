import { ActionLabel } from "@/components/ui/action-label";
import type { ActionState } from "@/lib/actions/validated-action";
import { formatAmount } from "@/lib/nutrition/units";
import { slotName } from "@/lib/planner/types";
import type { SideOption } from "@/lib/services/planning/change-side";
import { ChangePanel } from "@/components/plan/change-panel";
import { ActionButton } from "@/components/plan/action-button";

/** The sides that may go in one side place of a meal, each one click away. */
export function SideOptionsPanel({
  planId,
  weekStart,
  place,
  mealName,
  currentName,
  options,
  changeSideAction,
}: {
  planId: number;
  weekStart: string;
  place: { day: number; slot: string; position: number };
  mealName: string;
  /** The side there now; null when the place is free (adding a side). */
  currentName: string | null;
  options: SideOption[];
  changeSideAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const title = currentName
    ? `Instead of ${currentName} with ${mealName}`
    : `A side with ${mealName} (${slotName(place.slot)}, day ${place.day + 1})`;
  return (
    <ChangePanel id="side-options" title={title} weekStart={weekStart}>
      {options.length === 0 ? (
        <p className="text-sm">No side fits this meal and your profile.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {options.map((option) => (
            <li
              key={option.sideId}
              className="flex items-center justify-between gap-2 border-b border-border/60 pb-2"
            >
              <span>
                {option.name}{" "}
                <span className="text-xs text-muted-foreground">
                  {option.group} · {formatAmount("energyKcal", option.energyKcal)}
                </span>
              </span>
              <ActionButton
                action={changeSideAction}
                fields={{ planId, ...place, sideId: option.sideId }}
                label={<ActionLabel verb="Choose" name={option.name} />}
                pendingLabel="…"
                size="sm"
                variant="outline"
              />
            </li>
          ))}
        </ul>
      )}
    </ChangePanel>
  );
}
