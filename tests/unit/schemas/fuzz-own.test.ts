// Schema fuzz, own family: foods from a nutrition label (the /foods/new form and POST/PATCH /api/foods) and
// own recipes (POST/PATCH /api/recipes). The properties are in tests/support/schema-fuzz.ts.
import { LABEL_UNITS_BY_NUTRIENT } from "@/lib/nutrition/label";
import { AISLES, ALLERGENS, DIET_FACTS, MEAL_TYPES, NUTRIENT_KEYS } from "@/lib/nutrition/types";
import { check, fuzzSchemaFamily, type Out } from "@/tests/support/schema-fuzz";
import { plantMilkLabel } from "@/tests/factories/own-catalogue";

function labelFood(value: unknown): void {
  const food = check.obj(value);
  check.text(food.name, 1, 200, { trimmed: true });
  check.num(food.servingSize, Number.MIN_VALUE, 2000);
  check.oneOf(food.servingUnit, ["g", "ml"]);
  check.bool(food.fortified);
  check.oneOf(food.aisle, AISLES);
  check.set(food.contains, DIET_FACTS);
  check.set(food.allergens, ALLERGENS);
  const perServing = check.obj(food.perServing);
  for (const key of NUTRIENT_KEYS) {
    const figure = perServing[key];
    if (figure === null) continue;
    check.num(check.obj(figure).amount, 0, 100_000);
    check.oneOf(check.obj(figure).unit, LABEL_UNITS_BY_NUTRIENT[key]);
  }
}

function ingredients(value: unknown): void {
  for (const ingredient of check.arr(value, 1, 60)) {
    const item = check.obj(ingredient);
    check.id(item.foodId);
    check.num(item.grams, Number.MIN_VALUE, 10_000);
    check.optional(item.line, (line) => check.text(line, 0, 300, { trimmed: true }));
  }
}

function recipeFields(recipe: Out): void {
  check.optional(recipe.name, (name) => check.text(name, 1, 200, { trimmed: true }));
  check.optional(recipe.description, (description) => check.text(description, 0, 500, { trimmed: true }));
  check.optional(recipe.mealTypes, (types) => {
    check.arr(types, 1, 4);
    check.set(types, MEAL_TYPES);
  });
  check.optional(recipe.servings, (servings) => check.num(servings, 1, 100, { int: true }));
  check.optional(recipe.ingredients, ingredients);
  check.optional(recipe.steps, (steps) => {
    for (const step of check.arr(steps, 0, 50)) check.text(step, 1, 2000, { trimmed: true });
  });
}

// The factory's carton with a fat figure missing, fibre as % DV, and a diet fact and an allergen ticked.
const carton = plantMilkLabel();
const LABEL = plantMilkLabel({
  name: "Fortified oat drink",
  perServing: { ...carton.perServing, fatG: null, fiberG: { amount: 10, unit: "%DV" } },
  contains: ["containsHoney"],
  allergens: ["soy"],
});

const DRAFT = {
  name: "Fortified porridge",
  description: "Oats in the drink.",
  mealTypes: ["breakfast", "snack"],
  servings: 2,
  ingredients: [
    { foodId: 12, grams: 480, line: "2 cups oat drink" },
    { foodId: 40, grams: 80 },
  ],
  steps: ["Warm the drink.", "Stir in the oats."],
};

fuzzSchemaFamily("own", {
  // own-food.ts: /foods/new (form) and POST/PATCH /api/foods (JSON).
  ZLabelFoodSchema: { feeds: { json: LABEL }, check: labelFood },
  ZLabelFoodFormSchema: {
    feeds: {
      form: {
        name: "Nutritional yeast",
        servingSize: "15",
        servingUnit: "g",
        fortified: "on",
        aisle: "other",
        contains: ["containsHoney"],
        allergens: ["soy"],
        energyKcal: "60",
        proteinG: "8",
        vitaminB12Mcg: "2000",
        vitaminB12McgUnit: "%DV",
        vitaminDMcg: "40",
        vitaminDMcgUnit: "IU",
        calciumMg: "12",
        calciumMgUnit: "mg",
      },
    },
    check: labelFood,
  },
  // own-recipe.ts: POST /api/recipes (the editor, an import's review) and PATCH /api/recipes/{id}.
  ZRecipeDraftSchema: {
    feeds: { json: DRAFT },
    check: (out) => {
      const recipe = check.obj(out);
      check.text(recipe.name, 1, 200, { trimmed: true });
      check.arr(recipe.mealTypes, 1);
      recipeFields(recipe);
    },
  },
  ZRecipePatchSchema: {
    feeds: { json: { name: "Renamed", servings: 3, steps: [] } },
    check: (out) => recipeFields(check.obj(out)),
  },
});
