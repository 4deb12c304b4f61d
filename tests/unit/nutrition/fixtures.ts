// Small builders for nutrition unit tests (kept local so the pure module's tests own their data).
import fc from "fast-check";
import { PLANT_ONLY_FACTS } from "@/lib/nutrition/diet";
import {
  ALLERGENS,
  NUTRIENT_KEYS,
  type DietFacts,
  type Food,
  type Ingredient,
  type Nutrients,
  type Recipe,
} from "@/lib/nutrition/types";

export const NO_ANIMAL: DietFacts = PLANT_ONLY_FACTS;

export function nutrients(values: Partial<Nutrients> = {}): Nutrients {
  const out = Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, 0])) as Nutrients;
  return { ...out, ...values };
}

let nextId = 1;
export function food(overrides: Partial<Food> = {}): Food {
  const id = nextId++;
  return {
    id,
    ndbNo: null,
    name: `Food ${id}`,
    foodGroup: "vegetables",
    aisle: "produce",
    fortified: false,
    diet: { ...NO_ANIMAL },
    dietUncertain: [],
    uncertainReason: null,
    allergens: [],
    mayContain: [],
    per100g: nutrients(),
    portions: [],
    ...overrides,
  };
}

export function recipe(ingredients: Ingredient[], overrides: Partial<Recipe> = {}): Recipe {
  const id = nextId++;
  return {
    id,
    slug: `recipe-${id}`,
    name: `Recipe ${id}`,
    description: "",
    mealTypes: ["dinner"],
    servings: 2,
    steps: [],
    ingredients,
    ...overrides,
  };
}

// ---- fast-check arbitraries ----

const amount = fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true });

export const arbNutrients: fc.Arbitrary<Nutrients> = fc.record(
  Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, fc.option(amount, { nil: null, freq: 4 })])) as Record<
    keyof Nutrients,
    fc.Arbitrary<number | null>
  >,
);

export const arbDietFacts: fc.Arbitrary<DietFacts> = fc.record({
  containsMeat: fc.boolean(),
  containsFish: fc.boolean(),
  containsShellfish: fc.boolean(),
  containsDairy: fc.boolean(),
  containsEgg: fc.boolean(),
  containsHoney: fc.boolean(),
});

export const arbFood: fc.Arbitrary<Food> = fc
  .record({
    per100g: arbNutrients,
    diet: arbDietFacts,
    allergens: fc.subarray([...ALLERGENS]),
  })
  .map((o) => food(o));

export const arbIngredient: fc.Arbitrary<Ingredient> = fc.record({
  food: arbFood,
  grams: fc.double({ min: 0, max: 2000, noNaN: true, noDefaultInfinity: true }),
});

export const arbRecipe: fc.Arbitrary<Recipe> = fc
  .record({
    ingredients: fc.array(arbIngredient, { minLength: 0, maxLength: 12 }),
    servings: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ ingredients, servings }) => recipe(ingredients, { servings }));

/** |a - b| within a relative tolerance (sums of doubles differ by rounding only). */
export function close(a: number, b: number, rel = 1e-9): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
