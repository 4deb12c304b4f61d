import type { Database } from "@/lib/db/client";
import { findOwnRecipes } from "@/lib/db/own-recipes";
import { dishFromRecipe } from "@/lib/planner/dish";
import type { PlanningCatalogue } from "@/lib/services/planning/planning-context";

/**
 * The shared planning catalogue plus the user's own recipes as dishes. The shared part stays cached per
 * process (lib/db/recipes.ts); own recipes are read per request, so an edit counts at once. An archived
 * recipe is a retired dish: its past weeks still show it, the planner never picks or offers it (ADR 022).
 */
export async function withOwnDishes(
  db: Database,
  userId: string,
  catalogue: PlanningCatalogue,
): Promise<PlanningCatalogue> {
  const own = await findOwnRecipes(db, userId, { includeArchived: true });
  if (own.length === 0) return catalogue;
  const foods = new Map(catalogue.foods.map((food) => [food.id, food]));
  for (const recipe of own) for (const { food } of recipe.ingredients) foods.set(food.id, food);
  const dishes = own.map((recipe) => ({ ...dishFromRecipe(recipe), retired: recipe.archived === true }));
  return { dishes: [...catalogue.dishes, ...dishes], foods: [...foods.values()] };
}
