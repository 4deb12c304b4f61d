import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ageOn } from "@/lib/nutrition/energy";
import type { DietaryProfile, RiskFactor } from "@/lib/nutrition/profile";
import { profileWarnings, WARNING_CODES, type WarningCode } from "@/lib/nutrition/warnings";
import { AS_OF, arbProfile, profile } from "@/tests/unit/nutrition/profile-arbitrary";

const RUNS = { seed: 1789, numRuns: 500 };

/** A random profile and a random asOf year in 2000–2060 (ages 0–100 once clamped below). */
const arbCase = fc.tuple(arbProfile, fc.integer({ min: 2000, max: 2060 }));

// Each rule's condition, written independently of the implementation.
const MAGNESIUM_FACTORS: RiskFactor[] = [
  "diuretics",
  "proton_pump_inhibitors",
  "diabetes",
  "gi_disease",
  "alcohol",
];
const CONDITIONS: Record<WarningCode, (p: DietaryProfile, age: number) => boolean> = {
  "vegan-b12": (p) => p.diet === "vegan",
  "vegetarian-b12": (p) => p.diet === "vegetarian",
  "over-50-b12": (_p, age) => age >= 51,
  "ppi-b12": (p) => p.riskFactors.includes("proton_pump_inhibitors"),
  "metformin-b12": (p) => p.riskFactors.includes("metformin"),
  "magnesium-risk": (p, age) => age >= 51 || p.riskFactors.some((f) => MAGNESIUM_FACTORS.includes(f)),
  "kidney-magnesium-caution": (p) => p.riskFactors.includes("kidney_disease"),
  "little-sun-vitamin-d": (p) => p.sunExposure === "little",
};

const NUTRIENT: Record<WarningCode, string> = {
  "vegan-b12": "vitaminB12Mcg",
  "vegetarian-b12": "vitaminB12Mcg",
  "over-50-b12": "vitaminB12Mcg",
  "ppi-b12": "vitaminB12Mcg",
  "metformin-b12": "vitaminB12Mcg",
  "magnesium-risk": "magnesiumMg",
  "kidney-magnesium-caution": "magnesiumMg",
  "little-sun-vitamin-d": "vitaminDMcg",
};

function clampedCase(p: DietaryProfile, year: number): [DietaryProfile, number] {
  // Keep the birth year on or before asOf's year.
  return [{ ...p, birthYear: Math.min(p.birthYear, year) }, year];
}

