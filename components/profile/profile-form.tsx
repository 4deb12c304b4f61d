"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { FOOD_FAMILY_IDS, foodFamily, type FoodFamilyId } from "@/lib/nutrition/food-families";
import { ACTIVITY_LEVELS, RISK_FACTORS, SUN_EXPOSURES, type DietaryProfile } from "@/lib/nutrition/profile";
import { ALLERGENS, DIETS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { ALLERGEN_LABEL } from "@/components/catalogue/diet-badges";
import { NutrientLabel } from "@/components/nutrient";
import { Button } from "@/components/ui/button";
import {
  FormMessage,
  formFieldsOf,
  InputField,
  SelectField,
  type FormFields as ProfileFields,
} from "@/components/ui/field";
import { Options } from "@/components/ui/input";
import { DislikedDishes } from "@/components/profile/disliked-dishes";
import { FamilyFoods } from "@/components/profile/family-foods";
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

type FormFields = ProfileFields<keyof DietaryProfile>;

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
function BodyFields({ fields }: { fields: FormFields }) {
  return (
    <>
      <SelectField fields={fields} id="sex" label="Sex">
        <option value="female">Female</option>
        <option value="male">Male</option>
      </SelectField>
      <InputField fields={fields} id="birthYear" label="Year of birth" inputMode="numeric" />
      <SelectField fields={fields} id="birthMonth" label="Month of birth (optional)">
        <option value="">Not given (age from the year only)</option>
        {MONTHS.map((month, index) => (
          <option key={month} value={index + 1}>
            {month}
          </option>
        ))}
      </SelectField>
      <SelectField fields={fields} id="pregnancy" label="Pregnant or breastfeeding">
        <option value="">Neither</option>
        <option value="pregnant">Pregnant</option>
        <option value="lactating">Breastfeeding</option>
      </SelectField>
      <InputField fields={fields} id="heightCm" label="Height (cm)" inputMode="decimal" />
      <InputField fields={fields} id="weightKg" label="Weight (kg)" inputMode="decimal" />
      <SelectField fields={fields} id="activityLevel" label="Activity">
        <Options values={ACTIVITY_LEVELS} label={(level) => ACTIVITY_LABEL[level]} />
      </SelectField>
    </>
  );
}

/** The energy target by hand, the household, units and sun. */
function EnergyAndHomeFields({ fields }: { fields: FormFields }) {
  return (
    <>
      <InputField
        fields={fields}
        id="energyTargetOverrideKcal"
        label="Energy target (kcal a day)"
        hint="Leave blank to compute it from your body and activity."

        inputMode="numeric"
      />
      <InputField fields={fields} id="householdSize" label="People you shop for" inputMode="numeric" />
      <SelectField fields={fields} id="units" label="Units">
        <option value="metric">Metric (g, kg, ml, L)</option>
        <option value="us">US (cups, oz, lb, fl oz)</option>
      </SelectField>
      <SelectField fields={fields} id="sunExposure" label="Sun on your skin">
        <Options values={SUN_EXPOSURES} label={(sun) => SUN_LABEL[sun]} />
      </SelectField>
    </>
  );
}

/** Diet, favoured nutrients, allergies and dislikes: the planner's rules. */
function WhatYouEatFields({
  fields,
  dislikedFoods,
  dislikedDishes,
  familyFoods,
}: {
  fields: FormFields;
  dislikedFoods: { id: number; name: string }[];
  dislikedDishes: { id: number; name: string }[];
  familyFoods?: Record<FoodFamilyId, string[]>;
}) {
  return (
    <section className="space-y-4" aria-labelledby="what-you-eat">
      <h2 id="what-you-eat" className="text-lg font-semibold">
        What you eat
      </h2>
      <SelectField fields={fields} id="diet" label="Diet" className="sm:max-w-xs">
        <Options values={DIETS} />
      </SelectField>
      <Checkboxes
        name="favouredNutrients"
        legend="Nutrients to favour"
        options={TARGET_NUTRIENTS}
        checked={fields.list("favouredNutrients")}
        error={fields.errors.favouredNutrients}
        label={(nutrient) => <NutrientLabel nutrient={nutrient} />}
      />
      <Checkboxes
        name="allergens"
        legend="Allergies and intolerances"
        options={ALLERGENS}
        checked={fields.list("allergens")}
        label={(allergen) => ALLERGEN_LABEL[allergen]}
      />
      <Checkboxes
        name="dislikedFamilies"
        legend="Ingredients you never want (every kind of it)"
        options={FOOD_FAMILY_IDS}
        checked={fields.list("dislikedFamilies")}
        error={fields.errors.dislikedFamilies}
        label={(family) => foodFamily(family).label}
      />
      {familyFoods && <FamilyFoods foods={familyFoods} />}
      <DislikedFoodsPicker
        initial={dislikedFoods.filter((food) => fields.list("dislikedFoodIds").includes(String(food.id)))}
      />
      <DislikedDishes
        initial={dislikedDishes.filter((dish) => fields.list("dislikedRecipeIds").includes(String(dish.id)))}
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
  familyFoods,
}: {
  action: Action;
  profile: DietaryProfile;
  dislikedFoods: { id: number; name: string }[];
  dislikedDishes?: { id: number; name: string }[];
  /** What each ingredient family covers in the catalogue (listFamilyFoods). */
  familyFoods?: Record<FoodFamilyId, string[]>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state);
  const submitted = state.status === "error" ? state.values : null;
  // After a rejected save the form shows what was typed, not what is stored.
  const fields: FormFields = formFieldsOf(state, profile);
  // Remount fields after each save so defaultValue follows the stored or submitted values.
  const formKey = state.status === "idle" ? "stored" : JSON.stringify(state);

  return (
    <form action={formAction} key={formKey} noValidate className="space-y-6">
      {state.status === "error" && <FormMessage tone="error">{state.message}</FormMessage>}
      {state.status === "success" && <FormMessage tone="success">{state.message}</FormMessage>}

      <AboutYouFields fields={fields} />

      <WhatYouEatFields
        fields={fields}
        dislikedFoods={dislikedFoods}
        dislikedDishes={dislikedDishes}
        familyFoods={familyFoods}
      />

      <MealPatternFields fields={fields} profile={profile} submitted={submitted} />

      <HealthFields list={fields.list} />

      <Button type="submit" disabled={pending} aria-busy={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}
