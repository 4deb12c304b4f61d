import type { AccountDataRow } from "@/lib/db/account";

// The user's own foods and recipes in the account export (ADR 022): every stored column but the owner.

export function ownFoodsExport(foods: AccountDataRow["foods"]) {
  return foods.map(({ portions, createdAt, updatedAt, ...food }) => ({
    ...food,
    portions: portions.map(({ grams, description }) => ({ grams, description })),
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
  }));
}

export function ownRecipesExport(recipes: AccountDataRow["recipes"]) {
  return recipes.map(({ ingredients, createdAt, updatedAt, archivedAt, ...recipe }) => ({
    ...recipe,
    archivedAt: archivedAt?.toISOString() ?? null,
    createdAt: createdAt.toISOString(),
    updatedAt: updatedAt.toISOString(),
    ingredients: ingredients.map((ingredient) => ({
      foodId: ingredient.foodId,
      foodName: ingredient.food.name,
      grams: ingredient.grams,
      line: ingredient.line,
    })),
  }));
}
