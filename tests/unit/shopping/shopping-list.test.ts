// The shopping list core: table tests on small plans and real portions, properties over random plans.
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { AISLES, type Portion } from "@/lib/nutrition/types";
import {
  AISLE_LABELS,
  buildShoppingList,
  formatQuantity,
  groupByAisle,
  parsePortion,
} from "@/lib/shopping/shopping-list";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";
import {
  close,
  food,
  meal,
  recipe,
  referenceNeed,
  referencePantry,
  scenarioArb,
  type Scenario,
} from "@/tests/unit/shopping/fixtures";

const RUNS = { seed: 20260105, numRuns: 300 } as const;

const SPINACH: Portion[] = [
  { grams: 30, description: "1 cup" },
  { grams: 340, description: "1 bunch" },
];
const EGG: Portion[] = [
  { grams: 50, description: "1 large" },
  { grams: 56, description: "1 extra large" },
];
const OATS: Portion[] = [
  { grams: 81, description: "1 cup" },
  { grams: 27, description: ".333 cup" },
];
const OIL: Portion[] = [
  { grams: 218, description: "1 cup" },
  { grams: 13.6, description: "1 tbsp" },
  { grams: 4.5, description: "1 tsp" },
];
const HARD_BOILED_EGG: Portion[] = [
  { grams: 136, description: "1 cup, chopped" },
  { grams: 8.5, description: "1 tbsp" },
];
const BREAD: Portion[] = [
  { grams: 28.35, description: "1 oz" },
  { grams: 40, description: '1 slice, (5" x 3" x 1/2")' },
];
const YOGURT: Portion[] = [{ grams: 245, description: "1 cup, (1 NLEA serving)" }];
const SALMON_OZ: Portion[] = [
  { grams: 28.35, description: "1 oz" },
  { grams: 453.6, description: "1 lb" },
];
const ARTICHOKE: Portion[] = [
  { grams: 128, description: "1 artichoke, medium" },
  { grams: 162, description: "1 artichoke, large" },
];
const SPINACH_FROZEN: Portion[] = [{ grams: 284, description: "1 package, (10 oz)" }];
const GARLIC: Portion[] = [
  { grams: 3, description: "1 clove" },
  { grams: 2.8, description: "1 tsp" },
];

