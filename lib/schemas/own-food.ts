import { z } from "zod";
import { LABEL_UNITS_BY_NUTRIENT, type LabelUnit } from "@/lib/nutrition/label";
import { AISLES, ALLERGENS, DIET_FACTS, NUTRIENT_KEYS, type NutrientKey } from "@/lib/nutrition/types";
import { checkboxGroup, hasNoNul } from "@/lib/schemas/form-data";

/** At most this many own foods per user (ADR 022). */
export const OWN_FOODS_PER_USER = 200;

const MAX_FIGURE = 100_000;
const MAX_SERVING = 2000;

const figureOf = (key: NutrientKey) =>
  z
    .object({
      amount: z
        .number({ error: "amount must be a number" })
        .finite("amount must be a number")
        .nonnegative("amount cannot be negative")
        .max(MAX_FIGURE, `amount is at most ${MAX_FIGURE}`),
      unit: z.enum(LABEL_UNITS_BY_NUTRIENT[key] as [LabelUnit, ...LabelUnit[]], {
        error: `unit must be ${LABEL_UNITS_BY_NUTRIENT[key].join(", ")}`,
      }),
    })
    .nullable()
    .default(null);

const perServingShape = Object.fromEntries(NUTRIENT_KEYS.map((key) => [key, figureOf(key)])) as Record<
  NutrientKey,
  ReturnType<typeof figureOf>
>;

const servingSize = z
  .number({ error: "serving size must be a number" })
  .finite("serving size must be a number")
  .positive("serving size must be more than 0")
  .max(MAX_SERVING, `serving size is at most ${MAX_SERVING}`);

const name = z
  .string()
  .trim()
  .min(1, "Give the food a name")
  .max(200, "name is at most 200 characters")
  .refine(hasNoNul, "cannot contain NUL characters");

/**
 * A food from its nutrition label: POST /api/foods and PATCH /api/foods/{id} (the whole label). Figures
 * are per serving in the unit printed; a figure the label does not show is null or left out. Diet facts
 * and allergens are as the user states them, so they are certain.
 */
export const ZLabelFoodSchema = z.strictObject({
  name,
  servingSize,
  servingUnit: z.enum(["g", "ml"], { error: "serving unit must be g or ml" }),
  perServing: z.strictObject(perServingShape),
  fortified: z.boolean({ error: "fortified is true or false" }).default(false),
  aisle: z.enum(AISLES, { error: `aisle must be one of ${AISLES.join(", ")}` }).default("other"),
  contains: z
    .array(z.enum(DIET_FACTS, { error: `contains lists ${DIET_FACTS.join(", ")}` }))
    .default([])
    .transform((facts) => [...new Set(facts)]),
  allergens: z
    .array(z.enum(ALLERGENS, { error: `allergens are ${ALLERGENS.join(", ")}` }))
    .default([])
    .transform((allergens) => [...new Set(allergens)]),
});
export type TLabelFood = z.infer<typeof ZLabelFoodSchema>;

const formNumber = (schema: z.ZodNumber) =>
  z.preprocess((value) => (typeof value === "string" ? Number(value.replace(",", ".")) : value), schema);

const formFigures = Object.fromEntries(
  NUTRIENT_KEYS.flatMap((key) => [
    [
      key,
      formNumber(
        z
          .number({ error: "Enter a number, or leave it blank" })
          .finite("Enter a number, or leave it blank")
          .nonnegative("cannot be negative")
          .max(MAX_FIGURE, `at most ${MAX_FIGURE}`),
      ).optional(),
    ],
    [
      `${key}Unit`,
      z
        .enum(LABEL_UNITS_BY_NUTRIENT[key] as [LabelUnit, ...LabelUnit[]], {
          error: `unit must be ${LABEL_UNITS_BY_NUTRIENT[key].join(", ")}`,
        })
        .default(LABEL_UNITS_BY_NUTRIENT[key][0]!),
    ],
  ]),
) as Record<string, z.ZodType>;

/** The /foods/new form: one field per figure and one per unit; blank figures are not printed (null). */
export const ZLabelFoodFormSchema = z
  .object({
    name,
    servingSize: formNumber(servingSize),
    servingUnit: z.enum(["g", "ml"], { error: "serving unit must be g or ml" }),
    fortified: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
    aisle: z.enum(AISLES, { error: "Pick an aisle" }).default("other"),
    contains: checkboxGroup(z.enum(DIET_FACTS)),
    allergens: checkboxGroup(z.enum(ALLERGENS)),
    ...formFigures,
  })
  .transform((form): TLabelFood => {
    const values = form as Record<string, unknown>;
    const perServing = Object.fromEntries(
      NUTRIENT_KEYS.map((key) => {
        const amount = values[key] as number | undefined;
        return [key, amount === undefined ? null : { amount, unit: values[`${key}Unit`] as LabelUnit }];
      }),
    ) as TLabelFood["perServing"];
    return {
      name: form.name,
      servingSize: form.servingSize,
      servingUnit: form.servingUnit,
      perServing,
      fortified: form.fortified,
      aisle: form.aisle,
      contains: [...new Set(form.contains)],
      allergens: [...new Set(form.allergens)],
    };
  });
