import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  exactTotals,
  recipeNutrition,
  scaleNutrients,
  scaleNutrientTotals,
  sumNutrientTotals,
} from "@/lib/nutrition/recipe-nutrition";
import { NUTRIENT_KEYS } from "@/lib/nutrition/types";
import { arbNutrients, arbRecipe, close, food, nutrients, recipe } from "@/tests/unit/nutrition/fixtures";

const spinach = food({
  name: "Spinach, raw",
  per100g: nutrients({ energyKcal: 23, magnesiumMg: 79, calciumMg: 99, vitaminDMcg: 0, vitaminB12Mcg: 0 }),
});
const almonds = food({
  name: "Almonds",
  per100g: nutrients({
    energyKcal: 579,
    magnesiumMg: 270,
    calciumMg: 269,
    vitaminDMcg: null,
    vitaminB12Mcg: 0,
  }),
});
const mystery = food({
  name: "Unmeasured",
  per100g: nutrients({ magnesiumMg: null, calciumMg: null, vitaminDMcg: null, vitaminB12Mcg: null }),
});

describe("scaleNutrients", () => {
  it("scales per-100 g values to grams and keeps null", () => {
    const s = scaleNutrients(almonds.per100g, 30);
    expect(s.magnesiumMg).toBeCloseTo(81, 10);
    expect(s.calciumMg).toBeCloseTo(80.7, 10);
    expect(s.vitaminDMcg).toBeNull();
    expect(s.vitaminB12Mcg).toBe(0);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d grams", (grams) => {
    expect(() => scaleNutrients(almonds.per100g, grams)).toThrow(RangeError);
  });

  it("is linear in grams", () => {
    fc.assert(
      fc.property(
        arbNutrients,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 1000, noNaN: true }),
        (per100g, a, b) => {
          const sa = scaleNutrients(per100g, a);
          const sb = scaleNutrients(per100g, b);
          const sab = scaleNutrients(per100g, a + b);
          const s100 = scaleNutrients(per100g, 100);
          for (const k of NUTRIENT_KEYS) {
            const v = per100g[k];
            if (v === null) {
              expect([sa[k], sb[k], sab[k]]).toEqual([null, null, null]);
            } else {
              expect(close(sab[k]!, sa[k]! + sb[k]!)).toBe(true);
              expect(close(s100[k]!, v)).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe("recipeNutrition", () => {
  it("sums known values and flags lower bounds", () => {
    const r = recipe(
      [
        { food: spinach, grams: 200 },
        { food: almonds, grams: 30 },
      ],
      { servings: 2 },
    );
    const { total, perServing } = recipeNutrition(r);
    expect(total.magnesiumMg.amount).toBeCloseTo(158 + 81, 10);
    expect(total.magnesiumMg.lowerBound).toBe(false);
    expect(perServing.magnesiumMg.amount).toBeCloseTo(119.5, 10);
    // Almonds have no vitamin D value: spinach's 0 is a lower bound, not a true zero.
    expect(total.vitaminDMcg).toEqual({ amount: 0, lowerBound: true });
    expect(perServing.vitaminDMcg).toEqual({ amount: 0, lowerBound: true });
  });

  it("is null and a lower bound when every ingredient misses the value", () => {
    const { total } = recipeNutrition(
      recipe([
        { food: mystery, grams: 100 },
        { food: almonds, grams: 10 },
      ]),
    );
    expect(total.vitaminDMcg).toEqual({ amount: null, lowerBound: true });
    expect(total.magnesiumMg.amount).toBeCloseTo(27, 10);
    expect(total.magnesiumMg.lowerBound).toBe(true);
  });

  it("totals exactly 0 for a recipe without ingredients", () => {
    const { total, perServing } = recipeNutrition(recipe([]));
    for (const k of NUTRIENT_KEYS) {
      expect(total[k]).toEqual({ amount: 0, lowerBound: false });
      expect(perServing[k]).toEqual({ amount: 0, lowerBound: false });
    }
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("rejects %d servings", (servings) => {
    expect(() => recipeNutrition(recipe([{ food: spinach, grams: 100 }], { servings }))).toThrow(RangeError);
  });

  it("total = sum of scaled known values; lowerBound iff any null; null iff all null", () => {
    fc.assert(
      fc.property(arbRecipe, (r) => {
        const { total } = recipeNutrition(r);
        for (const k of NUTRIENT_KEYS) {
          const values = r.ingredients.map((i) => i.food.per100g[k]);
          const known = r.ingredients.filter((i) => i.food.per100g[k] !== null);
          const expected = known.reduce((sum, i) => sum + (i.food.per100g[k]! * i.grams) / 100, 0);
          const anyNull = values.some((v) => v === null);
          const allNull = values.length > 0 && values.every((v) => v === null);
          expect(total[k].lowerBound).toBe(anyNull);
          if (allNull) {
            expect(total[k].amount).toBeNull();
          } else {
            expect(total[k].amount).not.toBeNull();
            expect(close(total[k].amount!, expected)).toBe(true);
          }
        }
      }),
    );
  });

  it("perServing × servings ≈ total with the same lowerBound", () => {
    fc.assert(
      fc.property(arbRecipe, (r) => {
        const { total, perServing } = recipeNutrition(r);
        for (const k of NUTRIENT_KEYS) {
          expect(perServing[k].lowerBound).toBe(total[k].lowerBound);
          const t = total[k].amount;
          const p = perServing[k].amount;
          if (t === null) expect(p).toBeNull();
          else expect(close(p! * r.servings, t)).toBe(true);
        }
      }),
    );
  });

  it("does not depend on ingredient order", () => {
    fc.assert(
      fc.property(arbRecipe, (r) => {
        const a = recipeNutrition(r).total;
        const b = recipeNutrition({ ...r, ingredients: [...r.ingredients].reverse() }).total;
        for (const k of NUTRIENT_KEYS) {
          expect(b[k].lowerBound).toBe(a[k].lowerBound);
          if (a[k].amount === null) expect(b[k].amount).toBeNull();
          else expect(close(b[k].amount!, a[k].amount!)).toBe(true);
        }
      }),
    );
  });
});

describe("sumNutrientTotals / scaleNutrientTotals", () => {
  it("adds totals and keeps lower bounds", () => {
    const a = exactTotals(nutrients({ magnesiumMg: 100, vitaminDMcg: null }));
    const b = exactTotals(nutrients({ magnesiumMg: 50, vitaminDMcg: 2 }));
    const sum = sumNutrientTotals([a, b]);
    expect(sum.magnesiumMg).toEqual({ amount: 150, lowerBound: false });
    expect(sum.vitaminDMcg).toEqual({ amount: 2, lowerBound: true });
    expect(sumNutrientTotals([]).magnesiumMg).toEqual({ amount: 0, lowerBound: false });
    expect(scaleNutrientTotals(sum, 2).magnesiumMg).toEqual({ amount: 300, lowerBound: false });
    expect(scaleNutrientTotals(a, 3).vitaminDMcg).toEqual({ amount: null, lowerBound: true });
    expect(() => scaleNutrientTotals(a, -1)).toThrow(RangeError);
  });
});
