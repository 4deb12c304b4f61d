// What the catalogue shows about a food or a recipe: diets, the portion used, per-portion amounts, badges.
import { nutrientBadges, type NutrientBadge } from "@/lib/nutrition/badges";
import {
  certainDiets,
  recipeAllergens,
  recipeDietCertainty,
  recipeDiets,
  recipeMayContain,
  type DietCertainty,
} from "@/lib/nutrition/diet";
import { recipeNutrition, type NutrientTotals } from "@/lib/nutrition/recipe-nutrition";
import {
  TARGET_NUTRIENTS,
  type Allergen,
  type Diet,
  type Food,
  type Portion,
  type Recipe,
  type TargetNutrient,
} from "@/lib/nutrition/types";

export const PER_100_G: Portion = { grams: 100, description: "100 g" };

export interface FoodSummary {
  food: Food;
  /** The diets the food certainly fits (docs/NUTRITION.md, "Certain or not offered"). */
  diets: Diet[];
  /** The food's first household portion, or 100 g when it has none. */
  portion: Portion;
  perPortion: Record<TargetNutrient, number | null>;
  badges: NutrientBadge[];
}

export function summarizeFood(food: Food): FoodSummary {
  const portion = food.portions[0] ?? PER_100_G;
  const perPortion = Object.fromEntries(
    TARGET_NUTRIENTS.map((key) => {
      const per100g = food.per100g[key];
      return [key, per100g === null ? null : (per100g * portion.grams) / 100];
    }),
  ) as Record<TargetNutrient, number | null>;
  return { food, diets: certainDiets(food), portion, perPortion, badges: nutrientBadges(perPortion) };
}

export interface RecipeSummary {
  recipe: Recipe;
  /** The diets the recipe certainly fits: every ingredient does. */
  diets: Diet[];
  /** Diet facts some ingredient is not verified free of, and which ingredients. */
  dietCertainty: DietCertainty;
  allergens: Allergen[];
  mayContain: Allergen[];
  perServing: NutrientTotals;
  /** Ingredients whose B12 or vitamin D is added (fortified foods). */
  fortifiedIngredients: string[];
  badges: NutrientBadge[];
}

export function summarizeRecipe(recipe: Recipe): RecipeSummary {
  const { perServing } = recipeNutrition(recipe);
  const targetAmounts = Object.fromEntries(
    TARGET_NUTRIENTS.map((key) => [key, perServing[key].amount]),
  ) as Record<TargetNutrient, number | null>;
  return {
    recipe,
    diets: recipeDiets(recipe),
    dietCertainty: recipeDietCertainty(recipe),
    allergens: recipeAllergens(recipe),
    mayContain: recipeMayContain(recipe),
    perServing,
    fortifiedIngredients: recipe.ingredients.filter((i) => i.food.fortified).map((i) => i.food.name),
    badges: nutrientBadges(targetAmounts),
  };
}
