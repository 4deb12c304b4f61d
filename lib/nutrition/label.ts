// A nutrition label (per serving, in the units printed) -> nutrients per 100 g. Pure.
//
// Labels print minerals and vitamins in mg, µg, IU (vitamin D) or as % Daily Value; "% DV" is converted
// with the FDA 2016 Daily Values (21 CFR 101.9), the ones US labels have used since 2020.
import { FDA_DAILY_VALUES } from "@/lib/nutrition/reference-intakes";
import {
  DIET_FACTS,
  NUTRIENT_KEYS,
  type Aisle,
  type Allergen,
  type DietFact,
  type DietFacts,
  type Food,
  type NutrientKey,
  type Nutrients,
  type Portion,
} from "@/lib/nutrition/types";
import { iuToMcgVitaminD } from "@/lib/nutrition/units";

/** Every unit a label may print a figure in. "%DV" is a percentage of the FDA Daily Value. */
export const LABEL_UNITS = ["kcal", "kJ", "g", "mg", "µg", "IU", "%DV"] as const;
export type LabelUnit = (typeof LABEL_UNITS)[number];

/** The units each nutrient may be given in; the first is the stored unit. */
export const LABEL_UNITS_BY_NUTRIENT: Readonly<Record<NutrientKey, readonly LabelUnit[]>> = Object.freeze({
  energyKcal: ["kcal", "kJ"],
  proteinG: ["g", "%DV"],
  fatG: ["g", "%DV"],
  carbohydrateG: ["g", "%DV"],
  fiberG: ["g", "%DV"],
  magnesiumMg: ["mg", "%DV"],
  calciumMg: ["mg", "%DV"],
  vitaminDMcg: ["µg", "IU", "%DV"],
  vitaminB12Mcg: ["µg", "%DV"],
});

/**
 * FDA 2016 Daily Values (adults and children 4+) in the stored unit. Energy has none on labels: the
 * 2,000 kcal is a reference diet, not a % DV line.
 */
export const LABEL_DAILY_VALUES: Readonly<Record<Exclude<NutrientKey, "energyKcal">, number>> = Object.freeze(
  {
    proteinG: 50,
    fatG: 78,
    carbohydrateG: 275,
    fiberG: 28,
    ...FDA_DAILY_VALUES,
  },
);

const KJ_PER_KCAL = 4.184;

export interface LabelFigure {
  amount: number;
  unit: LabelUnit;
}

export interface NutritionLabel {
  /** The serving the figures are for, in grams or millilitres (1 ml is taken as 1 g). */
  servingSize: number;
  servingUnit: "g" | "ml";
  /** Per serving; a figure the label does not print is null (never 0). */
  perServing: Record<NutrientKey, LabelFigure | null>;
}

/** A unit a nutrient cannot be printed in (µg of protein, IU of calcium). */
export class LabelUnitError extends RangeError {
  constructor(
    readonly nutrient: NutrientKey,
    readonly unit: LabelUnit,
  ) {
    super(`${nutrient} cannot be given in ${unit}; use ${LABEL_UNITS_BY_NUTRIENT[nutrient].join(", ")}`);
  }
}

/** One printed figure in the nutrient's stored unit (kcal, g, mg or µg). */
export function toStoredUnit(nutrient: NutrientKey, figure: LabelFigure): number {
  if (!LABEL_UNITS_BY_NUTRIENT[nutrient].includes(figure.unit))
    throw new LabelUnitError(nutrient, figure.unit);
  switch (figure.unit) {
    case "kJ":
      return figure.amount / KJ_PER_KCAL;
    case "IU":
      return iuToMcgVitaminD(figure.amount);
    case "%DV":
      return (figure.amount / 100) * LABEL_DAILY_VALUES[nutrient as Exclude<NutrientKey, "energyKcal">];
    default:
      return figure.amount;
  }
}

/** The label's figures per 100 g; a missing figure stays null. */
export function labelPer100g(label: NutritionLabel): Nutrients {
  if (!Number.isFinite(label.servingSize) || label.servingSize <= 0) {
    throw new RangeError(`servingSize must be > 0, got ${label.servingSize}`);
  }
  const factor = 100 / label.servingSize;
  return Object.fromEntries(
    NUTRIENT_KEYS.map((key) => {
      const figure = label.perServing[key];
      return [key, figure === null ? null : toStoredUnit(key, figure) * factor];
    }),
  ) as Nutrients;
}

/** The household portion a label food gets: its serving ("1 serving (30 g)"). */
export function labelServingPortion(label: Pick<NutritionLabel, "servingSize" | "servingUnit">) {
  const size = Number(label.servingSize.toFixed(1));
  return { grams: label.servingSize, description: `1 serving (${size} ${label.servingUnit})` };
}

/** A label food as the user states it: the label, and what the food contains (taken as certain). */
export interface LabelFoodInput extends NutritionLabel {
  name: string;
  fortified: boolean;
  aisle: Aisle;
  contains: readonly DietFact[];
  allergens: readonly Allergen[];
}

/** Macronutrients printed in grams that weigh more than the serving: a typo on the form, never a food. */
export function heavierThanServing(label: NutritionLabel): NutrientKey[] {
  return (["proteinG", "fatG", "carbohydrateG", "fiberG"] as const).filter((key) => {
    const figure = label.perServing[key];
    return figure !== null && toStoredUnit(key, figure) > label.servingSize * 1.001;
  });
}

/** The food a label describes, per 100 g, with its serving as the household portion. */
export function foodFromLabel(input: LabelFoodInput): {
  food: Omit<Food, "id" | "portions" | "ownerId">;
  portion: Portion;
} {
  const diet = Object.fromEntries(
    DIET_FACTS.map((fact) => [fact, input.contains.includes(fact)]),
  ) as DietFacts;
  return {
    food: {
      ndbNo: null,
      name: input.name,
      foodGroup: OWN_FOOD_GROUP,
      aisle: input.aisle,
      fortified: input.fortified,
      diet,
      // Stated by the user, who holds the package: certain (docs/NUTRITION.md, "Certain or not offered").
      dietUncertain: [],
      uncertainReason: null,
      allergens: [...new Set(input.allergens)],
      mayContain: [],
      per100g: labelPer100g(input),
    },
    portion: labelServingPortion(input),
  };
}

/** The food group of every own food: not an SR28 group, so the catalogue shows "Other". */
export const OWN_FOOD_GROUP = "own-food";

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * An own food back as the label form's values, to edit it: its serving (the household portion, in ml when
 * it was given in ml) and each figure per serving in the stored unit (kcal, g, mg, µg); % DV and IU were
 * converted when saved. A figure that was not printed stays blank.
 */
export function labelFormValues(
  food: Pick<Food, "name" | "portions" | "per100g" | "fortified" | "aisle" | "diet" | "allergens">,
): Record<string, string | string[]> {
  const serving = food.portions[0];
  const grams = serving?.grams ?? 100;
  const values: Record<string, string | string[]> = {
    name: food.name,
    servingSize: String(round3(grams)),
    servingUnit: serving && /\bml\)$/.test(serving.description) ? "ml" : "g",
    aisle: food.aisle,
    contains: DIET_FACTS.filter((fact) => food.diet[fact]),
    allergens: [...food.allergens],
  };
  if (food.fortified) values.fortified = "on";
  for (const key of NUTRIENT_KEYS) {
    const per100g = food.per100g[key];
    if (per100g === null) continue;
    values[key] = String(round3((per100g * grams) / 100));
    values[`${key}Unit`] = LABEL_UNITS_BY_NUTRIENT[key][0]!;
  }
  return values;
}
