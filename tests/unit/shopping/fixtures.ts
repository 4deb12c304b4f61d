// Builders and fast-check arbitraries for the shopping tests (local: the pure module's tests own their data).
import fc from "fast-check";
import { PLANT_ONLY_FACTS } from "@/lib/nutrition/diet";
import {
  AISLES,
  NUTRIENT_KEYS,
  type Aisle,
  type Food,
  type Nutrients,
  type Portion,
  type Recipe,
} from "@/lib/nutrition/types";
import { DEFAULT_SLOTS, type PlanDay, type PlannedMeal } from "@/lib/planner/types";
import type { PantryEntry } from "@/lib/shopping/shopping-list";

/** Real SR28 portions (spinach 11457, egg 01123, rolled oats 08120). */
export const SPINACH: Portion[] = [
  { grams: 30, description: "1 cup" },
  { grams: 340, description: "1 bunch" },
];
export const EGG: Portion[] = [
  { grams: 50, description: "1 large" },
  { grams: 56, description: "1 extra large" },
];
export const OATS: Portion[] = [
  { grams: 81, description: "1 cup" },
  { grams: 27, description: ".333 cup" },
];

const ZERO = Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, 0])) as Nutrients;

export function food(id: number, name: string, aisle: Aisle, portions: Portion[] = []): Food {
  return {
    id,
    ndbNo: null,
    name,
    foodGroup: "vegetables",
    aisle,
    fortified: false,
    diet: { ...PLANT_ONLY_FACTS },
    dietUncertain: [],
    uncertainReason: null,
    allergens: [],
    mayContain: [],
    per100g: ZERO,
    portions,
  };
}

export function recipe(id: number, servings: number, ingredients: [Food, number][]): Recipe {
  return {
    id,
    slug: `recipe-${id}`,
    name: `Recipe ${id}`,
    description: "",
    mealTypes: ["lunch"],
    servings,
    steps: [],
    ingredients: ingredients.map(([f, grams]) => ({ food: f, grams })),
  };
}

export function meal(dishId: number, portion = 1, slot: PlannedMeal["slot"] = "lunch"): PlannedMeal {
  return { slot, dishId, portion, locked: false };
}

export interface Scenario {
  foods: Food[];
  recipes: Recipe[];
  days: PlanDay[];
  householdSize: number;
  pantry: PantryEntry[];
}

const PORTION_POOL: Portion[] = [
  { grams: 30, description: "1 cup" },
  { grams: 50, description: "1 large" },
  { grams: 81, description: "1 cup" },
  { grams: 27, description: ".333 cup" },
  { grams: 13.6, description: "1 tbsp" },
  { grams: 28.35, description: "1 oz" },
  { grams: 40, description: '1 slice, (5" x 3" x 1/2")' },
  { grams: 136, description: "1 cup, chopped" },
  { grams: 3, description: "1 clove" },
];

/**
 * A random plan: 1-12 foods (ids 1..n, random aisles and portions), 1-8 recipes using them (a food may
 * appear twice in one recipe), 1-7 days of meals on those recipes (some dish ids unknown), a household
 * and a pantry that may hold foods twice, foods not planned, and more or less than needed.
 */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    foodShapes: fc.array(
      fc.record({
        aisle: fc.constantFrom(...AISLES),
        portions: fc.subarray(PORTION_POOL, { maxLength: 3 }),
        name: fc.constantFrom("Spinach", "egg", "Oats", "almonds", "Zucchini", "milk"),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    recipeShapes: fc.array(
      fc.record({
        servings: fc.integer({ min: 1, max: 8 }),
        ingredients: fc.array(
          fc.record({ food: fc.nat(), grams: fc.double({ min: 0, max: 500, noNaN: true }) }),
          { minLength: 1, maxLength: 6 },
        ),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    dayShapes: fc.array(
      fc.array(
        fc.record({
          recipe: fc.integer({ min: 0, max: 9 }),
          portion: fc.constantFrom(0, 0.5, 0.75, 1, 1.25, 1.5, 2),
        }),
        { maxLength: 4 },
      ),
      { minLength: 1, maxLength: 7 },
    ),
    householdSize: fc.oneof(fc.integer({ min: 1, max: 6 }), fc.double({ min: 0.5, max: 6, noNaN: true })),
    pantryShapes: fc.array(
      fc.record({
        food: fc.integer({ min: 0, max: 14 }),
        grams: fc.double({ min: -10, max: 3000, noNaN: true }),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ foodShapes, recipeShapes, dayShapes, householdSize, pantryShapes }) => {
    const foods = foodShapes.map((s, i) => food(i + 1, `${s.name} ${i + 1}`, s.aisle, s.portions));
    const recipes = recipeShapes.map((r, i) =>
      recipe(
        i + 1,
        r.servings,
        r.ingredients.map((ing): [Food, number] => [foods[ing.food % foods.length] ?? foods[0]!, ing.grams]),
      ),
    );
    const days: PlanDay[] = dayShapes.map((meals, day) => ({
      day,
      meals: meals.map((m, i) => meal(m.recipe + 1, m.portion, DEFAULT_SLOTS[i % DEFAULT_SLOTS.length])),
    }));
    const pantry = pantryShapes.map((p) => ({ foodId: p.food + 1, grams: p.grams }));
    return { foods, recipes, days, householdSize, pantry };
  });

/** Plan grams per food for one person, computed the obvious way. */
export function referenceNeed(s: Scenario): Map<number, number> {
  const byId = new Map(s.recipes.map((r) => [r.id, r]));
  const need = new Map<number, number>();
  for (const day of s.days) {
    for (const m of day.meals) {
      const r = byId.get(m.dishId);
      if (!r) continue;
      for (const ing of r.ingredients) {
        need.set(ing.food.id, (need.get(ing.food.id) ?? 0) + (ing.grams * m.portion) / r.servings);
      }
    }
  }
  return need;
}

export function referencePantry(s: Scenario): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of s.pantry) out.set(p.foodId, (out.get(p.foodId) ?? 0) + Math.max(0, p.grams));
  return out;
}

export function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) + 1e-6;
}
