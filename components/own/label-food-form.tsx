"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { LABEL_UNITS_BY_NUTRIENT } from "@/lib/nutrition/label";
import { AISLES, ALLERGENS, DIET_FACTS, NUTRIENT_KEYS, type DietFact } from "@/lib/nutrition/types";
import { NUTRIENT_META } from "@/lib/nutrition/units";
import { ALLERGEN_LABEL } from "@/components/catalogue/diet-badges";
import { Button } from "@/components/ui/button";
import { FormMessage, formFieldsOf, InputField, SelectField, type FormFields } from "@/components/ui/field";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Options } from "@/components/ui/input";
import { useActionToast } from "@/components/use-action-toast";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

const CONTAINS_LABEL: Record<DietFact, string> = {
  containsMeat: "Meat",
  containsFish: "Fish",
  containsShellfish: "Shellfish",
  containsDairy: "Milk or dairy",
  containsEgg: "Egg",
  containsHoney: "Honey",
};

const UNIT_LABEL: Record<string, string> = { "%DV": "% Daily Value", IU: "IU", µg: "µg (mcg)" };

function ServingFields({ form }: { form: FormFields }) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <InputField fields={form} id="name" label="Name" className="sm:col-span-3" maxLength={200} required />
      <InputField fields={form} id="servingSize" label="Serving size" inputMode="decimal" />
      <SelectField
        fields={form}
        id="servingUnit"
        label="Serving unit"
        hint="1 ml is counted as 1 g"
        defaultValue={form.value("servingUnit") ?? "g"}
      >
        <option value="g">g</option>
        <option value="ml">ml</option>
      </SelectField>
      <SelectField fields={form} id="aisle" label="Shop aisle" defaultValue={form.value("aisle") ?? "other"}>
        <Options values={AISLES} label={(aisle) => aisle.replace("_", " & ")} />
      </SelectField>
    </div>
  );
}

/** Each figure of the label with the unit it is printed in. */
function PerServingFields({ form }: { form: FormFields }) {
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium">Per serving</legend>
      {NUTRIENT_KEYS.map((key) => {
        const units = LABEL_UNITS_BY_NUTRIENT[key];
        const label = NUTRIENT_META[key].label;
        return (
          <div key={key} className="grid grid-cols-[1fr_8rem_9rem] items-start gap-2">
            <InputField
              fields={form}
              id={key}
              label={label}
              error={form.errors[key] ?? form.errors[`perServing.${key}`]}
              inputMode="decimal"
              placeholder="not printed"
            />
            <SelectField
              fields={form}
              id={`${key}Unit`}
              label={`${label} unit`}
              defaultValue={form.value(`${key}Unit`) ?? units[0]}
            >
              <Options values={units} label={(unit) => UNIT_LABEL[unit] ?? unit} />
            </SelectField>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Fortification, diet facts and allergens as the user states them (certain, ADR 022). */
function LabelFacts({ form: { value, list } }: { form: FormFields }) {
  return (
    <>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="fortified"
          defaultChecked={value("fortified") === "on"}
          className="size-4"
        />
        Fortified: vitamin B12 or D is added (the ingredients list says so)
      </label>
      <Checkboxes
        columns="grid gap-2 sm:grid-cols-3"
        name="contains"
        legend="It contains"
        options={DIET_FACTS}
        label={(fact) => CONTAINS_LABEL[fact]}
        checked={list("contains")}
      />
      <Checkboxes
        columns="grid gap-2 sm:grid-cols-3"
        name="allergens"
        legend="Allergens on the label"
        options={ALLERGENS}
        label={(allergen) => ALLERGEN_LABEL[allergen]}
        checked={list("allergens")}
      />
    </>
  );
}

/**
 * The label of one serving, figure by figure in the printed unit; field errors beside each field.
 * `initial`: the form's values to start from (editing a food, labelFormValues).
 */
export function LabelFoodForm({
  action,
  initial = {},
}: {
  action: Action;
  initial?: Record<string, string | string[]>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ActionState);
  useActionToast(state, { success: false });
  const form = formFieldsOf(state, initial);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      {state.status === "error" && <FormMessage tone="error">{state.message}</FormMessage>}
      <ServingFields form={form} />
      <PerServingFields form={form} />
      <LabelFacts form={form} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save food"}
      </Button>
    </form>
  );
}
