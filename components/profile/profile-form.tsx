"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { FOOD_FAMILY_IDS, foodFamily } from "@/lib/nutrition/food-families";
import { ACTIVITY_LEVELS, RISK_FACTORS, SUN_EXPOSURES, type DietaryProfile } from "@/lib/nutrition/profile";
import { ALLERGENS, DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { ALLERGEN_LABEL } from "@/components/catalogue/diet-badges";
import { NutrientLabel } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Input, NativeSelect, Options } from "@/components/ui/input";
import { DislikedDishes } from "@/components/profile/disliked-dishes";
import { DislikedFoodsPicker } from "@/components/profile/disliked-foods-picker";
import { Checkboxes } from "@/components/ui/checkboxes";
import { MealPatternFields } from "@/components/profile/meal-pattern-fields";

import { ACTIVITY_LABEL, RISK_FACTOR_LABEL, SUN_LABEL } from "@/components/profile/labels";
import { useActionToast } from "@/components/use-action-toast";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** What a section needs to draw its fields: the value to show, a list field's values, field errors. */
interface FormFields {
  value: (name: keyof DietaryProfile) => string;
  list: (name: keyof DietaryProfile) => string[];
  errors: Record<string, string[] | undefined>;
}

/** Body, age, activity, household, units and sun: what the targets are computed from. */
function AboutYouFields({ fields }: { fields: FormFields }) {
  return (
    <section className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-labelledby="about-you">
      <h2 id="about-you" className="text-lg font-semibold sm:col-span-2 lg:col-span-3">
        About you
      </h2>
      <BodyFields fields={fields} />
      <EnergyAndHomeFields fields={fields} />
    </section>
  );
}

