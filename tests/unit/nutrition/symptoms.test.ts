import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isSymptomId,
  nutrientsForSymptoms,
  SYMPTOM_DISCLAIMER,
  SYMPTOM_IDS,
  SYMPTOMS,
  symptomsForNutrient,
  type SymptomId,
} from "@/lib/nutrition/symptoms";
import { TARGET_NUTRIENTS, type TargetNutrient } from "@/lib/nutrition/types";

// The source article's table: magnesium -> twitching, cramps, fatigue; calcium -> tingling, cramps
// (spasms merged into cramps); B12 -> weakness, twitching, pins and needles, memory, balance.
const EXPECTED: [SymptomId, string, TargetNutrient[]][] = [
  ["eyelid-facial-twitching", "Eyelid or facial twitching", ["magnesiumMg", "vitaminB12Mcg"]],
  ["muscle-cramps", "Muscle cramps or spasms", ["magnesiumMg", "calciumMg"]],
  ["tingling-lips-fingers", "Tingling in lips or fingers", ["calciumMg"]],
  ["pins-and-needles", "Pins and needles", ["vitaminB12Mcg"]],
  ["muscle-weakness", "Muscle weakness", ["vitaminB12Mcg"]],
  ["memory-problems", "Memory problems", ["vitaminB12Mcg"]],
  ["balance-problems", "Balance problems", ["vitaminB12Mcg"]],
  ["fatigue", "Fatigue", ["magnesiumMg"]],
];

describe("SYMPTOMS", () => {
  it.each(EXPECTED)("%s (%s) -> %j", (id, label, nutrients) => {
    const symptom = SYMPTOMS.find((s) => s.id === id);
    expect(symptom?.label).toBe(label);
    expect(symptom?.nutrients).toEqual(nutrients);
    expect(nutrientsForSymptoms([id])).toEqual(nutrients);
  });

  it("lists exactly the eight symptoms of the issue, with unique kebab-case ids", () => {
    expect(SYMPTOM_IDS).toEqual(EXPECTED.map(([id]) => id));
    expect(new Set(SYMPTOM_IDS).size).toBe(SYMPTOM_IDS.length);
    for (const id of SYMPTOM_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each<[TargetNutrient, SymptomId[]]>([
    ["magnesiumMg", ["eyelid-facial-twitching", "muscle-cramps", "fatigue"]],
    ["calciumMg", ["muscle-cramps", "tingling-lips-fingers"]],
    ["vitaminDMcg", []],
    [
      "vitaminB12Mcg",
      [
        "eyelid-facial-twitching",
        "pins-and-needles",
        "muscle-weakness",
        "memory-problems",
        "balance-problems",
      ],
    ],
  ])("symptomsForNutrient(%s)", (nutrient, ids) => {
    expect(symptomsForNutrient(nutrient).map((s) => s.id)).toEqual(ids);
  });
});

describe("nutrientsForSymptoms", () => {
  it("is empty for no symptoms", () => {
    expect(nutrientsForSymptoms([])).toEqual([]);
  });

  it("merges and orders the nutrients of several symptoms", () => {
    expect(nutrientsForSymptoms(["fatigue", "pins-and-needles", "tingling-lips-fingers"])).toEqual([
      "magnesiumMg",
      "calciumMg",
      "vitaminB12Mcg",
    ]);
    expect(nutrientsForSymptoms(["fatigue", "fatigue"])).toEqual(["magnesiumMg"]);
  });

  it("adds vitamin D alongside calcium on request only", () => {
    expect(nutrientsForSymptoms(["tingling-lips-fingers"], { withVitaminDForCalcium: true })).toEqual([
      "calciumMg",
      "vitaminDMcg",
    ]);
    expect(nutrientsForSymptoms(["fatigue"], { withVitaminDForCalcium: true })).toEqual(["magnesiumMg"]);
  });

  it("rejects an unknown symptom id", () => {
    expect(isSymptomId("headache")).toBe(false);
    expect(() => nutrientsForSymptoms(["headache"])).toThrow(RangeError);
  });

  it("property: the union of the ticked symptoms' nutrients, unique, in TARGET_NUTRIENTS order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SYMPTOM_IDS), { maxLength: 12 }), (ids) => {
        const result = nutrientsForSymptoms(ids);
        const union = new Set(ids.flatMap((id) => EXPECTED.find(([e]) => e === id)?.[2] ?? []));
        expect(result).toEqual(TARGET_NUTRIENTS.filter((n) => union.has(n)));
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});

describe("SYMPTOM_DISCLAIMER", () => {
  const text = SYMPTOM_DISCLAIMER.join(" ");
  it.each([
    /not a diagnosis/,
    /twitches[^.]*often pass on their own/i,
    /stress, fatigue and caffeine are common triggers/,
    /does not treat a symptom/,
    /persists or gets worse, see a doctor/,
    /test your magnesium, calcium and vitamin B12 levels/,
    /Talk to a doctor before starting supplements/,
  ])("says %s", (pattern) => {
    expect(text).toMatch(pattern);
  });
});

describe("nutrientsForSymptoms with kidney disease", () => {
  it("never suggests magnesium, whatever is ticked", () => {
    expect(nutrientsForSymptoms(["eyelid-facial-twitching", "fatigue"], { withoutMagnesium: true })).toEqual([
      "vitaminB12Mcg",
    ]);
    expect(nutrientsForSymptoms(["fatigue"], { withoutMagnesium: true })).toEqual([]);
  });
});
