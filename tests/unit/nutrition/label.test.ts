import { describe, expect, it } from "vitest";
import {
  foodFromLabel,
  heavierThanServing,
  labelFormValues,
  labelPer100g,
  LabelUnitError,
  toStoredUnit,
  type NutritionLabel,
} from "@/lib/nutrition/label";
import { NUTRIENT_KEYS } from "@/lib/nutrition/types";
import { ZLabelFoodFormSchema } from "@/lib/schemas/own-food";
import { plantMilkLabel } from "@/tests/factories/own-catalogue";

const blank = Object.fromEntries(NUTRIENT_KEYS.map((key) => [key, null])) as NutritionLabel["perServing"];

describe("nutrition labels", () => {
  it("converts each printed unit to the stored one", () => {
    expect(toStoredUnit("vitaminDMcg", { amount: 400, unit: "IU" })).toBe(10);
    expect(toStoredUnit("vitaminDMcg", { amount: 25, unit: "%DV" })).toBe(5);
    expect(toStoredUnit("vitaminB12Mcg", { amount: 100, unit: "%DV" })).toBeCloseTo(2.4, 10);
    expect(toStoredUnit("calciumMg", { amount: 10, unit: "%DV" })).toBe(130);
    expect(toStoredUnit("magnesiumMg", { amount: 50, unit: "%DV" })).toBe(210);
    expect(toStoredUnit("fiberG", { amount: 50, unit: "%DV" })).toBe(14);
    expect(toStoredUnit("energyKcal", { amount: 418.4, unit: "kJ" })).toBeCloseTo(100, 10);
    expect(() => toStoredUnit("calciumMg", { amount: 1, unit: "IU" })).toThrow(LabelUnitError);
  });

  it("stores per 100 g and keeps a figure that is not printed as null, never 0", () => {
    const per100g = labelPer100g({
      servingSize: 30,
      servingUnit: "g",
      perServing: {
        ...blank,
        proteinG: { amount: 6, unit: "g" },
        vitaminB12Mcg: { amount: 50, unit: "%DV" },
      },
    });
    expect(per100g.proteinG).toBeCloseTo(20, 10);
    expect(per100g.vitaminB12Mcg).toBeCloseTo(4, 10);
    expect(per100g.calciumMg).toBeNull();
  });

  it("makes a certain food with the serving as its portion, and catches grams heavier than the serving", () => {
    const label: NutritionLabel = {
      servingSize: 15,
      servingUnit: "g",
      perServing: { ...blank, proteinG: { amount: 16, unit: "g" } },
    };
    expect(heavierThanServing(label)).toEqual(["proteinG"]);
    const { food, portion } = foodFromLabel({
      ...label,
      name: "Yeast flakes",
      fortified: true,
      aisle: "other",
      contains: ["containsHoney"],
      allergens: ["soy", "soy"],
    });
    expect(portion).toEqual({ grams: 15, description: "1 serving (15 g)" });
    expect(food).toMatchObject({ ndbNo: null, dietUncertain: [], allergens: ["soy"], fortified: true });
    expect(food.diet).toMatchObject({ containsHoney: true, containsDairy: false });
  });

  it("fills the edit form back from a saved food: saving it unchanged keeps the food as it was", () => {
    const { food, portion } = foodFromLabel({ ...plantMilkLabel(), allergens: ["wheat_gluten"] });
    const values = labelFormValues({ ...food, portions: [portion] });
    expect(values).toMatchObject({
      servingSize: "240",
      servingUnit: "ml",
      calciumMg: "455",
      calciumMgUnit: "mg",
    });
    expect(values.magnesiumMg).toBeUndefined();
    const again = foodFromLabel({ ...ZLabelFoodFormSchema.parse(values) });
    expect({ ...again.food, per100g: null }).toEqual({ ...food, per100g: null });
    for (const key of NUTRIENT_KEYS) {
      if (food.per100g[key] === null) expect(again.food.per100g[key]).toBeNull();
      else expect(again.food.per100g[key]).toBeCloseTo(food.per100g[key]!, 6);
    }
    expect(again.portion).toEqual(portion);
  });
});
