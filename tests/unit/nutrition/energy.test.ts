import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACTIVITY_FACTORS,
  ageOn,
  basalMetabolicRate,
  energyTarget,
  personalTargets,
  PREGNANCY_EXTRA_KCAL,
} from "@/lib/nutrition/energy";
import { ACTIVITY_LEVELS, type ActivityLevel } from "@/lib/nutrition/profile";
import { referenceIntakes, type Sex } from "@/lib/nutrition/reference-intakes";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { AS_OF, arbProfile, profile } from "@/tests/unit/nutrition/profile-arbitrary";

const RUNS = { seed: 20260615, numRuns: 400 };

describe("ageOn", () => {
  it.each([
    [1990, new Date(Date.UTC(2026, 0, 1)), 36],
    [1990, new Date(Date.UTC(2026, 11, 31, 23, 59)), 36],
    [1990, 2026, 36],
    [2026, 2026, 0],
    [1971, AS_OF, 55],
  ])("born %i, on %s -> %i", (birthYear, asOf, age) => {
    expect(ageOn(birthYear, asOf)).toBe(age);
  });

  it("rejects a birth year after asOf, a fractional year and an invalid date", () => {
    expect(() => ageOn(2027, AS_OF)).toThrow(RangeError);
    expect(() => ageOn(1990.5, AS_OF)).toThrow(RangeError);
    expect(() => ageOn(1990, new Date(Number.NaN))).toThrow(RangeError);
    expect(() => ageOn(1990, 2026.5)).toThrow(RangeError);
  });
});

describe("basalMetabolicRate (Mifflin–St Jeor)", () => {
  // [sex, age, kg, cm, BMR] = 10·kg + 6.25·cm − 5·age + 5 (men) / −161 (women)
  it.each<[Sex, number, number, number, number]>([
    ["male", 30, 80, 180, 1780],
    ["male", 50, 90, 175, 1748.75],
    ["male", 19, 60, 170, 1572.5],
    ["female", 25, 60, 165, 1345.25],
    ["female", 70, 55, 155, 1007.75],
    ["female", 40, 62, 165, 1290.25],
  ])("%s, %i y, %i kg, %i cm -> %f kcal", (sex, age, weightKg, heightCm, bmr) => {
    expect(basalMetabolicRate({ sex, age, weightKg, heightCm })).toBeCloseTo(bmr, 9);
  });

  it("men get 166 kcal more than women of the same build", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 19, max: 100 }),
        fc.integer({ min: 40, max: 160 }),
        fc.integer({ min: 140, max: 210 }),
        (age, weightKg, heightCm) => {
          const m = basalMetabolicRate({ sex: "male", age, weightKg, heightCm });
          const f = basalMetabolicRate({ sex: "female", age, weightKg, heightCm });
          expect(m - f).toBeCloseTo(166, 9);
        },
      ),
      RUNS,
    );
  });

  it.each([
    { weightKg: 0, heightCm: 170, age: 30 },
    { weightKg: -1, heightCm: 170, age: 30 },
    { weightKg: Number.NaN, heightCm: 170, age: 30 },
    { weightKg: 70, heightCm: 0, age: 30 },
    { weightKg: 70, heightCm: Number.POSITIVE_INFINITY, age: 30 },
    { weightKg: 70, heightCm: 170, age: -1 },
  ])("rejects %o", (input) => {
    expect(() => basalMetabolicRate({ sex: "male", ...input })).toThrow(RangeError);
  });
});

