import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ageBand,
  DEFAULT_ADULT,
  DEFAULT_ADULT_INTAKES,
  FDA_DAILY_VALUES,
  referenceIntakes,
  type Pregnancy,
  type Sex,
} from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";

// One row per band of the reference-intake table in docs/NUTRITION.md: [label, sex, age, pregnancy, Mg, Ca, D, B12, Ca UL].
type Row = [string, Sex, number, Pregnancy | null, number, number, number, number, number];
const TABLE: Row[] = [
  ["male 19-30", "male", 19, null, 400, 1000, 15, 2.4, 2500],
  ["male 19-30", "male", 30, null, 400, 1000, 15, 2.4, 2500],
  ["male 31-50", "male", 31, null, 420, 1000, 15, 2.4, 2500],
  ["male 31-50", "male", 50, null, 420, 1000, 15, 2.4, 2500],
  ["male 51-70", "male", 51, null, 420, 1000, 15, 2.4, 2000],
  ["male 51-70", "male", 70, null, 420, 1000, 15, 2.4, 2000],
  ["male 71+", "male", 71, null, 420, 1200, 20, 2.4, 2000],
  ["male 71+", "male", 95, null, 420, 1200, 20, 2.4, 2000],
  ["female 19-30", "female", 19, null, 310, 1000, 15, 2.4, 2500],
  ["female 19-30", "female", 30, null, 310, 1000, 15, 2.4, 2500],
  ["female 31-50", "female", 31, null, 320, 1000, 15, 2.4, 2500],
  ["female 31-50", "female", 50, null, 320, 1000, 15, 2.4, 2500],
  ["female 51-70", "female", 51, null, 320, 1200, 15, 2.4, 2000],
  ["female 51-70", "female", 70, null, 320, 1200, 15, 2.4, 2000],
  ["female 71+", "female", 71, null, 320, 1200, 20, 2.4, 2000],
  ["female 71+", "female", 88, null, 320, 1200, 20, 2.4, 2000],
  ["pregnant 19-30", "female", 19, "pregnant", 350, 1000, 15, 2.6, 2500],
  ["pregnant 19-30", "female", 30, "pregnant", 350, 1000, 15, 2.6, 2500],
  ["pregnant 31-50", "female", 31, "pregnant", 360, 1000, 15, 2.6, 2500],
  ["pregnant 31-50", "female", 50, "pregnant", 360, 1000, 15, 2.6, 2500],
  ["lactating 19-30", "female", 19, "lactating", 310, 1000, 15, 2.8, 2500],
  ["lactating 19-30", "female", 30, "lactating", 310, 1000, 15, 2.8, 2500],
  ["lactating 31-50", "female", 31, "lactating", 320, 1000, 15, 2.8, 2500],
  ["lactating 31-50", "female", 50, "lactating", 320, 1000, 15, 2.8, 2500],
  // Outside NIH's pregnancy bands: the 31-50 figures are used.
  ["pregnant 51+ (uses 31-50)", "female", 52, "pregnant", 360, 1000, 15, 2.6, 2500],
  ["lactating 51+ (uses 31-50)", "female", 52, "lactating", 320, 1000, 15, 2.8, 2500],
];

describe("referenceIntakes", () => {
  it.each(TABLE)("%s (%s, age %d, %s)", (_label, sex, age, pregnancy, mg, ca, d, b12, caUl) => {
    expect(referenceIntakes({ sex, age, pregnancy })).toEqual({
      magnesiumMg: { rda: mg, ul: 350, ulAppliesTo: "supplements-only" },
      calciumMg: { rda: ca, ul: caUl, ulAppliesTo: "food-and-supplements" },
      vitaminDMcg: { rda: d, ul: 100, ulAppliesTo: "food-and-supplements" },
      vitaminB12Mcg: { rda: b12, ul: null, ulAppliesTo: null },
    });
  });

  it("treats a missing pregnancy field as not pregnant", () => {
    expect(referenceIntakes({ sex: "female", age: 40 })).toEqual(
      referenceIntakes({ sex: "female", age: 40, pregnancy: null }),
    );
  });

  it.each([
    [30.9, "19-30"],
    [50.99, "31-50"],
    [70.5, "51-70"],
    [120, "71+"],
  ] as const)("counts completed years: %d is %s", (age, band) => {
    expect(ageBand(age)).toBe(band);
  });

  it.each([18, 18.99, 0, -5, Number.NaN, Number.POSITIVE_INFINITY])("throws RangeError for age %d", (age) => {
    expect(() => referenceIntakes({ sex: "female", age })).toThrow(RangeError);
    expect(() => referenceIntakes({ sex: "female", age, pregnancy: "pregnant" })).toThrow(RangeError);
  });

  it.each(["pregnant", "lactating"] as const)(
    "throws RangeError for a male profile that is %s",
    (pregnancy) => {
      expect(() => referenceIntakes({ sex: "male", age: 30, pregnancy })).toThrow(RangeError);
    },
  );

  it("keeps every RDA below its UL where the UL applies to food", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Sex>("male", "female"),
        fc.double({ min: 19, max: 110, noNaN: true }),
        fc.constantFrom<Pregnancy | null>(null, "pregnant", "lactating"),
        (sex, age, pregnancy) => {
          const p = sex === "male" ? null : pregnancy;
          const ri = referenceIntakes({ sex, age, pregnancy: p });
          for (const n of TARGET_NUTRIENTS) {
            const { rda, ul, ulAppliesTo } = ri[n];
            expect(rda).toBeGreaterThan(0);
            expect(ul === null).toBe(ulAppliesTo === null);
            // Magnesium's 350 mg UL limits supplements only: men's RDA (400-420 mg) is above it.
            if (ul !== null && ulAppliesTo === "food-and-supplements") expect(rda).toBeLessThan(ul);
          }
        },
      ),
    );
  });
});

describe("DEFAULT_ADULT", () => {
  it("is a woman aged 31-50, not pregnant or lactating", () => {
    expect(DEFAULT_ADULT.sex).toBe("female");
    expect(ageBand(DEFAULT_ADULT.age)).toBe("31-50");
    expect(DEFAULT_ADULT.pregnancy).toBeNull();
    expect(Object.isFrozen(DEFAULT_ADULT)).toBe(true);
  });

  it("has the female 31-50 intakes", () => {
    expect(DEFAULT_ADULT_INTAKES).toEqual(referenceIntakes({ sex: "female", age: 31 }));
    expect(DEFAULT_ADULT_INTAKES.magnesiumMg.rda).toBe(320);
  });
});

describe("FDA_DAILY_VALUES", () => {
  it("are the FDA label Daily Values", () => {
    expect(FDA_DAILY_VALUES).toEqual({
      magnesiumMg: 420,
      calciumMg: 1300,
      vitaminDMcg: 20,
      vitaminB12Mcg: 2.4,
    });
  });
});
