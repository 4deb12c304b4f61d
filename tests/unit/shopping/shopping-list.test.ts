// The shopping list core: table tests on small plans and real portions, properties over random plans.
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { AISLES } from "@/lib/nutrition/types";
import { AISLE_LABELS, buildShoppingList, groupByAisle } from "@/lib/shopping/shopping-list";
import {
  close,
  EGG,
  food,
  meal,
  OATS,
  recipe,
  referenceNeed,
  referencePantry,
  scenarioArb,
  SPINACH,
  type Scenario,
} from "@/tests/unit/shopping/fixtures";

const RUNS = { seed: 20260105, numRuns: 300 } as const;

describe("buildShoppingList", () => {
  const spinach = food(1, "Spinach, raw", "produce", SPINACH);
  const egg = food(2, "Egg, whole, raw", "dairy_eggs", EGG);
  const oats = food(3, "Rolled oats", "bakery_grains", OATS);
  const almonds = food(4, "Almonds", "nuts_seeds");
  const apple = food(5, "apple", "produce");

  // Omelette makes 2 servings; porridge 4; salad 1 and uses spinach twice (leaves and garnish).
  const omelette = recipe(10, 2, [
    [egg, 200],
    [spinach, 60],
  ]);
  const porridge = recipe(11, 4, [
    [oats, 320],
    [almonds, 40],
  ]);
  const salad = recipe(12, 1, [
    [spinach, 30],
    [spinach, 15],
    [apple, 100],
  ]);
  const recipes = new Map([omelette, porridge, salad].map((r) => [r.id, r]));
  const days = [
    { day: 0, meals: [meal(11, 1, "breakfast"), meal(10, 1, "lunch"), meal(12, 1, "dinner")] },
    { day: 1, meals: [meal(11, 1.5, "breakfast"), meal(12, 2, "lunch")] },
  ];

  it("sums each food over meals, portions and days, once per food, scaled by household", () => {
    const list = buildShoppingList({ days, recipes, householdSize: 2 });
    const grams = Object.fromEntries(list.items.map((i) => [i.name, i.neededGrams]));
    expect(grams).toEqual({
      // 2 × (60/2 + 45 + 45 × 2)
      "Spinach, raw": 2 * (30 + 45 + 90),
      apple: 2 * (100 + 200),
      "Egg, whole, raw": 2 * 100,
      // 2 × (320/4 × 2.5)
      "Rolled oats": 2 * 200,
      Almonds: 2 * 25,
    });
    expect(list.items.map((i) => i.foodId)).toEqual([5, 1, 2, 3, 4]);
    expect(list.items.map((i) => i.key)).toEqual(["food:5", "food:1", "food:2", "food:3", "food:4"]);
    expect(list.aisles.map((g) => g.aisle)).toEqual(["produce", "dairy_eggs", "bakery_grains", "nuts_seeds"]);
    expect(list.aisles[0]?.label).toBe("Produce");
    expect(list.missingRecipeIds).toEqual([]);
    const eggs = list.items.find((i) => i.foodId === 2);
    expect(eggs).toMatchObject({
      grams: 200,
      pantryGrams: 0,
      inPantry: false,
      quantity: 4,
      unit: "large",
      display: "4 large",
      need: "need ~200 g",
      inBuyingUnits: false,
    });
  });

  test.each<[string, number, number, number, boolean]>([
    // [case, at home, to buy, from pantry, in pantry]; need is 750 g of oats
    ["nothing at home", 0, 750, 0, false],
    ["partial: 500 g at home leaves 250 g", 500, 250, 500, false],
    ["exactly covered", 750, 0, 750, true],
    ["more than enough", 2000, 0, 750, true],
    ["negative pantry counts as nothing", -40, 750, 0, false],
  ])("pantry: %s", (_label, atHome, toBuy, fromPantry, inPantry) => {
    const r = recipe(20, 1, [[oats, 750]]);
    const list = buildShoppingList({
      days: [{ day: 0, meals: [meal(20)] }],
      recipes: new Map([[20, r]]),
      householdSize: 1,
      pantry: [{ foodId: oats.id, grams: atHome }],
    });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      neededGrams: 750,
      grams: toBuy,
      pantryGrams: fromPantry,
      inPantry,
    });
  });

  it("adds up pantry entries of one food, ignores foods not planned, shows the need when covered", () => {
    const list = buildShoppingList({
      days,
      recipes,
      householdSize: 1,
      pantry: [
        { foodId: 2, grams: 60 },
        { foodId: 2, grams: 40 },
        { foodId: 99, grams: 500 },
      ],
    });
    expect(list.items.find((i) => i.foodId === 2)).toMatchObject({
      grams: 0,
      pantryGrams: 100,
      inPantry: true,
      display: "2 large",
    });
    expect(list.items.some((i) => i.foodId === 99)).toBe(false);
  });

  it("reports planned dishes with no recipe and skips zero portions", () => {
    const list = buildShoppingList({
      days: [{ day: 0, meals: [meal(77), meal(10, 0), meal(76), meal(77)] }],
      recipes,
      householdSize: 1,
    });
    expect(list.items).toEqual([]);
    expect(list.missingRecipeIds).toEqual([76, 77]);
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("rejects household size %s", (size) => {
    expect(() => buildShoppingList({ days, recipes, householdSize: size })).toThrow(RangeError);
  });

  it("rejects a recipe making no servings", () => {
    const broken = recipe(30, 0, [[apple, 10]]);
    expect(() =>
      buildShoppingList({
        days: [{ day: 0, meals: [meal(30)] }],
        recipes: new Map([[30, broken]]),
        householdSize: 1,
      }),
    ).toThrow(RangeError);
  });

  it("labels every aisle", () => {
    expect(Object.keys(AISLE_LABELS)).toEqual([...AISLES]);
  });

  it("groupByAisle keeps extra fields and the order within an aisle", () => {
    const items = [
      { aisle: "other" as const, id: "a", checked: true },
      { aisle: "produce" as const, id: "b", checked: false },
      { aisle: "other" as const, id: "c", checked: false },
    ];
    expect(groupByAisle(items)).toEqual([
      { aisle: "produce", label: "Produce", items: [items[1]] },
      { aisle: "other", label: "Other", items: [items[0], items[2]] },
    ]);
  });
});

