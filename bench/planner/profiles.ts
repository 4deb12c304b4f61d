// The benchmark's fixed profiles: every diet × five flag sets, with different people.
import { referenceIntakes, type ReferenceProfile } from "@/lib/nutrition/reference-intakes";
import { DIETS, type Allergen, type Diet, type Food, type TargetNutrient } from "@/lib/nutrition/types";
import type { PlanRequest } from "@/lib/planner/types";

export interface BenchProfile {
  name: string;
  diet: Diet;
  person: ReferenceProfile;
  energyTargetKcal: number;
  allergens: Allergen[];
  favoured: TargetNutrient[];
  /** Dislike the catalogue's foods richest in these nutrients (makes a flagged nutrient bind). */
  dislikeRichestIn?: TargetNutrient[];
}

/**
 * Stress profiles beside the diet × flag grid: high and low energy, pregnancy, 71+, strict
 * allergen sets, and heavy dislikes of the foods richest in vitamin D or B12 (where a nutrient binds).
 */
export function stressProfiles(): BenchProfile[] {
  const woman = (age: number) => ({ sex: "female" as const, age });
  const man = (age: number) => ({ sex: "male" as const, age });
  const all: TargetNutrient[] = ["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"];
  const p = (name: string, rest: Omit<BenchProfile, "name">): BenchProfile => ({ name, ...rest });
  return [
    p("athlete 3000/omnivore", {
      diet: "omnivore",
      person: man(25),
      energyTargetKcal: 3000,
      allergens: [],
      favoured: ["magnesiumMg"],
    }),
    p("athlete 3500/vegetarian", {
      diet: "vegetarian",
      person: man(30),
      energyTargetKcal: 3500,
      allergens: [],
      favoured: [],
    }),
    p("athlete 4500/omnivore", {
      diet: "omnivore",
      person: man(22),
      energyTargetKcal: 4500,
      allergens: [],
      favoured: ["calciumMg"],
    }),
    p("low 1200/vegan", {
      diet: "vegan",
      person: woman(60),
      energyTargetKcal: 1200,
      allergens: [],
      favoured: ["calciumMg"],
    }),
    p("low 1400/pescatarian", {
      diet: "pescatarian",
      person: woman(80),
      energyTargetKcal: 1400,
      allergens: [],
      favoured: all,
    }),
    p("pregnant/vegetarian", {
      diet: "vegetarian",
      person: { ...woman(32), pregnancy: "pregnant" },
      energyTargetKcal: 2300,
      allergens: [],
      favoured: ["vitaminB12Mcg", "calciumMg"],
    }),
    p("71+/omnivore", {
      diet: "omnivore",
      person: man(78),
      energyTargetKcal: 1900,
      allergens: [],
      favoured: ["vitaminDMcg"],
    }),
    p("strict/vegan soy+gluten", {
      diet: "vegan",
      person: woman(35),
      energyTargetKcal: 1900,
      allergens: ["soy", "wheat_gluten"],
      favoured: ["vitaminB12Mcg"],
    }),
    p("strict/vegetarian milk+egg+peanuts", {
      diet: "vegetarian",
      person: man(45),
      energyTargetKcal: 2200,
      allergens: ["milk", "egg", "peanuts"],
      favoured: ["calciumMg"],
    }),
    p("binding D/omnivore", {
      diet: "omnivore",
      person: woman(50),
      energyTargetKcal: 1800,
      allergens: [],
      favoured: ["vitaminDMcg"],
      dislikeRichestIn: ["vitaminDMcg"],
    }),
    p("binding D/pescatarian", {
      diet: "pescatarian",
      person: man(40),
      energyTargetKcal: 2200,
      allergens: [],
      favoured: ["vitaminDMcg", "calciumMg"],
      dislikeRichestIn: ["vitaminDMcg"],
    }),
    p("binding B12/vegetarian", {
      diet: "vegetarian",
      person: woman(70),
      energyTargetKcal: 1700,
      allergens: [],
      favoured: ["vitaminB12Mcg"],
      dislikeRichestIn: ["vitaminB12Mcg"],
    }),
  ];
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

/** How many of the foods richest in a nutrient a "dislike richest" profile dislikes. */
const DISLIKED_RICHEST = 12;

function dislikedFoodIds(profile: BenchProfile, foods: readonly Food[]): number[] {
  return (profile.dislikeRichestIn ?? []).flatMap((n) =>
    [...foods]
      .sort((a, b) => (b.per100g[n] ?? 0) - (a.per100g[n] ?? 0) || a.id - b.id)
      .slice(0, DISLIKED_RICHEST)
      .map((f) => f.id),
  );
}

export function requestFor(
  profile: BenchProfile,
  dishes: PlanRequest["dishes"],
  extra: Partial<PlanRequest> = {},
  foods: readonly Food[] = [],
): PlanRequest {
  return {
    dishes,
    diet: profile.diet,
    allergens: profile.allergens,
    dislikedFoodIds: dislikedFoodIds(profile, foods),
    energyTargetKcal: profile.energyTargetKcal,
    intakes: referenceIntakes(profile.person),
    favouredNutrients: profile.favoured,
    ...extra,
  };
}
