import type { ReactNode } from "react";
import { MEAL_TYPES, type MealType } from "@/lib/nutrition/types";
import { CheckboxChip } from "@/components/ui/checkbox-chip";

/** A recipe's meal types as a group of ticks (the editor and the import review). */
export function MealTypeChecks({
  value,
  onChange,
  children,
}: {
  value: readonly MealType[];
  onChange: (next: MealType[]) => void;
  /** Shown under the ticks: a field error. */
  children?: ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Meal types</legend>
      <div className="flex flex-wrap gap-2">
        {MEAL_TYPES.map((type) => (
          <CheckboxChip
            key={type}
            checked={value.includes(type)}
            onChange={(event) =>
              onChange(event.target.checked ? [...value, type] : value.filter((t) => t !== type))
            }
          >
            {type}
          </CheckboxChip>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