describe("profileWarnings: every rule fires exactly when its condition holds", () => {
  it.each(WARNING_CODES)("%s", (code) => {
    fc.assert(
      fc.property(arbCase, ([raw, rawYear]) => {
        const [p, year] = clampedCase(raw, rawYear);
        const age = ageOn(p.birthYear, year);
        const warnings = profileWarnings(p, year).filter((w) => w.code === code);
        expect(warnings.length).toBe(CONDITIONS[code](p, age) ? 1 : 0);
        for (const w of warnings) {
          expect(w.nutrient).toBe(NUTRIENT[code]);
          expect(w.reasons.length).toBeGreaterThan(0);
          expect(w.title.length).toBeGreaterThan(0);
          expect(w.message.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it("property: the magnesium warning lists exactly its reasons, and is only 'info' when age is the only one", () => {
    const REASON: Record<string, string> = {
      diuretics: "takes diuretics",
      proton_pump_inhibitors: "takes proton pump inhibitors",
      diabetes: "has diabetes",
      gi_disease: "has Crohn's or another GI disease",
      alcohol: "drinks alcohol regularly",
    };
    fc.assert(
      fc.property(arbProfile, (p) => {
        const age = ageOn(p.birthYear, AS_OF);
        const w = profileWarnings(p, AS_OF).find((x) => x.code === "magnesium-risk");
        if (!w) return;
        const factors = MAGNESIUM_FACTORS.filter((f) => p.riskFactors.includes(f));
        expect(w.reasons).toEqual([...factors.map((f) => REASON[f]), ...(age >= 51 ? [`age ${age}`] : [])]);
        expect(w.severity).toBe(factors.length > 0 ? "warning" : "info");
        expect(w.reasons).not.toContain("takes metformin");
      }),
      RUNS,
    );
  });

  it("property: order follows WARNING_CODES and no code repeats", () => {
    fc.assert(
      fc.property(arbProfile, (p) => {
        const codes = profileWarnings(p, AS_OF).map((w) => w.code);
        expect(codes).toEqual(WARNING_CODES.filter((c) => codes.includes(c)));
        expect(profileWarnings(p, AS_OF)).toEqual(profileWarnings(p, AS_OF));
      }),
      RUNS,
    );
  });
});

describe("profileWarnings: examples", () => {
  it("none for a 40-year-old omnivore with some sun and no risk factors", () => {
    expect(profileWarnings(profile(), AS_OF)).toEqual([]);
  });

  it("age boundary: 50 is not over 50, 51 is", () => {
    expect(profileWarnings(profile({ birthYear: 1976 }), AS_OF)).toEqual([]);
    const codes = profileWarnings(profile({ birthYear: 1975 }), AS_OF).map((w) => w.code);
    expect(codes).toEqual(["over-50-b12", "magnesium-risk"]);
  });

  it("a vegan on PPIs, metformin and diuretics, aged 67, with little sun", () => {
    const p = profile({
      diet: "vegan",
      birthYear: 1959,
      riskFactors: ["metformin", "diuretics", "proton_pump_inhibitors"],
      sunExposure: "little",
    });
    const warnings = profileWarnings(p, AS_OF);
    expect(warnings.map((w) => [w.code, w.severity, w.reasons])).toEqual([
      ["vegan-b12", "warning", ["vegan diet"]],
      ["over-50-b12", "info", ["age 67"]],
      ["ppi-b12", "warning", ["takes proton pump inhibitors"]],
      ["metformin-b12", "warning", ["takes metformin"]],
      ["magnesium-risk", "warning", ["takes diuretics", "takes proton pump inhibitors", "age 67"]],
      ["little-sun-vitamin-d", "warning", ["little sun exposure"]],
    ]);
    const vegan = warnings[0];
    expect(vegan?.message).toMatch(/fortified foods/);
    expect(vegan?.message).toMatch(/supplement/);
    expect(vegan?.source.name).toBe("NIH Office of Dietary Supplements");
    expect(warnings.find((w) => w.code === "magnesium-risk")?.source.url).toMatch(
      /Magnesium-HealthProfessional/,
    );
    const sun = warnings.find((w) => w.code === "little-sun-vitamin-d");
    expect(sun?.message).toMatch(/vitamin D/);
    expect(sun?.message).toMatch(/less of the calcium in food is absorbed/);
    expect(sun?.message).not.toMatch(/absorbed only/);
  });

  it("a vegetarian gets an info, a pescatarian nothing about B12", () => {
    expect(profileWarnings(profile({ diet: "vegetarian" }), AS_OF).map((w) => [w.code, w.severity])).toEqual([
      ["vegetarian-b12", "info"],
    ]);
    expect(profileWarnings(profile({ diet: "pescatarian" }), AS_OF)).toEqual([]);
  });

  it("metformin alone gives a B12 warning but no magnesium risk", () => {
    expect(profileWarnings(profile({ riskFactors: ["metformin"] }), AS_OF).map((w) => w.code)).toEqual([
      "metformin-b12",
    ]);
  });

  it.each<[RiskFactor, string]>([
    ["diuretics", "takes diuretics"],
    ["proton_pump_inhibitors", "takes proton pump inhibitors"],
    ["diabetes", "has diabetes"],
    ["gi_disease", "has Crohn's or another GI disease"],
    ["alcohol", "drinks alcohol regularly"],
  ])("%s alone is a magnesium risk: %s", (factor, reason) => {
    const w = profileWarnings(profile({ riskFactors: [factor] }), AS_OF).find(
      (x) => x.code === "magnesium-risk",
    );
    expect(w).toMatchObject({ severity: "warning", nutrient: "magnesiumMg", reasons: [reason] });
  });
});

// Each profile and every warning it gets, in order, with the fact sheet each one follows.
const FACT_SHEET = {
  b12: "https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/",
  d: "https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/",
  mg: "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/",
};

describe("profileWarnings: profile -> warnings, each citing its NIH fact sheet", () => {
  it.each<[string, Partial<DietaryProfile>, [string, string][]]>([
    ["an omnivore of 40", {}, []],
    ["kidney disease", { riskFactors: ["kidney_disease"] }, [["kidney-magnesium-caution", FACT_SHEET.mg]]],
    [
      "kidney disease and diuretics",
      { riskFactors: ["kidney_disease", "diuretics"] },
      [
        ["magnesium-risk", FACT_SHEET.mg],
        ["kidney-magnesium-caution", FACT_SHEET.mg],
      ],
    ],
    ["a vegan", { diet: "vegan" }, [["vegan-b12", FACT_SHEET.b12]]],
    ["a vegetarian", { diet: "vegetarian" }, [["vegetarian-b12", FACT_SHEET.b12]]],
    ["little sun", { sunExposure: "little" }, [["little-sun-vitamin-d", FACT_SHEET.d]]],
    [
      "aged 67 on PPIs",
      { birthYear: 1959, riskFactors: ["proton_pump_inhibitors"] },
      [
        ["over-50-b12", FACT_SHEET.b12],
        ["ppi-b12", FACT_SHEET.b12],
        ["magnesium-risk", FACT_SHEET.mg],
      ],
    ],
    ["metformin", { riskFactors: ["metformin"] }, [["metformin-b12", FACT_SHEET.b12]]],
  ])("%s", (_label, overrides, expected) => {
    expect(profileWarnings(profile(overrides), AS_OF).map((w) => [w.code, w.source.url])).toEqual(expected);
  });

  it("kidney disease: food magnesium is fine, ask a doctor about supplements, antacids, laxatives", () => {
    const [caution] = profileWarnings(profile({ riskFactors: ["kidney_disease"] }), AS_OF);
    expect(caution?.message).toMatch(/food is fine/);
    expect(caution?.message).toMatch(/supplements/);
    expect(caution?.message).toMatch(/antacids/);
    expect(caution?.message).toMatch(/laxatives/);
    expect(caution?.message).not.toMatch(/favour magnesium/);
  });

  it("never advises favouring magnesium to someone with kidney disease", () => {
    fc.assert(
      fc.property(arbProfile, (p) => {
        const withKidney = { ...p, riskFactors: [...new Set([...p.riskFactors, "kidney_disease" as const])] };
        for (const w of profileWarnings(withKidney, AS_OF)) expect(w.message).not.toMatch(/favour magnesium/);
      }),
      RUNS,
    );
  });

  it("names only loop and thiazide diuretics, and tells a vegetarian nothing about fish", () => {
    const diuretics = profileWarnings(profile({ riskFactors: ["diuretics"] }), AS_OF)[0]!;
    expect(diuretics.message).toMatch(/loop and thiazide diuretics/i);
    expect(diuretics.message).toMatch(/potassium-sparing ones do not/);
    const vegetarian = profileWarnings(profile({ diet: "vegetarian" }), AS_OF)[0]!;
    expect(vegetarian.message).not.toMatch(/(add|eat|from) fish/i);
    expect(vegetarian.message).toMatch(/supplement/);
    for (const w of profileWarnings(profile({ diet: "vegan" }), AS_OF))
      expect(w.message).toMatch(/nutritional yeast labelled as fortified/);
  });
});
