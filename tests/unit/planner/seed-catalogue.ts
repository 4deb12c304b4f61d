// The seed catalogue (prisma/seed/*.json) as domain objects: foods get sequential ids (1..n) in file
// order, recipes too. Shared by the planner tests and the planner benchmark.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Food, MealType, Recipe } from "@/lib/nutrition/types";
import type { SideEntry } from "@/lib/planner/dish";
import { ZFoodInputSchema, type TRecipeInput } from "@/lib/schemas/food";

export interface SeedCatalogue {
  foods: Food[];
  recipes: Recipe[];
  foodByNdb: Map<string, Food>;
  /** The side catalogue (prisma/seed/sides.json), ids 1..n in file order. */
  sides: SideEntry[];
}

interface SideInput {
  name: string;
  ndbNo: string;
  grams: number;
  group: string;
  mealTypes: MealType[];
}

const ROOT = path.resolve(import.meta.dirname, "../../..");

export function loadSeedCatalogue(root = ROOT): SeedCatalogue {
  const read = <T>(rel: string): T => JSON.parse(readFileSync(path.join(root, rel), "utf8")) as T;
  // Parsed, so that fields the file leaves to their defaults (certain diet facts) are filled in.
  const foodInputs = ZFoodInputSchema.array().parse(read<unknown>("prisma/seed/foods.json"));
  const recipeInputs = read<TRecipeInput[]>("prisma/seed/recipes.json");
  const foods: Food[] = foodInputs.map((f, i) => ({ id: i + 1, ...f }));
  const foodByNdb = new Map(foods.map((f) => [f.ndbNo ?? "", f]));
  const recipes: Recipe[] = recipeInputs.map((r, i) => ({
    id: i + 1,
    slug: r.slug,
    name: r.name,
    description: r.description,
    mealTypes: r.mealTypes,
    servings: r.servings,
    steps: r.steps,
    ingredients: r.ingredients.map((ing) => {
      const food = foodByNdb.get(ing.ndbNo);
      if (!food) throw new Error(`recipe ${r.slug}: unknown food ${ing.ndbNo}`);
      return { food, grams: ing.grams };
    }),
  }));
  const sides = read<SideInput[]>("prisma/seed/sides.json").map((s, i): SideEntry => {
    const food = foodByNdb.get(s.ndbNo);
    if (!food) throw new Error(`side ${s.name}: unknown food ${s.ndbNo}`);
    return { id: i + 1, name: s.name, food, grams: s.grams, group: s.group, mealTypes: s.mealTypes };
  });
  return { foods, recipes, foodByNdb, sides };
}