describe("formatQuantity", () => {
  test.each<[string, Portion[], number, string]>([
    ["spinach, 3 cups", SPINACH, 90, "3 cups (90 g)"],
    ["spinach, a third of a cup rounds to a quarter", SPINACH, 10, "¼ cup (10 g)"],
    ["spinach, 1 cup", SPINACH, 30, "1 cup (30 g)"],
    ["spinach, 1.2 kg is metric", SPINACH, 1200, "1.2 kg"],
    ["eggs, 6 large", EGG, 300, "6 large (300 g)"],
    ["eggs, 5.6 rounds up", EGG, 280, "6 large (280 g)"],
    ["eggs, 6.06 is still 6 (10 % slack)", EGG, 303, "6 large (303 g)"],
    ["eggs, 6.4 rounds up to 7", EGG, 320, "7 large (320 g)"],
    ["eggs, a little is one egg", EGG, 10, "1 large (10 g)"],
    ["eggs, a count stays above 1 kg", EGG, 1200, "24 large (1,200 g)"],
    ["oats, 1 cup", OATS, 81, "1 cup (81 g)"],
    ["oats, 1½ cups", OATS, 121.5, "1½ cups (122 g)"],
    ["oats, 4.94 cups in halves", OATS, 400, "5 cups (400 g)"],
    ["oats, 1.2 kg", OATS, 1200, "1.2 kg"],
    ["oats, a pinch is grams", OATS, 5, "5 g"],
    ["oats, above 8 cups is grams", OATS, 800, "800 g"],
    ["oil, tablespoons below ⅛ cup", OIL, 20, "1½ tbsp (20 g)"],
    ["oil, teaspoons", OIL, 2.3, "½ tsp (2 g)"],
    ["oil, ¾ cup", OIL, 160, "¾ cup (160 g)"],
    ["hard-boiled egg keeps a plain qualifier", HARD_BOILED_EGG, 272, "2 cups, chopped (272 g)"],
    ["bread in slices, not ounces", BREAD, 120, "3 slices (120 g)"],
    ["one slice is singular", BREAD, 40, "1 slice (40 g)"],
    ["parenthesised qualifier is dropped", YOGURT, 490, "2 cups (490 g)"],
    ["ounces and pounds give grams", SALMON_OZ, 450, "450 g"],
    ["several kilograms", SALMON_OZ, 12_340, "12.3 kg"],
    ["garlic cloves", GARLIC, 9, "3 cloves (9 g)"],
    ["a noun sized by its qualifier counts", ARTICHOKE, 300, "3 artichokes (300 g)"],
    ["a coarse unit does not", SPINACH_FROZEN, 200, "200 g"],
    ["no portions: grams", [], 449.6, "450 g"],
    ["no portions: under a gram", [], 0.3, "< 1 g"],
    ["zero", EGG, 0, "0 g"],
  ])("%s", (_label, portions, grams, expected) => {
    expect(formatQuantity(grams, portions)).toBe(expected);
  });

  it("rejects negative and non-finite grams", () => {
    expect(() => formatQuantity(-1, EGG)).toThrow(RangeError);
    expect(() => formatQuantity(Number.NaN, EGG)).toThrow(RangeError);
  });

  test.each<[string, Portion, ReturnType<typeof parsePortion>]>([
    ["1 cup", { grams: 30, description: "1 cup" }, { gramsPerUnit: 30, head: "cup", qualifier: "" }],
    [
      ".333 cup",
      { grams: 27, description: ".333 cup" },
      { gramsPerUnit: 27 / 0.333, head: "cup", qualifier: "" },
    ],
    ["1/2 cup", { grams: 40, description: "1/2 cup" }, { gramsPerUnit: 80, head: "cup", qualifier: "" }],
    ["2 oz", { grams: 57, description: "2 oz" }, { gramsPerUnit: 28.5, head: "oz", qualifier: "" }],
    [
      "1 cup, chopped",
      { grams: 136, description: "1 cup, chopped" },
      { gramsPerUnit: 136, head: "cup", qualifier: "chopped" },
    ],
    ["no number", { grams: 50, description: "large" }, { gramsPerUnit: 50, head: "large", qualifier: "" }],
    ["zero grams", { grams: 0, description: "1 cup" }, null],
  ])("parsePortion %s", (_label, portion, expected) => {
    expect(parsePortion(portion)).toEqual(expected);
  });

  describe("real seed portions", () => {
    const catalogue = loadSeedCatalogue();
    const byName = (name: string) => {
      const found = catalogue.foods.find((f) => f.name === name);
      if (!found) throw new Error(`seed has no ${name}`);
      return found;
    };
    test.each([
      ["Spinach, raw", 90, "3 cups (90 g)"],
      ["Egg, whole, raw", 300, "6 large (300 g)"],
      ["Rolled oats", 162, "2 cups (162 g)"],
      ["Rolled oats", 1200, "1.2 kg"],
    ])("%s, %d g -> %s", (name, grams, expected) => {
      expect(formatQuantity(grams, byName(name).portions)).toBe(expected);
    });

    it("every seed food shows any amount without throwing, grams kept", () => {
      for (const f of catalogue.foods) {
        for (const grams of [0.2, 3, 47, 250, 999, 4321]) {
          const text = formatQuantity(grams, f.portions);
          expect(text === "< 1 g" || /\d/.test(text)).toBe(true);
          if (text.includes("(")) expect(text.endsWith(" g)")).toBe(true);
        }
      }
    });
  });
});

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
    expect(list.aisles.map((g) => g.aisle)).toEqual(["produce", "dairy_eggs", "bakery_grains", "nuts_seeds"]);
    expect(list.aisles[0]?.label).toBe("Produce");
    expect(list.missingRecipeIds).toEqual([]);
    const eggs = list.items.find((i) => i.foodId === 2);
    expect(eggs).toMatchObject({ grams: 200, pantryGrams: 0, inPantry: false, display: "4 large (200 g)" });
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
      display: "2 large (100 g)",
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

  it("display shows the rounded grams whenever it uses a household unit", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const item of build(s).items) {
          const shown = item.inPantry ? item.neededGrams : item.grams;
          const grams = /\((< 1|[\d,]+) g\)$/.exec(item.display);
          if (grams?.[1] === "< 1") {
            expect(shown).toBeLessThan(0.5);
          } else if (grams) {
            expect(Number(grams[1]?.replaceAll(",", ""))).toBe(Math.round(shown));
          } else {
            expect(item.display).toMatch(/^(< 1 g|[\d,]+ g|[\d.]+ kg)$/);
          }
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
