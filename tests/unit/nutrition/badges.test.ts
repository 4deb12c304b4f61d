import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { badgeLevel, nutrientBadges, percentOf } from "@/lib/nutrition/badges";
import { FDA_DAILY_VALUES } from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";

const CASES = TARGET_NUTRIENTS.flatMap((nutrient) =>
  (
    [
      [0, null],
      [9.99, null],
      [10, "source"],
      [15, "source"],
      [19.99, "source"],
      [20, "high"],
      [250, "high"],
    ] as const
  ).map(
    ([percent, level]) => [nutrient, percent, level] as [TargetNutrient, number, "high" | "source" | null],
  ),
);

describe("nutrientBadges", () => {
  it.each(CASES)("%s at %d %% DV -> %s", (nutrient, percent, level) => {
    const amount = (FDA_DAILY_VALUES[nutrient] * percent) / 100;
    const badges = nutrientBadges({ [nutrient]: amount });
    if (level === null) {
      expect(badges).toEqual([]);
    } else {
      expect(badges).toHaveLength(1);
      expect(badges[0]?.nutrient).toBe(nutrient);
      expect(badges[0]?.level).toBe(level);
      expect(badges[0]?.percentDv).toBeCloseTo(percent, 9);
    }
  });

  it.each([
    ["magnesiumMg", 42, "source"],
    ["magnesiumMg", 84, "high"],
    ["calciumMg", 130, "source"],
    ["calciumMg", 260, "high"],
    ["vitaminDMcg", 2, "source"],
    ["vitaminDMcg", 4, "high"],
    ["vitaminB12Mcg", 0.24, "source"],
    ["vitaminB12Mcg", 0.48, "high"],
  ] as const)("exact threshold amount %s %d -> %s", (nutrient, amount, level) => {
    expect(nutrientBadges({ [nutrient]: amount })[0]?.level).toBe(level);
  });

  it("returns badges in TARGET_NUTRIENTS order and skips missing values", () => {
    const badges = nutrientBadges({
      vitaminB12Mcg: 1.2, // 50 %
      calciumMg: null,
      magnesiumMg: 50, // 11.9 %
      vitaminDMcg: Number.NaN,
    });
    expect(badges.map((b) => [b.nutrient, b.level])).toEqual([
      ["magnesiumMg", "source"],
      ["vitaminB12Mcg", "high"],
    ]);
    expect(nutrientBadges({})).toEqual([]);
  });

  it("agrees with badgeLevel(percentOf(...)) for any amounts", () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            magnesiumMg: fc.option(fc.double({ min: 0, max: 1000, noNaN: true }), { nil: null }),
            calciumMg: fc.option(fc.double({ min: 0, max: 3000, noNaN: true }), { nil: null }),
            vitaminDMcg: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
            vitaminB12Mcg: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null }),
          },
          { requiredKeys: [] },
        ),
        (perPortion) => {
          const badges = nutrientBadges(perPortion);
          for (const n of TARGET_NUTRIENTS) {
            const amount = perPortion[n];
            const badge = badges.find((b) => b.nutrient === n);
            if (amount === null || amount === undefined) {
              expect(badge).toBeUndefined();
              continue;
            }
            const pct = percentOf(amount, FDA_DAILY_VALUES[n]);
            expect(badge?.level ?? null).toBe(badgeLevel(pct));
            if (badge) expect(badge.percentDv).toBeGreaterThanOrEqual(10 - 1e-9);
          }
        },
      ),
    );
  });
});

describe("percentOf", () => {
  it.each([
    [30, 120, 25],
    [0, 420, 0],
    [420, 420, 100],
    [840, 420, 200],
    [1.2, 2.4, 50],
  ])("%d of %d is %d %%", (amount, reference, pct) => {
    expect(percentOf(amount, reference)).toBeCloseTo(pct, 12);
  });

  it("keeps null", () => {
    expect(percentOf(null, 420)).toBeNull();
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("rejects reference %d", (reference) => {
    expect(() => percentOf(10, reference)).toThrow(RangeError);
  });
});
