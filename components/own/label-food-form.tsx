"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/validated-action";
import { LABEL_UNITS_BY_NUTRIENT } from "@/lib/nutrition/label";
import { AISLES, ALLERGENS, DIET_FACTS, NUTRIENT_KEYS, type DietFact } from "@/lib/nutrition/types";
import { NUTRIENT_META } from "@/lib/nutrition/units";
import { ALLERGEN_LABEL } from "@/components/catalogue/diet-badges";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { Checkboxes } from "@/components/ui/checkboxes";
import { Input, NativeSelect, Options } from "@/components/ui/input";
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
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : initial;
  const value = (name: string) => {
    const v = values[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const list = (name: string) => {
    const v = values[name];
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
  const errorOf = (name: string) => errors[name] ?? errors[`perServing.${name}`];
  return (
    <form action={formAction} className="space-y-6" noValidate>
      {state.status === "error" && <FormMessage tone="error">{state.message}</FormMessage>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="name" label="Name" error={errors.name} className="sm:col-span-3">
          {(props) => <Input {...props} name="name" defaultValue={value("name")} maxLength={200} required />}
        </Field>
        <Field id="servingSize" label="Serving size" error={errors.servingSize}>
          {(props) => (
            <Input {...props} name="servingSize" inputMode="decimal" defaultValue={value("servingSize")} />
          )}
        </Field>
        <Field id="servingUnit" label="Serving unit" error={errors.servingUnit} hint="1 ml is counted as 1 g">
          {(props) => (
            <NativeSelect {...props} name="servingUnit" defaultValue={value("servingUnit") ?? "g"}>
              <option value="g">g</option>
              <option value="ml">ml</option>
            </NativeSelect>
          )}
        </Field>
        <Field id="aisle" label="Shop aisle" error={errors.aisle}>
          {(props) => (
            <NativeSelect {...props} name="aisle" defaultValue={value("aisle") ?? "other"}>
              <Options values={AISLES} label={(aisle) => aisle.replace("_", " & ")} />
            </NativeSelect>
          )}
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Per serving</legend>
        {NUTRIENT_KEYS.map((key) => {
          const units = LABEL_UNITS_BY_NUTRIENT[key];
          return (
            <div key={key} className="grid grid-cols-[1fr_8rem_9rem] items-start gap-2">
              <Field id={key} label={NUTRIENT_META[key].label} error={errorOf(key)}>
                {(props) => (
                  <Input
                    {...props}
                    name={key}
                    inputMode="decimal"
                    defaultValue={value(key)}
                    placeholder="not printed"
                  />
                )}
              </Field>
              <Field
                id={`${key}Unit`}
                label={`${NUTRIENT_META[key].label} unit`}
                error={errors[`${key}Unit`]}
              >
                {(props) => (
                  <NativeSelect {...props} name={`${key}Unit`} defaultValue={value(`${key}Unit`) ?? units[0]}>
                    <Options values={units} label={(unit) => UNIT_LABEL[unit] ?? unit} />
                  </NativeSelect>
                )}
              </Field>
            </div>
          );
        })}
      </fieldset>
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
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save food"}
      </Button>
    </form>
  );
}
