// The pantry in buying units: the units offered, quantity -> grams of the food, and how an amount reads.
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import type { UnitSystem } from "@/lib/nutrition/profile";
import { describePantryAmount, pantryGramsOf, pantryUnitOptions } from "@/lib/shopping/pantry-units";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const catalogue = loadSeedCatalogue();
const byName = (name: string) => {
  const found = catalogue.foods.find((f) => f.name === name);
  if (!found) throw new Error(`seed has no ${name}`);
  return found;
};

describe("pantry units", () => {
  test.each<[string, UnitSystem, string[]]>([
    ["Egg, whole, raw", "metric", ["eggs", "g", "kg"]],
    ["Rolled oats", "metric", ["bags (500 g)", "g", "kg"]],
    ["Rolled oats", "us", ["bags (18 oz)", "oz", "lb"]],
    ["Milk, whole (vitamin D added)", "metric", ["ml", "L", "g", "kg"]],
    ["Chicken breast, skinless, raw", "us", ["oz", "lb"]],
  ])("%s in %s offers %j", (name, system, labels) => {
    expect(pantryUnitOptions(byName(name), system).map((o) => o.label)).toEqual(labels);
  });

  test.each<[string, number, string, UnitSystem, number]>([
    ["Egg, whole, raw", 3, "each", "metric", 150],
    // Three eggs at home cover three yolks' worth: 3 × 17 g of yolk.
    ["Egg yolk, raw", 3, "each", "metric", 51],
    ["Rolled oats", 1, "each", "metric", 500],
    ["Rolled oats", 1, "lb", "us", 453.59237],
    ["Milk, whole (vitamin D added)", 1, "L", "metric", 1000 * (244 / 236.588)],
    // A bag of dry quinoa is 500 / 0.327 g of cooked quinoa.
    ["Quinoa, cooked", 1, "each", "metric", 500 / 0.327],
  ])("%s: %d %s (%s) = %d g", (name, quantity, unit, system, grams) => {
    expect(pantryGramsOf(quantity, unit, byName(name), system)).toBeCloseTo(grams, 3);
  });

  it("refuses a unit the food does not offer and a negative quantity", () => {
    expect(() => pantryGramsOf(1, "each", byName("Chicken breast, skinless, raw"), "metric")).toThrow(
      RangeError,
    );
    expect(() => pantryGramsOf(1, "oz", byName("Egg, whole, raw"), "metric")).toThrow(RangeError);
    expect(() => pantryGramsOf(-1, "g", byName("Egg, whole, raw"), "metric")).toThrow(RangeError);
  });

  test.each<[string, number, UnitSystem, string]>([
    ["Egg, whole, raw", 150, "metric", "3 eggs"],
    ["Rolled oats", 500, "metric", "1 bag (500 g)"],
    ["Rolled oats", 250, "metric", "½ bag (500 g)"],
    ["Milk, whole (vitamin D added)", 1548, "metric", "1.5 L"],
    ["Chicken breast, skinless, raw", 450, "us", "1 lb"],
  ])("%s, %d g reads %s", (name, grams, system, expected) => {
    expect(describePantryAmount(grams, byName(name), system)).toBe(expected);
  });

  it("a quantity entered in the item's unit reads back as that quantity (to the quarter)", () => {
    const arb = fc.record({
      food: fc.constantFrom(...catalogue.foods),
      quarters: fc.integer({ min: 1, max: 40 }),
      system: fc.constantFrom<UnitSystem>("metric", "us"),
    });
    fc.assert(
      fc.property(arb, ({ food, quarters, system }) => {
        const option = pantryUnitOptions(food, system)[0]!;
        if (option.value !== "each") return;
        const grams = pantryGramsOf(quarters / 4, "each", food, system);
        expect(describePantryAmount(grams, food, system)).toMatch(/^[\d¼½¾]+ /);
      }),
      { seed: 5, numRuns: 300 },
    );
  });
});
