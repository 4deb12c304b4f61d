// Nutrient totals of recipes. Pure: no framework or database imports.
//
// A missing value (null) is never treated as zero: totals add the known values and say, with
// `lowerBound`, that the true amount is at least the figure shown (docs/NUTRITION.md, "Missing figures").
import { NUTRIENT_KEYS, type NutrientKey, type Nutrients, type Recipe } from "@/lib/nutrition/types";

export interface NutrientTotal {
  /** Sum of the known contributions; null only when every contribution is unknown. */
  amount: number | null;
  /** True when at least one contribution is unknown: the real amount is at least `amount`. */
  lowerBound: boolean;
}

export type NutrientTotals = Record<NutrientKey, NutrientTotal>;

export interface RecipeNutrition {
  total: NutrientTotals;
  perServing: NutrientTotals;
}

function assertGrams(grams: number): void {
  if (!Number.isFinite(grams) || grams < 0) {
    throw new RangeError(`grams must be a finite number >= 0, got ${grams}`);
  }
}

function mapKeys<T>(fn: (key: NutrientKey) => T): Record<NutrientKey, T> {
  return Object.fromEntries(NUTRIENT_KEYS.map((k) => [k, fn(k)])) as Record<NutrientKey, T>;
}

/** Nutrients in `grams` of a food given per 100 g; null stays null. Throws RangeError for grams < 0. */
export function scaleNutrients(per100g: Nutrients, grams: number): Nutrients {
  assertGrams(grams);
  return mapKeys((k) => {
    const v = per100g[k];
    return v === null ? null : (v * grams) / 100;
  });
}

/**
 * Adds nutrient amounts that may be missing: known values are summed; a null makes the total a
 * lower bound. An empty list sums to exactly 0 (nothing is missing).
 */
export function sumNutrients(list: readonly Nutrients[]): NutrientTotals {
  return sumNutrientTotals(list.map(exactTotals));
}

/** Totals of fully known amounts (lowerBound false except where a value is null). */
export function exactTotals(nutrients: Nutrients): NutrientTotals {
  return mapKeys((k) => {
    const v = nutrients[k];
    return { amount: v, lowerBound: v === null };
  });
}

/** Sums totals (e.g. the dishes of a day): lowerBound if any part is a lower bound. */
export function sumNutrientTotals(list: readonly NutrientTotals[]): NutrientTotals {
  return mapKeys((k) => {
    let amount: number | null = null;
    let lowerBound = false;
    for (const totals of list) {
      const t = totals[k];
      if (t.lowerBound) lowerBound = true;
      if (t.amount !== null) amount = (amount ?? 0) + t.amount;
    }
    // Nothing to add at all: exactly zero. Only unknown parts: unknown.
    if (amount === null && !lowerBound) amount = 0;
    return { amount, lowerBound };
  });
}

/** Multiplies every amount by a factor >= 0 (portions, servings); lowerBound is kept. */
export function scaleNutrientTotals(totals: NutrientTotals, factor: number): NutrientTotals {
  if (!Number.isFinite(factor) || factor < 0) {
    throw new RangeError(`factor must be a finite number >= 0, got ${factor}`);
  }
  return mapKeys((k) => {
    const t = totals[k];
    return { amount: t.amount === null ? null : t.amount * factor, lowerBound: t.lowerBound };
  });
}

/**
 * Total and per-serving nutrients of a recipe. For each nutrient, `amount` is the sum of
 * per100g × grams / 100 over the ingredients whose value is known; `lowerBound` is true when any
 * ingredient's value is null; `amount` is null only when every ingredient lacks the value. A recipe
 * without ingredients totals exactly 0. Throws RangeError when servings is not a finite number > 0
 * or an ingredient has negative or non-finite grams.
 */
export function recipeNutrition(recipe: Recipe): RecipeNutrition {
  if (!Number.isFinite(recipe.servings) || recipe.servings <= 0) {
    throw new RangeError(`servings must be a finite number > 0, got ${recipe.servings}`);
  }
  const total = sumNutrients(recipe.ingredients.map((i) => scaleNutrients(i.food.per100g, i.grams)));
  const servings = recipe.servings;
  const perServing = mapKeys((k) => {
    const t = total[k];
    return { amount: t.amount === null ? null : t.amount / servings, lowerBound: t.lowerBound };
  });
  return { total, perServing };
}
