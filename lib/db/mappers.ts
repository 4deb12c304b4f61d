// Row <-> domain mappers: no Prisma type leaves lib/db.
import { DIET_FACTS, NUTRIENT_KEYS, type Food, type Recipe } from "@/lib/nutrition/types";
import type { Prisma } from "@/lib/db/generated/client";

export const foodInclude = { portions: { orderBy: { position: "asc" } } } satisfies Prisma.FoodInclude;
export type FoodRowWithPortions = Prisma.FoodGetPayload<{ include: typeof foodInclude }>;

export const recipeInclude = {
  ingredients: { orderBy: { position: "asc" }, include: { food: { include: foodInclude } } },
} satisfies Prisma.RecipeInclude;
export type RecipeRowWithIngredients = Prisma.RecipeGetPayload<{ include: typeof recipeInclude }>;

/** The row's columns named `keys` (a list of lib/nutrition/types), as one object. */
function columns<R, K extends keyof R & string>(row: R, keys: readonly K[]): Pick<R, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<R, K>;
}

export function toFood(row: FoodRowWithPortions): Food {
  return {
    id: row.id,
    ndbNo: row.ndbNo,
    name: row.name,
    foodGroup: row.foodGroup,
    aisle: row.aisle,
    fortified: row.fortified,
    diet: columns(row, DIET_FACTS),
    dietUncertain: [...row.dietUncertain],
    uncertainReason: row.uncertainReason,
    allergens: [...row.allergens],
    mayContain: [...row.mayContain],
    per100g: columns(row, NUTRIENT_KEYS),
    portions: row.portions.map((portion) => ({ grams: portion.grams, description: portion.description })),
    ownerId: row.ownerId,
  };
}

export function toRecipe(row: RecipeRowWithIngredients): Recipe {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    mealTypes: [...row.mealTypes],
    servings: row.servings,
    steps: [...row.steps],
    ingredients: row.ingredients.map((ingredient) => ({
      food: toFood(ingredient.food),
      grams: ingredient.grams,
      ...(ingredient.line ? { line: ingredient.line } : {}),
    })),
    ownerId: row.ownerId,
    archived: row.archivedAt !== null,
  };
}

/** Food columns from a domain food (without id and portions), for create/update. */
export function foodColumns(food: Omit<Food, "id" | "portions">) {
  return {
    ndbNo: food.ndbNo,
    name: food.name,
    foodGroup: food.foodGroup,
    aisle: food.aisle,
    fortified: food.fortified,
    ...food.diet,
    dietUncertain: food.dietUncertain,
    uncertainReason: food.uncertainReason,
    allergens: food.allergens,
    mayContain: food.mayContain,
    ...food.per100g,
  } satisfies Omit<Prisma.FoodUncheckedCreateInput, "source">;
}
