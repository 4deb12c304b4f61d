// Recipes → dishes (the planner's unit of choice). Pure.
import { recipeAllergens, recipeDietFacts, recipeDiets, recipeMayContain } from "@/lib/nutrition/diet";
import { recipeNutrition } from "@/lib/nutrition/recipe-nutrition";
import {
  NUTRIENT_KEYS,
  type DietFacts,
  type Food,
  type MealType,
  type NutrientKey,
  type Recipe,
} from "@/lib/nutrition/types";
import type { Dish, SideDish } from "@/lib/planner/types";

function isAnimal(diet: DietFacts): boolean {
  return (
    diet.containsMeat || diet.containsFish || diet.containsShellfish || diet.containsDairy || diet.containsEgg
  );
}

/**
 * A dish from a recipe: per-serving nutrients (unknown contributions count as 0 and the nutrient is
 * listed in `lowerBound`), diets allowing it, allergens, foods, and where its vitamin B12 comes from.
 */
export function dishFromRecipe(recipe: Recipe): Dish {
  const { perServing } = recipeNutrition(recipe);
  const amounts = {} as Record<NutrientKey, number>;
  const lowerBound: NutrientKey[] = [];
  for (const k of NUTRIENT_KEYS) {
    const t = perServing[k];
    amounts[k] = t.amount ?? 0;
    if (t.lowerBound) lowerBound.push(k);
  }
  let b12Fortified = 0;
  let b12Animal = 0;
  for (const { food, grams } of recipe.ingredients) {
    const b12 = ((food.per100g.vitaminB12Mcg ?? 0) * grams) / 100 / recipe.servings;
    if (b12 <= 0) continue;
    // Milk "with vitamin D added" is fortified with D, not B12: an animal food's B12 is its own.
    if (isAnimal(food.diet)) b12Animal += b12;
    else if (food.fortified) b12Fortified += b12;
  }
  return {
    id: recipe.id,
    name: recipe.name,
    mealTypes: [...recipe.mealTypes],
    perServing: amounts,
    lowerBound,
    dietFacts: recipeDietFacts(recipe),
    diets: recipeDiets(recipe),
    allergens: recipeAllergens(recipe),
    mayContain: recipeMayContain(recipe),
    foodIds: [...new Set(recipe.ingredients.map((i) => i.food.id))],
    b12FortifiedMcg: b12Fortified,
    b12AnimalMcg: b12Animal,
    fortifiedB12: b12Fortified > 0,
    animalB12: b12Animal > 0,
  };
}

/** A side catalogue entry: one food at a household portion, for some meal types. */
export interface SideEntry {
  id: number;
  name: string;
  food: Food;
  grams: number;
  group: string;
  mealTypes: readonly MealType[];
}

/**
 * A side from one food: the food as a one-serving recipe of `grams`, so its diets, allergens,
 * may-contain allergens and uncertain facts are derived exactly as for a recipe (uncertain: excluded).
 */
export function sideDishFromFood(entry: SideEntry): SideDish {
  const dish = dishFromRecipe({
    id: entry.id,
    slug: `side-${entry.id}`,
    name: entry.name,
    description: "",
    mealTypes: [...entry.mealTypes],
    servings: 1,
    steps: [],
    ingredients: [{ food: entry.food, grams: entry.grams }],
  });
  return { ...dish, grams: entry.grams, group: entry.group, foodId: entry.food.id, recipeId: null };
}
