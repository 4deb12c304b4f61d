// A hand-made dish for planner unit tests: plant-only, 500 kcal and 100 mg calcium a serving unless told.
import { PLANT_ONLY_FACTS, dietsAllowing } from "@/lib/nutrition/diet";
import {
  NUTRIENT_KEYS,
  type Allergen,
  type DietFacts,
  type MealType,
  type NutrientKey,
} from "@/lib/nutrition/types";
import { DEFAULT_SLOTS, type Dish } from "@/lib/planner/types";

export function testDish(
  id: number,
  options: {
    slots?: MealType[];
    kcal?: number;
    calciumMg?: number;
    /** B12 a serving, all of it from a fortified plant food. */
    fortifiedB12Mcg?: number;
    facts?: Partial<DietFacts>;
    allergens?: Allergen[];
    mayContain?: Allergen[];
    foodIds?: number[];
  } = {},
): Dish {
  const perServing = Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, 0])) as Record<NutrientKey, number>;
  perServing.energyKcal = options.kcal ?? 500;
  perServing.calciumMg = options.calciumMg ?? 100;
  const b12 = options.fortifiedB12Mcg ?? 0;
  perServing.vitaminB12Mcg = b12;
  const dietFacts = { ...PLANT_ONLY_FACTS, ...options.facts };
  return {
    id,
    name: `Dish ${id}`,
    mealTypes: options.slots ?? [...DEFAULT_SLOTS],
    perServing,
    lowerBound: [],
    dietFacts,
    diets: dietsAllowing(dietFacts),
    allergens: options.allergens ?? [],
    mayContain: options.mayContain ?? [],
    foodIds: options.foodIds ?? [id * 10],
    b12FortifiedMcg: b12,
    b12AnimalMcg: 0,
    fortifiedB12: b12 > 0,
    animalB12: false,
  };
}
