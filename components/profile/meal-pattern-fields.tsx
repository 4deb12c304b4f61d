import { MAIN_MEALS, type DietaryProfile } from "@/lib/nutrition/profile";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { DEFAULT_MEAL_SHARES } from "@/lib/planner/types";
import { Checkboxes } from "@/components/ui/checkboxes";
import { SelectField, type FormFields } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

const MEAL_LABEL = { breakfast: "Breakfast", lunch: "Lunch", dinner: "Dinner", snack: "Snack" } as const;

/**
 * Which meals are planned (at least two of breakfast, lunch and dinner; 0 to 3 snacks) and, folded
 * away, each meal's share of the day's energy (the snack's is each snack's). A blank share keeps its
 * default (the placeholder).
 */
export function MealPatternFields({
  fields,
  profile,
  submitted,
}: {
  fields: FormFields<keyof DietaryProfile>;
  profile: DietaryProfile;
  /** The values of a rejected save, shown instead of the stored ones (the meal shares are not profile keys). */
  submitted: Record<string, unknown> | null;
}) {
  const { errors } = fields;
  const share = (meal: (typeof MEAL_TYPES)[number], bound: "min" | "max") => {
    const raw = submitted ? submitted[`mealShares.${meal}.${bound}`] : profile.mealShares?.[meal]?.[bound];
    return raw === undefined || raw === null ? "" : String(raw);
  };
  return (
    <section className="space-y-3" aria-labelledby="your-meals">
      <h2 id="your-meals" className="text-lg font-semibold">
        Your meals
      </h2>
      <Checkboxes
        name="plannedMeals"
        legend="Meals to plan (at least two)"
        options={MAIN_MEALS}
        checked={fields.list("plannedMeals")}
        error={errors.plannedMeals}
        label={(meal) => MEAL_LABEL[meal]}
        columns="grid gap-2 sm:grid-cols-3"
      />
      <SelectField fields={fields} id="snacksPerDay" label="Snacks a day" className="sm:max-w-xs">
        <option value="0">None</option>
        <option value="1">One</option>
        <option value="2">Two</option>
        <option value="3">Three</option>
      </SelectField>
      <details className="rounded-md border border-border p-3">
        <summary className="cursor-pointer text-sm font-medium">
          Meal sizes (share of the day&apos;s energy, %)
        </summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {MEAL_TYPES.map((meal) => (
            <fieldset key={meal} className="flex items-end gap-2">
              <legend className="text-sm">{meal === "snack" ? "Each snack" : MEAL_LABEL[meal]}</legend>
              {(["min", "max"] as const).map((bound) => (
                <label key={bound} className="flex flex-col text-xs">
                  {bound === "min" ? "at least" : "at most"}
                  <Input
                    name={`mealShares.${meal}.${bound}`}
                    inputMode="numeric"
                    className="w-20"
                    placeholder={String(Math.round(DEFAULT_MEAL_SHARES[meal][bound] * 100))}
                    defaultValue={share(meal, bound)}
                  />
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        {errors.mealShares && <p className="text-sm text-red-700">{errors.mealShares[0]}</p>}
      </details>
    </section>
  );
}
