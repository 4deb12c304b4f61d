// fast-check arbitraries for the planner: random catalogues of dishes and random profiles.
import fc from "fast-check";
import { dietsAllowing, PLANT_ONLY_FACTS } from "@/lib/nutrition/diet";
import { DEFAULT_ADULT_INTAKES } from "@/lib/nutrition/reference-intakes";
import {
  ALLERGENS,
  DIETS,
  MEAL_TYPES,
  NUTRIENT_KEYS,
  TARGET_NUTRIENTS,
  type Allergen,
  type DietFacts,
  type NutrientKey,
} from "@/lib/nutrition/types";
import type { Dish, PlanRequest } from "@/lib/planner/types";

const FOOD_IDS = 40;

const dietFactsArb: fc.Arbitrary<DietFacts> = fc.record({
  containsMeat: fc.boolean(),
  containsFish: fc.boolean(),
  containsShellfish: fc.constant(false),
  containsDairy: fc.boolean(),
  containsEgg: fc.boolean(),
  containsHoney: fc.constant(false),
});

const dishShapeArb = fc.record({
  mealTypes: fc.subarray([...MEAL_TYPES], { minLength: 1, maxLength: 2 }),
  energyKcal: fc.integer({ min: 150, max: 750 }),
  magnesiumMg: fc.integer({ min: 0, max: 200 }),
  calciumMg: fc.integer({ min: 0, max: 700 }),
  vitaminDMcg: fc.double({ min: 0, max: 6, noNaN: true }),
  vitaminB12Mcg: fc.double({ min: 0, max: 3, noNaN: true }),
  // Mostly plant dishes so that every diet has something to eat.
  diet: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: dietFactsArb }),
  // Most dishes carry no allergen or one; a profile avoids up to two.
  allergens: fc.oneof(
    { weight: 2, arbitrary: fc.constant<Allergen[]>([]) },
    { weight: 2, arbitrary: fc.subarray([...ALLERGENS], { minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.subarray([...ALLERGENS], { minLength: 2, maxLength: 2 }) },
  ),
  // "May contain" on about a quarter of the dishes (a bought bread, a chocolate).
  mayContain: fc.oneof(
    { weight: 3, arbitrary: fc.constant<Allergen[]>([]) },
    { weight: 1, arbitrary: fc.subarray([...ALLERGENS], { minLength: 1, maxLength: 1 }) },
  ),
  foodIds: fc.uniqueArray(fc.integer({ min: 1, max: FOOD_IDS }), { minLength: 1, maxLength: 4 }),
  missingD: fc.boolean(),
});

const PLANT: DietFacts = PLANT_ONLY_FACTS;

/**
 * A catalogue of 40-64 dishes with ids 1..n: 10-16 for each meal type (some fit a second one), so that
 * a week is usually possible and the properties of feasible weeks get tested, not only the reports of
 * impossible ones.
 */
export const catalogueArb: fc.Arbitrary<Dish[]> = fc
  .tuple(
    ...MEAL_TYPES.map((type) =>
      fc.array(
        dishShapeArb.map((s) => ({ ...s, type })),
        { minLength: 10, maxLength: 16 },
      ),
    ),
  )
  .map((blocks) =>
    blocks.flat().map((s, i): Dish => {
      const perServing = Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, 0])) as Record<NutrientKey, number>;
      perServing.energyKcal = s.energyKcal;
      perServing.magnesiumMg = s.magnesiumMg;
      perServing.calciumMg = s.calciumMg;
      perServing.vitaminDMcg = s.missingD ? 0 : s.vitaminDMcg;
      perServing.vitaminB12Mcg = s.vitaminB12Mcg;
      const facts = s.diet ?? PLANT;
      return {
        id: i + 1,
        name: `Dish ${i + 1}`,
        mealTypes: [...new Set([s.type, ...s.mealTypes.slice(0, 1)])],
        perServing,
        lowerBound: s.missingD ? ["vitaminDMcg"] : [],
        dietFacts: facts,
        diets: dietsAllowing(facts),
        allergens: s.allergens,
        mayContain: s.mayContain,
        foodIds: s.foodIds,
        b12FortifiedMcg: facts === PLANT ? s.vitaminB12Mcg : 0,
        b12AnimalMcg: facts === PLANT ? 0 : s.vitaminB12Mcg,
        fortifiedB12: facts === PLANT && s.vitaminB12Mcg > 0,
        animalB12: facts !== PLANT && s.vitaminB12Mcg > 0,
      };
    }),
  );

export interface ProfileShape {
  diet: PlanRequest["diet"];
  allergens: Allergen[];
  dislikedFoodIds: number[];
  /** The foods of the ingredient families the profile dislikes. */
  dislikedFamilyFoodIds: number[];
  /** Whole dishes the profile never wants again. */
  dislikedDishIds: number[];
  energyTargetKcal: number;
  favouredNutrients: (typeof TARGET_NUTRIENTS)[number][];
  seed: number;
  /** Raw picks for locked meals (resolved against the candidates by the test). */
  lockPicks: { day: number; slot: number; dish: number; portion: number }[];
}

export const profileArb: fc.Arbitrary<ProfileShape> = fc.record({
  diet: fc.constantFrom(...DIETS),
  allergens: fc.subarray([...ALLERGENS], { maxLength: 2 }),
  dislikedFoodIds: fc.uniqueArray(fc.integer({ min: 1, max: FOOD_IDS }), { maxLength: 2 }),
  dislikedFamilyFoodIds: fc.uniqueArray(fc.integer({ min: 1, max: FOOD_IDS }), { maxLength: 2 }),
  dislikedDishIds: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 3 }),
  energyTargetKcal: fc.integer({ min: 1400, max: 2400 }),
  favouredNutrients: fc.subarray([...TARGET_NUTRIENTS]),
  seed: fc.integer({ min: 1, max: 1000 }),
  lockPicks: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 6 }),
      slot: fc.integer({ min: 0, max: 3 }),
      dish: fc.nat(),
      portion: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 3 },
  ),
});

export const INTAKES = DEFAULT_ADULT_INTAKES;

/** The plan request of a random profile over `dishes` (2 s solver limit unless `extra` says otherwise). */
export function profileRequest(
  dishes: Dish[],
  p: ProfileShape,
  extra: Partial<PlanRequest> = {},
): PlanRequest {
  return {
    dishes,
    diet: p.diet,
    allergens: p.allergens,
    dislikedFoodIds: p.dislikedFoodIds,
    dislikedFamilyFoodIds: p.dislikedFamilyFoodIds,
    dislikedDishIds: p.dislikedDishIds,
    energyTargetKcal: p.energyTargetKcal,
    intakes: INTAKES,
    favouredNutrients: p.favouredNutrients,
    timeLimitMs: 2000,
    seed: p.seed,
    ...extra,
  };
}