describe("buildShoppingList properties", () => {
  const build = (s: Scenario, withPantry = true) =>
    buildShoppingList({
      days: s.days,
      recipes: new Map(s.recipes.map((r) => [r.id, r])),
      householdSize: s.householdSize,
      pantry: withPantry ? s.pantry : [],
    });

  it("per food: needed = plan × household, to buy = max(0, needed − pantry), bought + pantry = needed", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const list = build(s);
        const need = referenceNeed(s);
        const pantry = referencePantry(s);
        const expectedIds = [...need].filter(([, g]) => g * s.householdSize > 0).map(([id]) => id);
        expect(list.items.map((i) => i.foodId).sort((a, b) => a - b)).toEqual(
          expectedIds.sort((a, b) => a - b),
        );
        for (const item of list.items) {
          const needed = (need.get(item.foodId) ?? 0) * s.householdSize;
          const atHome = pantry.get(item.foodId) ?? 0;
          expect(close(item.neededGrams, needed)).toBe(true);
          expect(close(item.grams, Math.max(0, needed - atHome))).toBe(true);
          expect(close(item.pantryGrams, Math.min(needed, atHome))).toBe(true);
          expect(item.grams + item.pantryGrams).toBeCloseTo(item.neededGrams, 9);
          expect(item.grams).toBeGreaterThanOrEqual(0);
          expect(item.pantryGrams).toBeLessThanOrEqual(item.neededGrams);
          expect(item.inPantry).toBe(item.grams === 0);
        }
      }),
      RUNS,
    );
  });

  it("total grams on the list = the plan's ingredient grams × household size (pantry or not)", () => {
    fc.assert(
      fc.property(scenarioArb, fc.boolean(), (s, withPantry) => {
        const list = build(s, withPantry);
        const planTotal = [...referenceNeed(s).values()].reduce((a, b) => a + b, 0) * s.householdSize;
        const listTotal = list.items.reduce((sum, i) => sum + i.grams + i.pantryGrams, 0);
        expect(close(listTotal, planTotal)).toBe(true);
        if (!withPantry) {
          expect(
            close(
              list.items.reduce((sum, i) => sum + i.grams, 0),
              planTotal,
            ),
          ).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("no food appears twice; aisles in store order; groups are the items in order", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const list = build(s);
        const ids = list.items.map((i) => i.foodId);
        expect(new Set(ids).size).toBe(ids.length);
        const order = list.items.map((i) => AISLES.indexOf(i.aisle));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(list.aisles.flatMap((g) => g.items)).toEqual(list.items);
        expect(new Set(list.aisles.map((g) => g.aisle)).size).toBe(list.aisles.length);
        expect(
          list.aisles.every((g) => g.items.length > 0 && g.items.every((i) => i.aisle === g.aisle)),
        ).toBe(true);
      }),
      RUNS,
    );
  });

  it("every rounding is up: the quantity bought holds at least the grams shown", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const item of build(s).items) {
          expect(item.quantity).toBeGreaterThan(0);
          expect(item.display.startsWith(item.display.match(/^[\d¼½¾.,]+/)?.[0] ?? "?")).toBe(true);
          expect(item.need).toMatch(/^need ~/);
        }
      }),
      RUNS,
    );
  });

  it("is independent of the order of days, meals and pantry entries", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const reversed: Scenario = {
          ...s,
          days: [...s.days].reverse().map((d) => ({ ...d, meals: [...d.meals].reverse() })),
          pantry: [...s.pantry].reverse(),
        };
        const a = build(s).items;
        const b = build(reversed).items;
        expect(b.map((i) => i.foodId)).toEqual(a.map((i) => i.foodId));
        b.forEach((item, k) => expect(close(item.grams, a[k]?.grams ?? Number.NaN)).toBe(true));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