describe("energyTarget", () => {
  const man30 = profile({ sex: "male", birthYear: 1996, weightKg: 80, heightCm: 180 });

  it("is BMR × 1.55 for a moderately active man of 30, 80 kg, 180 cm: 1780 × 1.55 = 2759 -> 2760", () => {
    expect(energyTarget({ ...man30, activityLevel: "moderate" }, AS_OF)).toEqual({
      kcal: 2760,
      source: "computed",
      computedKcal: 2760,
      bmr: 1780,
      factor: 1.55,
      pregnancyExtraKcal: 0,
    });
  });

  it.each<[ActivityLevel, number, number]>([
    ["sedentary", 1.2, 2140],
    ["light", 1.375, 2450],
    ["moderate", 1.55, 2760],
    ["active", 1.725, 3070],
    ["very_active", 1.9, 3380],
  ])("%s: factor %f -> %i kcal (rounded to 10)", (activityLevel, factor, kcal) => {
    expect(ACTIVITY_FACTORS[activityLevel]).toBe(factor);
    const target = energyTarget({ ...man30, activityLevel }, AS_OF);
    expect(target.factor).toBe(factor);
    expect(target.kcal).toBe(kcal);
  });

  it("adds 340 kcal in pregnancy and 330 kcal when lactating", () => {
    // Woman 30, 60 kg, 165 cm, sedentary: BMR 1320.25 × 1.2 = 1584.3.
    const woman = profile({ birthYear: 1996, weightKg: 60, heightCm: 165, activityLevel: "sedentary" });
    expect(energyTarget(woman, AS_OF).kcal).toBe(1580);
    const pregnant = energyTarget({ ...woman, pregnancy: "pregnant" }, AS_OF);
    expect(pregnant).toMatchObject({ kcal: 1920, pregnancyExtraKcal: 340, source: "computed" });
    const lactating = energyTarget({ ...woman, pregnancy: "lactating" }, AS_OF);
    expect(lactating).toMatchObject({ kcal: 1910, pregnancyExtraKcal: 330 });
    expect(PREGNANCY_EXTRA_KCAL).toEqual({ pregnant: 340, lactating: 330 });
  });

  it("returns a hand-set override as entered, and still reports the computed estimate", () => {
    const target = energyTarget(
      { ...man30, activityLevel: "moderate", energyTargetOverrideKcal: 2105 },
      AS_OF,
    );
    expect(target).toEqual({
      kcal: 2105,
      source: "override",
      computedKcal: 2760,
      bmr: 1780,
      factor: 1.55,
      pregnancyExtraKcal: 0,
    });
  });

  it.each([0, -100, Number.NaN])("rejects an override of %f", (override) => {
    expect(() => energyTarget({ ...man30, energyTargetOverrideKcal: override }, AS_OF)).toThrow(RangeError);
  });

  it("depends on asOf: a year later the BMR is 5 kcal lower", () => {
    const now = energyTarget(man30, 2026);
    const later = energyTarget(man30, 2027);
    expect(now.bmr - later.bmr).toBe(5);
  });

  it("property: computed targets are positive multiples of 10 within 5 kcal of the formula; overrides win", () => {
    fc.assert(
      fc.property(arbProfile, (p) => {
        const t = energyTarget(p, AS_OF);
        expect(t.computedKcal % 10).toBe(0);
        expect(t.computedKcal).toBeGreaterThan(0);
        expect(Math.abs(t.computedKcal - (t.bmr * t.factor + t.pregnancyExtraKcal))).toBeLessThanOrEqual(5);
        expect(t.factor).toBe(ACTIVITY_FACTORS[p.activityLevel]);
        if (p.energyTargetOverrideKcal === null) {
          expect(t).toMatchObject({ source: "computed", kcal: t.computedKcal });
        } else {
          expect(t).toMatchObject({ source: "override", kcal: p.energyTargetOverrideKcal });
        }
      }),
      RUNS,
    );
  });
});

