// Schema fuzz, catalogue family: the /foods and /recipes pages and their JSON API, route ids, and the seed
// files and USDA importer (JSON-shaped values). The properties are in tests/support/schema-fuzz.ts.
import { FOOD_GROUPS } from "@/lib/nutrition/food-groups";
import { AISLES, ALLERGENS, DIETS, MEAL_TYPES, NUTRIENT_KEYS, TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { PLANT_ONLY_FACTS } from "@/lib/nutrition/diet";
import { check, fuzzSchemaFamily, type Out } from "@/tests/support/schema-fuzz";

const GROUP_SLUGS = FOOD_GROUPS.map((group) => group.slug);

function nutrients(value: unknown): void {
  const amounts = check.obj(value);
  for (const key of NUTRIENT_KEYS) {
    const amount = amounts[key];
    if (amount !== null) check.num(amount, 0, Number.MAX_VALUE);
  }
}

const ndbNo = (value: unknown) => check.matches(value, /^\d{5}$/);

function foodInput(value: unknown): void {
  const food = check.obj(value);
  ndbNo(food.ndbNo);
  check.text(food.name, 1, 200, { trimmed: true });
  check.text(food.foodGroup, 1, 100);
  check.oneOf(food.aisle, AISLES);
  check.bool(food.fortified);
  for (const fact of Object.values(check.obj(food.diet))) check.bool(fact);
  for (const allergen of check.arr(food.allergens)) check.oneOf(allergen, ALLERGENS);
  nutrients(food.per100g);
  for (const portion of check.arr(food.portions)) {
    check.num(check.obj(portion).grams, Number.MIN_VALUE, Number.MAX_VALUE);
    check.text(check.obj(portion).description, 1, 200);
  }
}

function recipeInput(value: unknown): void {
  const recipe = check.obj(value);
  check.text(recipe.slug, 1, 100);
  check.matches(recipe.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  check.text(recipe.name, 1, 200, { trimmed: true });
  check.text(recipe.description, 0, 500);
  for (const mealType of check.arr(recipe.mealTypes, 1)) check.oneOf(mealType, MEAL_TYPES);
  check.num(recipe.servings, 1, Number.MAX_SAFE_INTEGER, { int: true });
  for (const step of check.arr(recipe.steps, 1)) check.text(step, 1, 1000);
  for (const ingredient of check.arr(recipe.ingredients, 1)) {
    ndbNo(check.obj(ingredient).ndbNo);
    check.num(check.obj(ingredient).grams, Number.MIN_VALUE, Number.MAX_VALUE);
  }
}

function catalogueQuery(query: Out): void {
  check.optional(query.q, (q) => check.text(q, 0, 100, { trimmed: true }));
  check.optional(query.diet, (diet) => check.oneOf(diet, DIETS));
  check.oneOf(query.sort, ["name", ...TARGET_NUTRIENTS]);
  check.num(query.limit, 1, 100, { int: true });
  check.num(query.offset, 0, 1_000_000, { int: true });
}

const FOOD = {
  ndbNo: "11457",
  name: "Spinach, raw",
  foodGroup: "vegetables",
  aisle: "produce",
  fortified: false,
  diet: { ...PLANT_ONLY_FACTS },
  allergens: ["soy"],
  per100g: {
    energyKcal: 23,
    proteinG: 2.86,
    fatG: 0.39,
    carbohydrateG: 3.63,
    fiberG: 2.2,
    magnesiumMg: 79,
    calciumMg: 99,
    vitaminDMcg: 0,
    vitaminB12Mcg: null,
  },
  portions: [{ grams: 30, description: "1 cup" }],
};

const RECIPE = {
  slug: "spinach-omelette",
  name: "Spinach omelette",
  description: "Eggs and spinach.",
  mealTypes: ["breakfast", "lunch"],
  servings: 2,
  steps: ["Wilt the spinach.", "Add the eggs."],
  ingredients: [
    { ndbNo: "11457", grams: 60 },
    { ndbNo: "01123", grams: 100 },
  ],
};

fuzzSchemaFamily("catalogue", {
  // catalogue.ts: /foods, /recipes pages and their JSON API; route params.
  ZFoodListQuerySchema: {
    feeds: {
      query: {
        q: "spinach raw",
        diet: "vegan",
        sort: "calciumMg",
        limit: "24",
        offset: "48",
        group: GROUP_SLUGS[0]!,
        per: "portion",
      },
    },
    check: (out) => {
      const query = check.obj(out);
      catalogueQuery(query);
      check.optional(query.group, (group) => check.oneOf(group, GROUP_SLUGS));
      check.oneOf(query.per, ["100g", "portion"]);
    },
  },
  ZRecipeListQuerySchema: {
    feeds: {
      query: { q: "oat", diet: "vegetarian", sort: "name", limit: "10", offset: "0", mealType: "breakfast" },
    },
    check: (out) => {
      const query = check.obj(out);
      catalogueQuery(query);
      check.optional(query.mealType, (mealType) => check.oneOf(mealType, MEAL_TYPES));
    },
  },
  ZIdParamSchema: { feeds: { query: { id: "42" } }, check: (out) => check.id(check.obj(out).id) },

  // food.ts: the seed files and the USDA importer (JSON-shaped values).
  ZNutrientsSchema: { feeds: { json: FOOD.per100g }, check: nutrients },
  ZNdbNoSchema: { feeds: { json: "11457" }, check: ndbNo },
  ZFoodInputSchema: { feeds: { json: FOOD }, check: foodInput },
  ZRecipeInputSchema: { feeds: { json: RECIPE }, check: recipeInput },
  ZSeedCatalogueSchema: {
    feeds: { json: { foods: [FOOD], recipes: [RECIPE] } },
    check: (out) => {
      check.arr(check.obj(out).foods).forEach(foodInput);
      check.arr(check.obj(out).recipes).forEach(recipeInput);
    },
  },
});
