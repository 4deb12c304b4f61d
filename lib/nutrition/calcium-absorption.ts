// How much of a food's calcium counts, relative to milk's. Pure: no framework or database imports.
//
// Calcium from oxalate-rich greens is absorbed at a fraction of milk's (spinach about 5 % against about
// 30 %), while low-oxalate greens (kale, bok choy, broccoli) absorb as well as milk or better; beans and
// nuts and seeds fall in between (Weaver, Proulx & Heaney, Am J Clin Nutr 1999;70(suppl):543S-548S). A
// food's factor is its fractional absorption relative to milk, capped at 1: calcium counted
// ("milk-equivalent") = calcium eaten × factor. See docs/NUTRITION.md, "Calcium absorption".
import { stems } from "@/lib/nutrition/name-patterns";
import type { Food, Recipe } from "@/lib/nutrition/types";

export interface CalciumAbsorption {
  /** Fraction of the calcium that counts, relative to milk (0 < factor ≤ 1). */
  factor: number;
  /** Why, in a few words ("oxalate-rich green"); null for the default. */
  reason: string | null;
}

/** Rules in order: the first that matches the name (or group) wins; anything else absorbs like milk. */
const RULES: readonly { test: (name: string, group: string) => boolean; factor: number; reason: string }[] = [
  {
    // Oxalate binds calcium: spinach about 5 % against milk's about 30 % (Weaver 1999, table 1).
    test: (name) => stems("spinach|swiss chard|chard|beet greens|beets?, greens|rhubarb").test(name),
    factor: 0.2,
    reason: "oxalate-rich green: its calcium is poorly absorbed",
  },
  {
    // Tofu set with calcium and fortified soy milk absorb close to milk (Weaver 1999), so they keep 1.
    test: (name, group) =>
      group === "legumes" &&
      !stems("tofu|soy ?milk|soymilk|soy beverage|peanut").test(name) &&
      stems("beans?|lentils?|chickpeas?|peas\\b|cowpeas|hummus|falafel|refried").test(name),
    factor: 0.5,
    reason: "beans: phytate and oxalate halve the calcium absorbed",
  },
  {
    test: (name, group) => group === "nuts-seeds" && !/coconut/.test(name),
    factor: 0.7,
    reason: "nuts and seeds: phytate lowers the calcium absorbed",
  },
];

const LIKE_MILK: CalciumAbsorption = Object.freeze({ factor: 1, reason: null });

/** The calcium absorption factor of a food, relative to milk (default 1, never above 1). */
export function calciumAbsorption(food: Pick<Food, "name" | "foodGroup">): CalciumAbsorption {
  const name = food.name.toLowerCase();
  const rule = RULES.find((r) => r.test(name, food.foodGroup));
  return rule ? { factor: Math.min(1, rule.factor), reason: rule.reason } : LIKE_MILK;
}

export interface CalciumCounted {
  /** mg eaten (the known figures; an unknown one counts as 0). */
  eatenMg: number;
  /** mg counted, milk-equivalent. */
  countedMg: number;
  /** Ingredients whose calcium counts for less, with their reason, largest loss first. */
  poorlyAbsorbed: { name: string; reason: string; lostMg: number }[];
}

/** Calcium eaten and counted in one serving of a recipe. */
export function recipeCalciumCounted(recipe: Recipe): CalciumCounted {
  let eatenMg = 0;
  let countedMg = 0;
  const lost = new Map<string, { name: string; reason: string; lostMg: number }>();
  for (const { food, grams } of recipe.ingredients) {
    const mg = ((food.per100g.calciumMg ?? 0) * grams) / 100 / recipe.servings;
    const { factor, reason } = calciumAbsorption(food);
    eatenMg += mg;
    countedMg += mg * factor;
    if (reason !== null && mg > 0) {
      const entry = lost.get(food.name) ?? { name: food.name, reason, lostMg: 0 };
      entry.lostMg += mg * (1 - factor);
      lost.set(food.name, entry);
    }
  }
  return { eatenMg, countedMg, poorlyAbsorbed: [...lost.values()].sort((a, b) => b.lostMg - a.lostMg) };
}
