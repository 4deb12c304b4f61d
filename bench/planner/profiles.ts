// The benchmark's fixed profiles: every diet × five flag sets, with different people.
import { referenceIntakes, type ReferenceProfile } from "@/lib/nutrition/reference-intakes";
import { DIETS, type Allergen, type Diet, type TargetNutrient } from "@/lib/nutrition/types";
import type { PlanRequest } from "@/lib/planner/types";

export interface BenchProfile {
  name: string;
  diet: Diet;
  person: ReferenceProfile;
  energyTargetKcal: number;
  allergens: Allergen[];
  favoured: TargetNutrient[];
}

export const FLAG_SETS: readonly (readonly TargetNutrient[])[] = [
  [],
  ["vitaminB12Mcg"],
  ["magnesiumMg"],
  ["calciumMg", "vitaminDMcg"],
  ["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"],
];

// Small energy budgets and the higher RDAs of older people make the targets bind.
const PEOPLE: { person: ReferenceProfile; energy: number; allergens: Allergen[] }[] = [
  { person: { sex: "female", age: 40 }, energy: 1600, allergens: [] },
  { person: { sex: "male", age: 28 }, energy: 2200, allergens: ["peanuts"] },
  { person: { sex: "female", age: 75 }, energy: 1400, allergens: ["milk"] },
  { person: { sex: "male", age: 75 }, energy: 1800, allergens: ["fish", "sesame"] },
];

const short: Record<TargetNutrient, string> = {
  magnesiumMg: "Mg",
  calciumMg: "Ca",
  vitaminDMcg: "D",
  vitaminB12Mcg: "B12",
};

/**
 * 20 profiles: 4 diets × 5 flag sets. Each diet gets two people (the flag sets of one diet share a
 * person with the "none" set so that uplift compares like with like: flag sets alternate persons A/B
 * and each has its own "none" twin computed by the benchmark).
 */
export function benchProfiles(): BenchProfile[] {
  return DIETS.flatMap((diet, di) =>
    FLAG_SETS.map((favoured, fi) => {
      const p = PEOPLE[(di + fi) % PEOPLE.length] ?? PEOPLE[0]!;
      return {
        name: `${diet}/${favoured.length ? favoured.map((n) => short[n]).join("+") : "none"}`,
        diet,
        person: p.person,
        energyTargetKcal: p.energy,
        allergens: p.allergens,
        favoured: [...favoured],
      };
    }),
  );
}

export function requestFor(
  profile: BenchProfile,
  dishes: PlanRequest["dishes"],
  extra: Partial<PlanRequest> = {},
): PlanRequest {
  return {
    dishes,
    diet: profile.diet,
    allergens: profile.allergens,
    energyTargetKcal: profile.energyTargetKcal,
    intakes: referenceIntakes(profile.person),
    favouredNutrients: profile.favoured,
    ...extra,
  };
}
