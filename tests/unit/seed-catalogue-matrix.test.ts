// Whoever you are, the catalogue feeds you: for every diet and every single allergen, each meal type
// offers at least MIN_DISHES dishes the planner may choose (its own exclusion rule decides).
import { describe, expect, it } from "vitest";
import { ALLERGENS, DIETS, MEAL_TYPES, type Allergen, type Diet, type MealType } from "@/lib/nutrition/types";
import { dishFromRecipe } from "@/lib/planner/dish";
import { exclusionReason } from "@/lib/planner/request";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const MIN_DISHES = 10;
const dishes = loadSeedCatalogue().recipes.map(dishFromRecipe);

function allowedCount(diet: Diet, allergen: Allergen | null, meal: MealType): number {
  const none = new Set<number>();
  const request = {
    diet,
    allergens: new Set(allergen ? [allergen] : []),
    dislikedFoodIds: none,
    dislikedFamilyFoodIds: none,
    dislikedDishIds: none,
  };
  return dishes.filter((dish) => dish.mealTypes.includes(meal) && exclusionReason(dish, request) === null)
    .length;
}

const allergenColumns: (Allergen | null)[] = [null, ...ALLERGENS];
const matrix = MEAL_TYPES.flatMap((meal) =>
  DIETS.map((diet) => ({
    meal,
    diet,
    counts: allergenColumns.map((allergen) => allowedCount(diet, allergen, meal)),
  })),
);

describe("the seed catalogue for every diet × single allergen × meal type", () => {
  it(`offers at least ${MIN_DISHES} allowed dishes in every cell`, () => {
    const header = ["meal", "diet", "none", ...ALLERGENS].map((h) => h.padStart(13)).join("");
    const rows = matrix.map(({ meal, diet, counts }) =>
      [meal, diet, ...counts.map(String)].map((cell) => cell.padStart(13)).join(""),
    );
    console.log(`Allowed dishes per meal type, diet and allergen:\n${header}\n${rows.join("\n")}`);
    const thin = matrix.flatMap(({ meal, diet, counts }) =>
      counts.flatMap((n, i) =>
        n < MIN_DISHES ? [`${meal}/${diet}/${allergenColumns[i] ?? "none"}: ${n}`] : [],
      ),
    );
    expect(thin).toEqual([]);
  });
});
