import { MAIN_MEALS, type DietaryProfile } from "@/lib/nutrition/profile";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { DEFAULT_MEAL_SHARES } from "@/lib/planner/types";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Field } from "@/components/ui/field";
import { Input, NativeSelect } from "@/components/ui/input";

const MEAL_LABEL = { breakfast: "Breakfast", lunch: "Lunch", dinner: "Dinner", snack: "Snack" } as const;

/**
 * Which meals are planned (at least two of breakfast, lunch and dinner; 0 to 3 snacks) and, folded
 * away, each meal's share of the day's energy (the snack's is each snack's). A blank share keeps its
 * default (the placeholder).
 */
export function MealPatternFields({
  profile,
  submitted,
  errors,
}: {
  profile: DietaryProfile;
  /** The values of a rejected save, shown instead of the stored ones. */
  submitted: Record<string, unknown> | null;
  errors: Record<string, string[] | undefined>;
}) {
  const planned = submitted
    ? [submitted.plannedMeals ?? []].flat().map(String)
    : (profile.plannedMeals as string[]);
  const snacks = String(submitted ? (submitted.snacksPerDay ?? "") : profile.snacksPerDay);
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
        checked={planned}
        label={(meal) => MEAL_LABEL[meal]}
        columns="grid gap-2 sm:grid-cols-3"
      />
      {errors.plannedMeals && <p className="text-sm text-red-700">{errors.plannedMeals[0]}</p>}
      <Field id="snacksPerDay" label="Snacks a day" error={errors.snacksPerDay} className="sm:max-w-xs">
        {(props) => (
          <NativeSelect {...props} name="snacksPerDay" defaultValue={snacks}>
            <option value="0">None</option>
            <option value="1">One</option>
            <option value="2">Two</option>
            <option value="3">Three</option>
          </NativeSelect>
        )}
      </Field>
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