describe("personalTargets", () => {
  it("a woman aged 55 gets calcium 1,200 mg, explained as the NIH RDA for women 51–70", () => {
    const targets = personalTargets(profile({ birthYear: 1971 }), AS_OF);
    expect(targets.age).toBe(55);
    expect(targets.ageBand).toBe("51-70");
    expect(targets.group).toBe("women 51–70");
    expect(targets.intakes.calciumMg.rda).toBe(1200);
    expect(targets.intakes.calciumMg.why).toBe(
      "Calcium 1,200 mg: NIH RDA for women 51–70 (age 55 from the year of birth alone)",
    );
    expect(targets.intakes.calciumMg.ulNote).toBe("Upper limit 2,000 mg a day from food and supplements");
    expect(targets.intakes.magnesiumMg.why).toBe(
      "Magnesium 320 mg: NIH RDA for women 51–70 (age 55 from the year of birth alone)",
    );
    expect(targets.intakes.magnesiumMg.ulNote).toBe(
      "Upper limit 350 mg a day from supplements only; none for magnesium in food",
    );
    expect(targets.intakes.vitaminDMcg.why).toBe(
      "Vitamin D 15 µg: NIH RDA for women 51–70 (age 55 from the year of birth alone)",
    );
    expect(targets.intakes.vitaminB12Mcg.why).toBe(
      "Vitamin B12 2.4 µg: NIH RDA for women 51–70 (age 55 from the year of birth alone)",
    );
    expect(targets.intakes.vitaminB12Mcg.ulNote).toBe("No upper limit set");
  });

  it.each<[string, Partial<Parameters<typeof profile>[0]>, string, string]>([
    [
      "man 75",
      { sex: "male", birthYear: 1951 },
      "men 71+",
      "Vitamin D 20 µg: NIH RDA for men 71+ (age 75 from the year of birth alone)",
    ],
    [
      "man 25",
      { sex: "male", birthYear: 2001 },
      "men 19–30",
      "Vitamin D 15 µg: NIH RDA for men 19–30 (age 25 from the year of birth alone)",
    ],
    [
      "pregnant 35",
      { birthYear: 1991, pregnancy: "pregnant" },
      "pregnancy, ages 31–50",
      "Vitamin D 15 µg: NIH RDA for pregnancy, ages 31–50 (age 35 from the year of birth alone)",
    ],
    [
      "lactating 24",
      { birthYear: 2002, pregnancy: "lactating" },
      "lactation, ages 19–30",
      "Vitamin D 15 µg: NIH RDA for lactation, ages 19–30 (age 24 from the year of birth alone)",
    ],
  ])("%s -> %s", (_label, overrides, group, vitaminDWhy) => {
    const targets = personalTargets(profile(overrides), AS_OF);
    expect(targets.group).toBe(group);
    expect(targets.intakes.vitaminDMcg.why).toBe(vitaminDWhy);
  });

  it("pregnant past 50 says the 31–50 figures are used", () => {
    const targets = personalTargets(profile({ birthYear: 1974, pregnancy: "pregnant" }), AS_OF);
    expect(targets.intakes.vitaminB12Mcg.rda).toBe(2.6);
    expect(targets.group).toMatch(/31–50/);
  });

  it("explains the energy target, computed or set by hand", () => {
    const man = profile({
      sex: "male",
      birthYear: 1996,
      weightKg: 80,
      heightCm: 180,
      activityLevel: "moderate",
    });
    expect(personalTargets(man, AS_OF).energy.why).toBe(
      "2,760 kcal: Mifflin–St Jeor BMR 1,780 kcal × 1.55 (moderate activity), rounded to 10 kcal",
    );
    const overridden = personalTargets({ ...man, energyTargetOverrideKcal: 2100 }, AS_OF).energy;
    expect(overridden.kcal).toBe(2100);
    expect(overridden.why).toMatch(/^2,100 kcal: set by hand \(the estimate would be 2,760 kcal/);
    const pregnant = personalTargets(
      profile({ birthYear: 1996, weightKg: 60, heightCm: 165, pregnancy: "pregnant" }),
      AS_OF,
    ).energy;
    expect(pregnant.why).toMatch(/\+ 340 kcal for pregnancy \(2nd trimester\)/);
  });

  it("throws for someone under 19 (reference intakes cover adults only)", () => {
    expect(() => personalTargets(profile({ birthYear: 2010 }), AS_OF)).toThrow(RangeError);
  });

  it("property: the intakes are exactly referenceIntakes for the profile's sex, age and pregnancy", () => {
    fc.assert(
      fc.property(arbProfile, (p) => {
        const targets = personalTargets(p, AS_OF);
        const expected = referenceIntakes({
          sex: p.sex,
          age: ageOn(p.birthYear, AS_OF),
          pregnancy: p.pregnancy,
        });
        for (const n of TARGET_NUTRIENTS) {
          const { rda, ul, ulAppliesTo } = targets.intakes[n];
          expect({ rda, ul, ulAppliesTo }).toEqual(expected[n]);
          expect(targets.intakes[n].nutrient).toBe(n);
          expect(targets.intakes[n].why).toContain(`: NIH RDA for ${targets.group}`);
        }
        expect(targets.energy.kcal).toBe(energyTarget(p, AS_OF).kcal);
      }),
      RUNS,
    );
  });

  it("covers every activity level", () => {
    expect(Object.keys(ACTIVITY_FACTORS).sort()).toEqual([...ACTIVITY_LEVELS].sort());
  });
});

describe("age with a month of birth", () => {
  // 15 June 2026.
  const june = new Date(Date.UTC(2026, 5, 15));
  it.each<[string, number | null, number]>([
    ["no month: the age reached this calendar year", null, 51],
    ["born in January: birthday passed", 1, 51],
    ["born in June: the birth month counts as passed", 6, 51],
    ["born in July: still 50", 7, 50],
    ["born in December: still 50", 12, 50],
  ])("%s", (_label, month, age) => {
    expect(ageOn(1975, june, month)).toBe(age);
  });

  it("a woman of 50 born in September gets the 31–50 calcium figures, and the why says nothing of the year", () => {
    const targets = personalTargets(profile({ birthYear: 1975, birthMonth: 9 }), june);
    expect(targets.age).toBe(50);
    expect(targets.intakes.calciumMg.rda).toBe(1000);
    expect(targets.intakes.calciumMg.ul).toBe(2500);
    expect(targets.intakes.calciumMg.why).toBe("Calcium 1,000 mg: NIH RDA for women 31–50");
    expect(targets.ageWhy).toBe("age 50");
  });

  it("without a month the same woman is counted 51, and the why says so", () => {
    const targets = personalTargets(profile({ birthYear: 1975 }), june);
    expect(targets.intakes.calciumMg.rda).toBe(1200);
    expect(targets.intakes.calciumMg.why).toMatch(/year of birth alone/);
    expect(targets.ageWhy).toMatch(/add your month of birth/);
  });

  it.each([0, 13, 1.5])("refuses month %s", (month) => {
    expect(() => ageOn(1975, june, month)).toThrow(RangeError);
  });
});
