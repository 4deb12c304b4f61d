// Household units from SR28 portions: how recipes show amounts and how foods without a purchasable item
// are bought.
import { describe, expect, it, test } from "vitest";
import type { Portion } from "@/lib/nutrition/types";
import {
  formatIngredientAmount,
  formatQuantity,
  householdToBuy,
  parsePortion,
} from "@/lib/shopping/household-units";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";
import { EGG, OATS, SPINACH } from "@/tests/unit/shopping/fixtures";

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

describe("formatQuantity in US units", () => {
  test.each<[string, Portion[], number, string]>([
    ["cups keep ounces beside them", SPINACH, 90, "3 cups (3 oz)"],
    ["a count in ounces", EGG, 300, "6 large (11 oz)"],
    ["a weight alone in ounces", [], 200, "7 oz"],
    ["a weight alone in pounds", SALMON_OZ, 1200, "2.6 lb"],
  ])("%s", (_label, portions, grams, expected) => {
    expect(formatQuantity(grams, portions, "us")).toBe(expected);
  });
});

describe("formatIngredientAmount (recipe pages)", () => {
  test.each<[string, Portion[], number, "metric" | "us", string]>([
    ["metric: household unit with grams", SPINACH, 90, "metric", "3 cups (90 g)"],
    ["metric: a weight alone", SALMON_OZ, 1200, "metric", "1.2 kg"],
    ["US: cups with ounces, grams kept", SPINACH, 90, "us", "3 cups (3 oz) · 90 g"],
    ["US: a count with ounces, grams kept", EGG, 300, "us", "6 large (11 oz) · 300 g"],
    ["US: pounds, grams kept", SALMON_OZ, 1200, "us", "2.6 lb · 1,200 g"],
  ])("%s", (_label, portions, grams, system, expected) => {
    expect(formatIngredientAmount(grams, portions, system)).toBe(expected);
  });
});

describe("householdToBuy (foods without a purchasable item)", () => {
  test.each<[string, Portion[], number, string]>([
    ["a count always rounds up (no slack)", EGG, 303, "7 large"],
    ["one clove", GARLIC, 2, "1 clove"],
    ["cups up to the next quarter", SPINACH, 40, "1½ cups"],
    ["cups up to the next half above 2", SPINACH, 70, "2½ cups"],
    ["no portions: a weight to buy, 50 g steps", [], 430, "450 g"],
    ["small weights in 10 g steps", [], 42, "50 g"],
    ["above 1 kg in 0.1 kg steps", SALMON_OZ, 1210, "1.3 kg"],
  ])("%s", (_label, portions, grams, expected) => {
    expect(householdToBuy(grams, portions, "metric").display).toBe(expected);
  });

  it("rejects negative and non-finite grams", () => {
    expect(() => householdToBuy(-1, EGG, "metric")).toThrow(RangeError);
    expect(() => householdToBuy(Number.NaN, EGG, "us")).toThrow(RangeError);
  });
});
