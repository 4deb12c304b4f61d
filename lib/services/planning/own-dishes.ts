import type { Database } from "@/lib/db/client";
import { findOwnRecipes } from "@/lib/db/own-recipes";
import { planningCatalogueOf, type PlanningCatalogue } from "@/lib/services/planning/planning-context";

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
  const mine = planningCatalogueOf(own, (recipe) => recipe.archived === true);
  const foods = new Map([...catalogue.foods, ...mine.foods].map((food) => [food.id, food]));
  return {
    dishes: [...catalogue.dishes, ...mine.dishes],
    eatenDishes: [...catalogue.eatenDishes, ...mine.eatenDishes],
    calcium: new Map([...catalogue.calcium, ...mine.calcium]),
    sides: catalogue.sides,
    foods: [...foods.values()],
  };
}
