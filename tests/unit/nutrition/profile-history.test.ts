import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import {
  changedProfileFields,
  describeProfileChanges,
  PROFILE_FIELDS,
} from "@/lib/nutrition/profile-history";
import { arbProfile, profile } from "@/tests/unit/nutrition/profile-arbitrary";

const RUNS = { seed: 99, numRuns: 400 };
const NAMES: Record<number, string> = { 11: "Spinach, raw", 12: "Almonds", 13: "Kale, raw" };
const foodNames = (id: number) => NAMES[id] ?? `food #${id}`;

const base = profile({
  allergens: ["milk"],
  dislikedFoodIds: [13],
  favouredNutrients: ["vitaminDMcg"],
  riskFactors: ["alcohol"],
  weightKg: 70,
  heightCm: 170,
  activityLevel: "light",
  sunExposure: "little",
});

describe("describeProfileChanges", () => {
  it("a first version 'created the profile'", () => {
    expect(describeProfileChanges(null, base)).toEqual(["created the profile"]);
  });

  it("nothing changed -> empty, also when lists are reordered or repeat items", () => {
    expect(describeProfileChanges(base, base)).toEqual([]);
    const a = profile({ allergens: ["milk", "soy"], riskFactors: ["diabetes", "alcohol"] });
    const b = profile({ allergens: ["soy", "milk", "soy"], riskFactors: ["alcohol", "diabetes"] });
    expect(describeProfileChanges(a, b)).toEqual([]);
  });

  it.each<[string, Partial<DietaryProfile>, string]>([
    ["diet", { diet: "vegetarian" }, "became vegetarian"],
    ["flag", { favouredNutrients: ["vitaminDMcg", "calciumMg"] }, "flagged calcium"],
    ["unflag", { favouredNutrients: [] }, "unflagged vitamin D"],
    [
      "flag and unflag",
      { favouredNutrients: ["magnesiumMg", "vitaminB12Mcg"] },
      "flagged magnesium and vitamin B12, unflagged vitamin D",
    ],
    ["add allergen", { allergens: ["milk", "peanuts"] }, "added allergen peanuts"],
    [
      "add allergens",
      { allergens: ["tree_nuts", "milk", "wheat_gluten"] },
      "added allergens tree nuts, wheat (gluten)",
    ],
    ["remove allergen", { allergens: [] }, "removed allergen milk"],
    ["dislike", { dislikedFoodIds: [13, 11] }, "now dislikes Spinach, raw"],
    ["dislike two", { dislikedFoodIds: [12, 13, 11] }, "now dislikes Spinach, raw; Almonds"],
    ["undislike", { dislikedFoodIds: [] }, "no longer dislikes Kale, raw"],
    ["swap dislike", { dislikedFoodIds: [12] }, "now dislikes Almonds, no longer dislikes Kale, raw"],
    ["weight", { weightKg: 68 }, "weight 70 → 68 kg"],
    ["weight decimal", { weightKg: 68.5 }, "weight 70 → 68.5 kg"],
    ["height", { heightCm: 172 }, "height 170 → 172 cm"],
    ["activity", { activityLevel: "moderate" }, "activity light → moderate"],
    ["activity very", { activityLevel: "very_active" }, "activity light → very active"],
    ["override set", { energyTargetOverrideKcal: 2100 }, "energy target set by hand to 2,100 kcal"],
    ["household", { householdSize: 3 }, "household 1 → 3"],
    ["start drug", { riskFactors: ["alcohol", "diuretics"] }, "started taking diuretics"],
    ["stop", { riskFactors: [] }, "no longer drinks alcohol regularly"],
    ["condition", { riskFactors: ["alcohol", "diabetes"] }, "now has diabetes"],
    ["sun", { sunExposure: "some" }, "sun exposure little → some"],
    ["sun a lot", { sunExposure: "a_lot" }, "sun exposure little → a lot"],
    ["pregnant", { pregnancy: "pregnant" }, "now pregnant"],
    ["lactating", { pregnancy: "lactating" }, "now lactating"],
    ["sex", { sex: "male" }, "sex female → male"],
    ["birth year", { birthYear: 1985 }, "year of birth 1986 → 1985"],
    ["dislike a family", { dislikedFamilies: ["olives", "mushrooms"] }, "now dislikes all mushrooms; olives"],
    ["never plan a dish", { dislikedRecipeIds: [7] }, "never plan again: dish #7"],
  ])("%s", (_label, change, line) => {
    expect(describeProfileChanges(base, { ...base, ...change }, foodNames)).toEqual([line]);
  });

  it.each<[string, Partial<DietaryProfile>, Partial<DietaryProfile>, string]>([
    [
      "override cleared",
      { energyTargetOverrideKcal: 2100 },
      { energyTargetOverrideKcal: null },
      "energy target computed again",
    ],
    [
      "override changed",
      { energyTargetOverrideKcal: 2100 },
      { energyTargetOverrideKcal: 1900 },
      "energy target set by hand to 1,900 kcal (was 2,100 kcal)",
    ],
    ["diet omnivore", { diet: "pescatarian" }, { diet: "omnivore" }, "became an omnivore"],
    ["no longer pregnant", { pregnancy: "pregnant" }, { pregnancy: null }, "no longer pregnant"],
    [
      "pregnant to lactating",
      { pregnancy: "pregnant" },
      { pregnancy: "lactating" },
      "now lactating, no longer pregnant",
    ],
  ])("%s", (_label, from, to, line) => {
    expect(describeProfileChanges({ ...base, ...from }, { ...base, ...from, ...to })).toEqual([line]);
  });

  it("lists several changes in field order", () => {
    const after = { ...base, diet: "vegan" as const, weightKg: 68, favouredNutrients: [] };
    expect(describeProfileChanges(base, after)).toEqual([
      "weight 70 → 68 kg",
      "became vegan",
      "unflagged vitamin D",
    ]);
  });

  it("names disliked dishes and families back in", () => {
    const before = { ...base, dislikedFamilies: ["coriander" as const], dislikedRecipeIds: [7] };
    expect(describeProfileChanges(before, base, foodNames, (id) => (id === 7 ? "Lentil soup" : "?"))).toEqual(
      ["no longer dislikes all coriander / cilantro", "may plan again: Lentil soup"],
    );
  });

  it("names unknown foods by id by default", () => {
    expect(describeProfileChanges(base, { ...base, dislikedFoodIds: [13, 7] })).toEqual([
      "now dislikes food #7",
    ]);
  });

  it("property: describe(p, p) is empty", () => {
    fc.assert(
      fc.property(arbProfile, (p) => {
        expect(describeProfileChanges(p, structuredClone(p))).toEqual([]);
      }),
      RUNS,
    );
  });

  // Fields that differ, lists compared as sets (independent of the implementation).
  function differingFields(a: DietaryProfile, b: DietaryProfile): string[] {
    return PROFILE_FIELDS.filter((f) => {
      const [x, y] = [a[f], b[f]];
      if (Array.isArray(x) && Array.isArray(y)) {
        const [sx, sy] = [new Set<unknown>(x), new Set<unknown>(y)];
        return sx.size !== sy.size || [...sx].some((v) => !sy.has(v));
      }
      return x !== y;
    });
  }

  it("property: changing one field yields exactly one line", () => {
    fc.assert(
      fc.property(arbProfile, arbProfile, fc.constantFrom(...PROFILE_FIELDS), (before, other, field) => {
        const after = { ...before, [field]: other[field] } as DietaryProfile;
        const lines = describeProfileChanges(before, after, foodNames);
        expect(lines.length).toBe(differingFields(before, after).length);
        expect(lines.length).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it("property: one line per differing field, for any two profiles", () => {
    fc.assert(
      fc.property(arbProfile, arbProfile, (before, after) => {
        const expected = differingFields(before, after);
        expect(describeProfileChanges(before, after).length).toBe(expected.length);
        expect(changedProfileFields(before, after)).toEqual(expected);
        for (const line of describeProfileChanges(before, after)) expect(line.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