/** Sex, age, pregnancy, height, weight and activity: what the reference intakes and energy need come from. */
function BodyFields({ fields: { value, errors } }: { fields: FormFields }) {
  return (
    <>
      <Field id="sex" label="Sex" error={errors.sex}>
        {(props) => (
          <NativeSelect {...props} name="sex" defaultValue={value("sex")}>
            <option value="female">Female</option>
            <option value="male">Male</option>
          </NativeSelect>
        )}
      </Field>
      <Field id="birthYear" label="Year of birth" error={errors.birthYear}>
        {(props) => (
          <Input {...props} name="birthYear" inputMode="numeric" defaultValue={value("birthYear")} />
        )}
      </Field>
      <Field id="birthMonth" label="Month of birth (optional)" error={errors.birthMonth}>
        {(props) => (
          <NativeSelect {...props} name="birthMonth" defaultValue={value("birthMonth")}>
            <option value="">Not given (age from the year only)</option>
            {MONTHS.map((month, index) => (
              <option key={month} value={index + 1}>
                {month}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <Field id="pregnancy" label="Pregnant or breastfeeding" error={errors.pregnancy}>
        {(props) => (
          <NativeSelect {...props} name="pregnancy" defaultValue={value("pregnancy")}>
            <option value="">Neither</option>
            <option value="pregnant">Pregnant</option>
            <option value="lactating">Breastfeeding</option>
          </NativeSelect>
        )}
      </Field>
      <Field id="heightCm" label="Height (cm)" error={errors.heightCm}>
        {(props) => <Input {...props} name="heightCm" inputMode="decimal" defaultValue={value("heightCm")} />}
      </Field>
      <Field id="weightKg" label="Weight (kg)" error={errors.weightKg}>
        {(props) => <Input {...props} name="weightKg" inputMode="decimal" defaultValue={value("weightKg")} />}
      </Field>
      <Field id="activityLevel" label="Activity" error={errors.activityLevel}>
        {(props) => (
          <NativeSelect {...props} name="activityLevel" defaultValue={value("activityLevel")}>
            <Options values={ACTIVITY_LEVELS} label={(level) => ACTIVITY_LABEL[level]} />
          </NativeSelect>
        )}
      </Field>
    </>
  );
}

/** The energy target by hand, the household, units and sun. */
function EnergyAndHomeFields({ fields: { value, errors } }: { fields: FormFields }) {
  return (
    <>
      <Field
        id="energyTargetOverrideKcal"
        label="Energy target (kcal a day)"
        hint="Leave blank to compute it from your body and activity."
        error={errors.energyTargetOverrideKcal}
      >
        {(props) => (
          <Input
            {...props}
            name="energyTargetOverrideKcal"
            inputMode="numeric"
            defaultValue={value("energyTargetOverrideKcal")}
          />
        )}
      </Field>
      <Field id="householdSize" label="People you shop for" error={errors.householdSize}>
        {(props) => (
          <Input {...props} name="householdSize" inputMode="numeric" defaultValue={value("householdSize")} />
        )}
      </Field>
      <Field id="units" label="Units" error={errors.units}>
        {(props) => (
          <NativeSelect {...props} name="units" defaultValue={value("units")}>
            <option value="metric">Metric (g, kg, ml, L)</option>
            <option value="us">US (cups, oz, lb, fl oz)</option>
          </NativeSelect>
        )}
      </Field>
      <Field id="sunExposure" label="Sun on your skin" error={errors.sunExposure}>
        {(props) => (
          <NativeSelect {...props} name="sunExposure" defaultValue={value("sunExposure")}>
            <Options values={SUN_EXPOSURES} label={(sun) => SUN_LABEL[sun]} />
          </NativeSelect>
        )}
      </Field>
    </>
  );
}

/** Diet, favoured nutrients, allergies and dislikes: the planner's rules. */
function WhatYouEatFields({
  fields: { value, list, errors },
  dislikedFoods,
  dislikedDishes,
}: {
  fields: FormFields;
  dislikedFoods: { id: number; name: string }[];
  dislikedDishes: { id: number; name: string }[];
}) {
  return (
    <section className="space-y-4" aria-labelledby="what-you-eat">
      <h2 id="what-you-eat" className="text-lg font-semibold">
        What you eat
      </h2>
      <Field id="diet" label="Diet" error={errors.diet} className="sm:max-w-xs">
        {(props) => (
          <NativeSelect {...props} name="diet" defaultValue={value("diet")}>
            <Options values={DIETS} />
          </NativeSelect>
        )}
      </Field>
      <Checkboxes
        name="favouredNutrients"
        legend="Nutrients to favour"
        options={TARGET_NUTRIENTS}
        checked={list("favouredNutrients")}
        label={(nutrient) => <NutrientLabel nutrient={nutrient} />}
      />
      {errors.favouredNutrients && <p className="text-sm text-red-700">{errors.favouredNutrients[0]}</p>}
      <Checkboxes
        name="allergens"
        legend="Allergies and intolerances"
        options={ALLERGENS}
        checked={list("allergens")}
        label={(allergen) => ALLERGEN_LABEL[allergen]}
      />
      <Checkboxes
        name="dislikedFamilies"
        legend="Ingredients you never want (every kind of it)"
        options={FOOD_FAMILY_IDS}
        checked={list("dislikedFamilies")}
        label={(family) => foodFamily(family).label}
      />
      {errors.dislikedFamilies && <p className="text-sm text-red-700">{errors.dislikedFamilies[0]}</p>}
      <DislikedFoodsPicker
        initial={dislikedFoods.filter((food) => list("dislikedFoodIds").includes(String(food.id)))}
      />
      <DislikedDishes
        initial={dislikedDishes.filter((dish) => list("dislikedRecipeIds").includes(String(dish.id)))}
      />
    </section>
  );
}

function HealthFields({ list }: { list: FormFields["list"] }) {
  return (
    <section className="space-y-2" aria-labelledby="health">
      <h2 id="health" className="text-lg font-semibold">
        Health (optional)
      </h2>
      <Checkboxes
        name="riskFactors"
        legend="These can lower magnesium or vitamin B12"
        options={RISK_FACTORS}
        checked={list("riskFactors")}
        label={(factor) => RISK_FACTOR_LABEL[factor]}
      />
    </section>
  );
}

export function ProfileForm({
  action,
  profile,
  dislikedFoods,
  dislikedDishes = [],
}: {
  action: Action;
  profile: DietaryProfile;
  dislikedFoods: { id: number; name: string }[];
  dislikedDishes?: { id: number; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const submitted = state.status === "error" ? state.values : null;
  // After a rejected save the form shows what was typed, not what is stored.
  const value = (name: keyof DietaryProfile): string => {
    const raw = submitted ? submitted[name] : profile[name];
    return raw === null || raw === undefined ? "" : String(raw);
  };
  const list = (name: keyof DietaryProfile): string[] => {
    const raw = submitted ? submitted[name] : profile[name];
    return raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
  };
  const fields: FormFields = { value, list, errors };
  // Remount fields after each save so defaultValue follows the stored or submitted values.
  const formKey = state.status === "idle" ? "stored" : JSON.stringify(state);

  return (
    <form action={formAction} key={formKey} noValidate className="space-y-6">
      {state.status === "error" && <FormMessage tone="error">{state.message}</FormMessage>}
      {state.status === "success" && <FormMessage tone="success">{state.message}</FormMessage>}

      <AboutYouFields fields={fields} />

      <WhatYouEatFields fields={fields} dislikedFoods={dislikedFoods} dislikedDishes={dislikedDishes} />

      <MealPatternFields profile={profile} submitted={submitted} errors={errors} />

      <HealthFields list={list} />

      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
