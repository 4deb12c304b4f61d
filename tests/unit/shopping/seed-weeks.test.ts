// Shopping lists of 20 generated weeks on the real seed catalogue (5 per diet): one line per purchasable
// item, the grams converted to what is bought, and the share of lines in buying units printed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import { DIETS } from "@/lib/nutrition/types";
import { randomPlan } from "@/lib/planner/baselines";
import { dishFromRecipe } from "@/lib/planner/dish";
import { DEFAULT_SLOTS, type PlanDay } from "@/lib/planner/types";
import { buildShoppingList, type ShoppingList } from "@/lib/shopping/shopping-list";
import { purchaseOf } from "@/lib/shopping/purchasable-items";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";
import { close } from "@/tests/unit/shopping/fixtures";

const catalogue = loadSeedCatalogue();
const dishes = catalogue.recipes.map(dishFromRecipe);
const recipes = new Map(catalogue.recipes.map((r) => [r.id, r]));
const intakes = referenceIntakes({ sex: "female", age: 40 });
const SEEDS = [1, 2, 3, 4, 5];

const weeks: { diet: string; days: PlanDay[] }[] = DIETS.flatMap((diet) =>
  SEEDS.map((seed) => ({
    diet,
    days: randomPlan({ dishes, diet, energyTargetKcal: 1800, intakes, favouredNutrients: [], seed }, seed),
  })),
);

/** Purchase grams per item the obvious way: every ingredient × portion / servings × factor × people. */
function expectedGrams(days: PlanDay[], householdSize: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const day of days) {
    for (const meal of day.meals) {
      const recipe = recipes.get(meal.dishId)!;
      for (const { food, grams } of recipe.ingredients) {
        const purchase = purchaseOf(food.ndbNo)!;
        const key = `item:${purchase.item.id}`;
        const add = ((grams * meal.portion) / recipe.servings) * purchase.form.factor * householdSize;
        out.set(key, (out.get(key) ?? 0) + add);
      }
    }
  }
  return out;
}

describe("shopping lists of 20 generated seed weeks (every diet)", () => {
  const lists: ShoppingList[] = weeks.map(({ days }) =>
    buildShoppingList({ days, recipes, householdSize: 2, units: "metric" }),
  );

  it("has one line per purchasable item and the plan's grams in purchase form", () => {
    expect(weeks).toHaveLength(20);
    lists.forEach((list, k) => {
      const keys = list.items.map((item) => item.key);
      expect(new Set(keys).size).toBe(keys.length);
      const ids = list.items.map((item) => item.itemId);
      expect(new Set(ids).size).toBe(ids.length);
      const expected = expectedGrams(weeks[k]!.days, 2);
      expect(new Set(keys)).toEqual(new Set([...expected].filter(([, g]) => g > 0).map(([key]) => key)));
      for (const item of list.items) expect(close(item.grams, expected.get(item.key)!)).toBe(true);
    });
  });

  it("counts the things bought by the piece in pieces, liquids by volume, never milk in kg", () => {
    const pieceItems = ["bananas", "apples", "eggs", "lemons", "onions", "garlic", "avocados"];
    for (const list of lists) {
      for (const item of list.items) {
        if (pieceItems.includes(item.itemId ?? "")) expect(item.display).toMatch(/^\d+ [a-z]+$/);
        if (item.itemId === "milk") expect(item.unit).toMatch(/^(ml|L)$/);
        expect(item.display).not.toMatch(/mashed|cups?,/);
      }
    }
  });

  it("prints the share of lines in buying units (target ≥ 95 %)", () => {
    const all = lists.flatMap((list) => list.items);
    const inBuyingUnits = all.filter((item) => item.inBuyingUnits).length;
    const counted = all.filter((item) => item.unit !== "g" && item.unit !== "kg").length;
    const share = inBuyingUnits / all.length;
    console.log(
      `seed weeks: ${all.length} lines over 20 weeks; ${(share * 100).toFixed(1)} % in buying units; ` +
        `${((counted / all.length) * 100).toFixed(1)} % counted in pieces, packs or volume (the rest loose by weight)`,
    );
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});

describe("any plan of seed recipes, with a pantry", () => {
  const planArb = fc.record({
    days: fc.array(
      fc.array(
        fc.record({
          recipe: fc.integer({ min: 0, max: catalogue.recipes.length - 1 }),
          portion: fc.constantFrom(0.5, 1, 1.5, 2),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      { minLength: 1, maxLength: 7 },
    ),
    householdSize: fc.integer({ min: 1, max: 6 }),
    pantry: fc.array(
      fc.record({
        food: fc.integer({ min: 0, max: catalogue.foods.length - 1 }),
        grams: fc.double({ min: 0, max: 2000, noNaN: true }),
      }),
      { maxLength: 8 },
    ),
  });

  it("grams to buy = plan grams in purchase form × people − pantry in purchase form, one line per item", () => {
    fc.assert(
      fc.property(planArb, ({ days: shape, householdSize, pantry: pantryShape }) => {
        const days: PlanDay[] = shape.map((meals, day) => ({
          day,
          meals: meals.map((m, i) => ({
            slot: DEFAULT_SLOTS[i % DEFAULT_SLOTS.length]!,
            dishId: catalogue.recipes[m.recipe]!.id,
            portion: m.portion,
            locked: false,
          })),
        }));
        const pantry = pantryShape.map((p) => {
          const food = catalogue.foods[p.food]!;
          return { foodId: food.id, ndbNo: food.ndbNo, grams: p.grams };
        });
        const list = buildShoppingList({ days, recipes, householdSize, pantry });
        const need = expectedGrams(days, householdSize);
        const atHome = new Map<string, number>();
        for (const entry of pantry) {
          const purchase = purchaseOf(entry.ndbNo)!;
          const key = `item:${purchase.item.id}`;
          atHome.set(key, (atHome.get(key) ?? 0) + entry.grams * purchase.form.factor);
        }
        expect(new Set(list.items.map((i) => i.key)).size).toBe(list.items.length);
        for (const item of list.items) {
          const needed = need.get(item.key)!;
          const expected = Math.max(0, needed - (atHome.get(item.key) ?? 0));
          expect(Math.abs(item.grams - expected)).toBeLessThan(1e-6 * Math.max(1, needed));
          expect(item.quantity).toBeGreaterThan(0);
        }
      }),
      { seed: 16, numRuns: 200 },
    );
  });
});
