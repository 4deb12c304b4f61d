// JSON shapes of the public API. Nutrient field names are part of the contract (README, "API").
import type { FoodSummary, RecipeSummary } from "@/lib/nutrition/catalogue-view";
import { foodGroupLabel } from "@/lib/nutrition/food-groups";
import { NUTRIENT_KEYS } from "@/lib/nutrition/types";
import type {
  TFoodResponse,
  TRecipeResponse,
  TShoppingListItem,
  TShoppingListResponse,
} from "@/lib/schemas/api-responses";
import type { ShoppingListView } from "@/lib/services/shopping/get-shopping-list";

// Return types are the documented response schemas (lib/schemas/api-responses.ts): a field added here but
// not there, or the other way round, fails the type check, so /api/openapi.json stays true. Callbacks that
// build objects declare their return type too: only then does TypeScript reject a field the schema lacks.

export function foodJson({ food, diets, portion, perPortion, badges }: FoodSummary): TFoodResponse {
  return {
    id: food.id,
    ndbNo: food.ndbNo,
    name: food.name,
    foodGroup: food.foodGroup,
    foodGroupLabel: foodGroupLabel(food.foodGroup),
    aisle: food.aisle,
    fortified: food.fortified,
    diets,
    dietFacts: food.diet,
    dietCertain: food.dietUncertain.length === 0,
    dietUncertain: food.dietUncertain,
    uncertainReason: food.uncertainReason,
    allergens: food.allergens,
    mayContain: food.mayContain,
    per100g: food.per100g,
    portions: food.portions,
    perPortion: { portion, ...perPortion },
    badges,
    yours: Boolean(food.ownerId),
  };
}

export function recipeJson({
  recipe,
  diets,
  dietCertainty,
  allergens,
  mayContain,
  perServing,
  fortifiedIngredients,
  badges,
}: RecipeSummary): TRecipeResponse {
  return {
    id: recipe.id,
    slug: recipe.slug,
    name: recipe.name,
    description: recipe.description,
    mealTypes: recipe.mealTypes,
    servings: recipe.servings,
    diets,
    dietCertain: dietCertainty.uncertain.length === 0,
    dietUncertain: dietCertainty.uncertain,
    uncertainReasons: dietCertainty.reasons,
    allergens,
    mayContain,
    perServing: Object.fromEntries(
      NUTRIENT_KEYS.map((key) => [key, perServing[key].amount]),
    ) as TRecipeResponse["perServing"],
    /** Nutrients whose per-serving amount is a lower bound: an ingredient's value was not measured. */
    lowerBound: NUTRIENT_KEYS.filter((key) => perServing[key].lowerBound),
    fortifiedIngredients,
    badges,
    ingredients: recipe.ingredients.map(({ food, grams }): TRecipeResponse["ingredients"][number] => ({
      foodId: food.id,
      name: food.name,
      grams,
    })),
    steps: recipe.steps,
    yours: Boolean(recipe.ownerId),
    archived: recipe.archived ?? false,
  };
}

export function shoppingListJson(list: ShoppingListView): TShoppingListResponse {
  return {
    planId: list.plan.id,
    weekStart: list.plan.weekStart,
    householdSize: list.householdSize,
    units: list.units,
    weeks: list.plans.map((plan) => plan.weekStart),
    items: list.items.map(
      ({
        foodId,
        itemId,
        name,
        quantity,
        unit,
        grams,
        display,
        need,
        aisle,
        checked,
        inPantry,
      }): TShoppingListItem => ({
        foodId,
        itemId,
        name,
        quantity,
        unit,
        grams: Math.round(grams),
        display,
        need,
        aisle,
        checked,
        inPantry,
      }),
    ),
    extras: list.extras,
  };
}
