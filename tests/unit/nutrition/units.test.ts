import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NUTRIENT_KEYS, type NutrientKey } from "@/lib/nutrition/types";
import {
  formatAmount,
  formatNumber,
  iuToMcgVitaminD,
  mcgToIuVitaminD,
  NUTRIENT_META,
} from "@/lib/nutrition/units";

describe("NUTRIENT_META", () => {
  it.each([
    ["energyKcal", "Energy", "kcal"],
    ["proteinG", "Protein", "g"],
    ["fatG", "Fat", "g"],
    ["carbohydrateG", "Carbohydrate", "g"],
    ["fiberG", "Fiber", "g"],
    ["magnesiumMg", "Magnesium", "mg"],
    ["calciumMg", "Calcium", "mg"],
    ["vitaminDMcg", "Vitamin D", "µg"],
    ["vitaminB12Mcg", "Vitamin B12", "µg"],
  ] as const)("%s is %s in %s", (key, label, unit) => {
    expect(NUTRIENT_META[key].label).toBe(label);
    expect(NUTRIENT_META[key].unit).toBe(unit);
    expect(NUTRIENT_META[key].shortLabel.length).toBeGreaterThan(0);
  });

  it("covers every nutrient key and nothing else", () => {
    expect(Object.keys(NUTRIENT_META).sort()).toEqual([...NUTRIENT_KEYS].sort());
  });
});

describe("formatAmount", () => {
  it.each<[NutrientKey, number, string]>([
    ["magnesiumMg", 79, "79 mg"],
    ["magnesiumMg", 79.04, "79 mg"],
    ["magnesiumMg", 79.25, "79.3 mg"],
    ["magnesiumMg", 99.96, "100 mg"],
    ["magnesiumMg", 420, "420 mg"],
    ["magnesiumMg", 420.6, "421 mg"],
    ["calciumMg", 1300, "1,300 mg"],
    ["calciumMg", 12345.6, "12,346 mg"],
    ["calciumMg", 0, "0 mg"],
    ["vitaminB12Mcg", 0.3, "0.3 µg"],
    ["vitaminB12Mcg", 0.17, "0.17 µg"],
    ["vitaminB12Mcg", 0.0456, "0.046 µg"],
    ["vitaminB12Mcg", 0.004, "0.004 µg"],
    ["vitaminB12Mcg", 2.4, "2.4 µg"],
    ["vitaminB12Mcg", 2.4000000000000004, "2.4 µg"],
    ["vitaminB12Mcg", 0.9996, "1 µg"],
    ["vitaminDMcg", 15, "15 µg"],
    ["vitaminDMcg", 9.996, "10 µg"],
    ["proteinG", 2.857, "2.86 g"],
    ["proteinG", 2.86, "2.86 g"],
    ["proteinG", 1.005, "1.01 g"],
    ["fatG", 12.34, "12.3 g"],
    ["fiberG", 10, "10 g"],
    ["energyKcal", 45.5, "46 kcal"],
    ["energyKcal", 717, "717 kcal"],
    ["energyKcal", 2000.4, "2,000 kcal"],
    ["energyKcal", 0.4, "0 kcal"],
  ])("%s %d -> %s", (key, value, text) => {
    expect(formatAmount(key, value)).toBe(text);
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY])("%s is not measured", (value) => {
    expect(formatAmount("magnesiumMg", value)).toBe("—");
    expect(formatAmount("magnesiumMg", value, { missing: "dash" })).toBe("—");
    expect(formatAmount("magnesiumMg", value, { missing: "text" })).toBe("not measured");
  });

  it("always shows at most two significant decimals and ends with the unit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NUTRIENT_KEYS),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (key, value) => {
          const text = formatAmount(key, value);
          expect(text.endsWith(` ${NUTRIENT_META[key].unit}`)).toBe(true);
          const number = Number(text.slice(0, text.lastIndexOf(" ")).replaceAll(",", ""));
          expect(Number.isFinite(number)).toBe(true);
          // Display rounding never moves a value by more than 5 % (or 0.5 for whole kcal).
          expect(Math.abs(number - value)).toBeLessThanOrEqual(
            Math.max(0.05 * value, key === "energyKcal" ? 0.5 : 5e-7) + 1e-12,
          );
        },
      ),
    );
  });
});

describe("formatNumber", () => {
  it.each([
    [-0, "0"],
    [-2.5, "-2.5"],
    [1234567, "1,234,567"],
    [100, "100"],
    [10.04, "10"],
    [1e-300, "0"],
    [0.0000012, "0.000001"],
  ])("%d -> %s", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("rejects non-finite numbers", () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});

describe("vitamin D IU conversion", () => {
  it.each([
    [400, 10],
    [600, 15],
    [800, 20],
    [4000, 100],
    [0, 0],
  ])("%d IU = %d µg", (iu, mcg) => {
    expect(iuToMcgVitaminD(iu)).toBe(mcg);
    expect(mcgToIuVitaminD(mcg)).toBe(iu);
  });

  it("round-trips", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (mcg) => {
        expect(iuToMcgVitaminD(mcgToIuVitaminD(mcg))).toBeCloseTo(mcg, 9);
      }),
    );
  });
});
