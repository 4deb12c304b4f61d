// Buying quantities: pieces, packs, volumes and weights, metric and US, always rounded up.
import type { UnitSystem } from "@/lib/nutrition/profile";
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { gramsOf, toBuyingQuantity, type BuyingUnit } from "@/lib/shopping/buying-units";
import { PURCHASABLE_ITEMS } from "@/lib/shopping/purchasable-items";

const unitOf = (id: string): BuyingUnit => {
  const found = PURCHASABLE_ITEMS.find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found.unit;
};

describe("toBuyingQuantity", () => {
  test.each<[string, number, UnitSystem, string]>([
    ["bananas", 560, "metric", "5 bananas"],
    ["bananas", 118, "metric", "1 banana"],
    ["bananas", 119, "metric", "2 bananas"],
    ["apples", 500, "metric", "3 apples"],
    ["eggs", 300, "metric", "6 eggs"],
    ["eggs", 303, "us", "7 eggs"],
    ["lemons", 100, "metric", "2 lemons"],
    ["garlic", 20, "metric", "1 head"],
    ["onions", 250, "metric", "3 onions"],
    ["avocados", 300, "metric", "2 avocados"],
    ["milk", 2440, "metric", "2.5 L"],
    ["milk", 400, "metric", "400 ml"],
    ["milk", 2440, "us", "2½ quarts"],
    ["milk", 400, "us", "14 fl oz"],
    ["rolled-oats", 320, "metric", "1 bag (500 g)"],
    ["rolled-oats", 600, "us", "2 bags (18 oz)"],
    ["chickpeas-canned", 700, "metric", "2 cans (400 g)"],
    ["spinach", 90, "metric", "1 bunch (340 g)"],
    ["olive-oil", 100, "metric", "1 bottle (500 ml)"],
    ["chicken-breast", 430, "metric", "450 g"],
    ["chicken-breast", 1210, "metric", "1.3 kg"],
    ["chicken-breast", 430, "us", "1 lb"],
    ["chicken-breast", 200, "us", "8 oz"],
    ["chicken-breast", 780, "us", "1¾ lb"],
    ["chicken-breast", 800, "us", "2 lb"],
  ])("%s, %d g in %s -> %s", (id, grams, system, expected) => {
    expect(toBuyingQuantity(grams, unitOf(id), system).display).toBe(expected);
  });

  it("never shows milk in kg or bananas in cups", () => {
    for (const grams of [50, 999, 2440, 12_000]) {
      expect(toBuyingQuantity(grams, unitOf("milk"), "metric").unit).toMatch(/^(ml|L)$/);
      expect(toBuyingQuantity(grams, unitOf("bananas"), "metric").unit).toMatch(/^bananas?$/);
    }
  });

  it("rejects negative and non-finite grams", () => {
    expect(() => toBuyingQuantity(-1, unitOf("eggs"), "metric")).toThrow(RangeError);
    expect(() => toBuyingQuantity(Number.NaN, unitOf("milk"), "us")).toThrow(RangeError);
  });

  it("every rounding is up, by less than one step, for every item and both systems", () => {
    const arb = fc.record({
      item: fc.constantFrom(...PURCHASABLE_ITEMS),
      grams: fc.double({ min: 0.01, max: 20_000, noNaN: true }),
      system: fc.constantFrom<UnitSystem>("metric", "us"),
    });
    fc.assert(
      fc.property(arb, ({ item, grams, system }) => {
        const bought = toBuyingQuantity(grams, item.unit, system);
        const boughtGrams = gramsOf(bought.quantity, bought.unit, item.unit, system);
        expect(boughtGrams).toBeGreaterThanOrEqual(grams * (1 - 1e-9));
        const oneStepLess =
          gramsOf(bought.quantity, bought.unit, item.unit, system) - stepGrams(bought, item.unit, system);
        expect(oneStepLess).toBeLessThan(grams * (1 + 1e-9));
      }),
      { seed: 17, numRuns: 2000 },
    );
  });
});

/** The grams of one rounding step of a quantity (one piece, one pack, 50 ml, ¼ lb...). */
function stepGrams(bought: { quantity: number; unit: string }, unit: BuyingUnit, system: UnitSystem): number {
  const step: Record<string, number> = {
    g: bought.quantity <= 100 ? 10 : 50,
    kg: 0.1,
    oz: 1,
    lb: 0.25,
    ml: 50,
    L: 0.5,
    "fl oz": 1,
    quarts: 0.5,
  };
  const size = step[bought.unit] ?? 1;
  return gramsOf(size, bought.unit, unit, system);
}
