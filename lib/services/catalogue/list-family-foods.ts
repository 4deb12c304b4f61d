import { getDatabase, type Db } from "@/lib/db";
import { FOOD_FAMILY_IDS, foodsInFamily, type FoodFamilyId } from "@/lib/nutrition/food-families";
import { loadPlanningCatalogue } from "@/lib/services/planning/planning-context";

/**
 * Per ingredient family, the foods of the catalogue's dishes and sides it covers, A to Z: what disliking the
 * family leaves out, so a person can see that "mushrooms" means portabella and shiitake too.
 */
export async function listFamilyFoods(db: Db = getDatabase()): Promise<Record<FoodFamilyId, string[]>> {
  const { foods } = await loadPlanningCatalogue(await db);
  return Object.fromEntries(
    FOOD_FAMILY_IDS.map((id) => [
      id,
      foodsInFamily(foods, id)
        .map((food) => food.name)
        .sort((a, b) => a.localeCompare(b)),
    ]),
  ) as Record<FoodFamilyId, string[]>;
}
