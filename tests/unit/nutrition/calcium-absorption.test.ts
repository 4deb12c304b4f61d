import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calciumAbsorption, recipeCalciumCounted } from "@/lib/nutrition/calcium-absorption";
import { food, nutrients, recipe } from "@/tests/unit/nutrition/fixtures";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

describe("calciumAbsorption", () => {
  it.each<[string, string, number]>([
    ["Spinach, raw", "vegetables", 0.2],
    ["Swiss chard, cooked", "vegetables", 0.2],
    ["Beet greens, raw", "vegetables", 0.2],
    ["Rhubarb, raw", "vegetables", 0.2],
    ["Kale, raw", "vegetables", 1],
    ["Bok choy, raw", "vegetables", 1],
    ["Broccoli, raw", "vegetables", 1],
    ["Milk, whole (vitamin D added)", "dairy-egg", 1],
    ["Beans, white, mature seeds, canned", "legumes", 0.5],
    ["Chickpeas, canned", "legumes", 0.5],
    ["Tofu, firm, prepared with calcium sulfate", "legumes", 1],
    ["Soymilk, original, with added calcium", "legumes", 1],
    ["Nuts, almonds", "nuts-seeds", 0.7],
    ["Seeds, sesame seeds, whole, dried", "nuts-seeds", 0.7],
    ["Nuts, coconut milk, raw", "nuts-seeds", 1],
  ])("%s (%s): %s of milk's", (name, foodGroup, factor) => {
    expect(calciumAbsorption({ name, foodGroup }).factor).toBe(factor);
  });

  it("gives a reason for every factor below 1, and never exceeds 1", () => {
    for (const item of loadSeedCatalogue().foods) {
      const { factor, reason } = calciumAbsorption(item);
      expect(factor).toBeGreaterThan(0);
      expect(factor).toBeLessThanOrEqual(1);
      expect(reason === null).toBe(factor === 1);
    }
  });
});

describe("recipeCalciumCounted", () => {
  it("counts spinach's calcium at a fifth and says so", () => {
    const spinach = food({ name: "Spinach, raw", per100g: nutrients({ calciumMg: 99 }) });
    const milk = food({ name: "Milk", foodGroup: "dairy-egg", per100g: nutrients({ calciumMg: 113 }) });
    const dish = recipe([
      { food: spinach, grams: 200 },
      { food: milk, grams: 100 },
    ]);
    const counted = recipeCalciumCounted(dish);
    expect(counted.eatenMg).toBeCloseTo((198 + 113) / dish.servings);
    expect(counted.countedMg).toBeCloseTo((198 * 0.2 + 113) / dish.servings);
    expect(counted.poorlyAbsorbed.map((p) => p.name)).toEqual(["Spinach, raw"]);
  });

  it("property: counted ≤ eaten, equal when every ingredient absorbs like milk", () => {
    const seed = loadSeedCatalogue();
    fc.assert(
      fc.property(fc.constantFrom(...seed.recipes), (r) => {
        const { eatenMg, countedMg, poorlyAbsorbed } = recipeCalciumCounted(r);
        expect(countedMg).toBeLessThanOrEqual(eatenMg + 1e-9);
        if (poorlyAbsorbed.length === 0) expect(countedMg).toBeCloseTo(eatenMg);
      }),
      { seed: 543, numRuns: 200 },
    );
  });
});
