// Domain types shared by every layer. Pure: no framework or database imports.

export const NUTRIENT_KEYS = [
  "energyKcal",
  "proteinG",
  "fatG",
  "carbohydrateG",
  "fiberG",
  "magnesiumMg",
  "calciumMg",
  "vitaminDMcg",
  "vitaminB12Mcg",
] as const;
export type NutrientKey = (typeof NUTRIENT_KEYS)[number];

/** The four nutrients the product is about. */
export const TARGET_NUTRIENTS = ["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"] as const;
export type TargetNutrient = (typeof TARGET_NUTRIENTS)[number];

/** Amounts in fixed units (kcal, g, mg, µg). `null` means "not measured", never zero. */
export type Nutrients = Record<NutrientKey, number | null>;

export const ALLERGENS = [
  "milk",
  "egg",
  "fish",
  "shellfish",
  "tree_nuts",
  "peanuts",
  "wheat_gluten",
  "soy",
  "sesame",
] as const;
export type Allergen = (typeof ALLERGENS)[number];

export const MEAL_TYPES = ["breakfast", "lunch", "dinner", "snack"] as const;
export type MealType = (typeof MEAL_TYPES)[number];

/** Shopping aisles in store order. */
export const AISLES = [
  "produce",
  "dairy_eggs",
  "meat_fish",
  "bakery_grains",
  "nuts_seeds",
  "tins_jars",
  "frozen",
  "other",
] as const;
export type Aisle = (typeof AISLES)[number];

/** From most to least restrictive. */
export const DIETS = ["vegan", "vegetarian", "pescatarian", "omnivore"] as const;
export type Diet = (typeof DIETS)[number];

/** The animal products a diet may exclude, as the names of DietFacts' fields. */
export const DIET_FACTS = [
  "containsMeat",
  "containsFish",
  "containsShellfish",
  "containsDairy",
  "containsEgg",
  "containsHoney",
] as const;
export type DietFact = (typeof DIET_FACTS)[number];

/** What a food is known to contain. */
export type DietFacts = Record<DietFact, boolean>;

export interface Portion {
  grams: number;
  description: string;
}

export interface Food {
  id: number;
  /** USDA SR28 NDB_No (5 digits, leading zeros kept): provenance of the figures. */
  ndbNo: string | null;
  name: string;
  /** Slug of the SR28 food group, see FOOD_GROUPS in ./food-groups. */
  foodGroup: string;
  aisle: Aisle;
  /** B12 or vitamin D is added to this food. */
  fortified: boolean;
  diet: DietFacts;
  /**
   * Animal products the food may contain although `diet` does not say so: it is not verified free of
   * them, so it is never offered to a diet that excludes one (docs/NUTRITION.md, "Certain or not
   * offered"). Empty when the diet facts are certain.
   */
  dietUncertain: DietFact[];
  /** Why the diet facts are not certain, in one sentence; null when they are. */
  uncertainReason: string | null;
  allergens: Allergen[];
  /** Allergens the food is likely to contain (not established): excluded for a person allergic to them. */
  mayContain: Allergen[];
  per100g: Nutrients;
  portions: Portion[];
  /** The user whose own food this is (from a nutrition label); absent or null for the shared catalogue. */
  ownerId?: string | null;
}

/** A food before it is stored (seed, import, a user's label): what ZFoodInputSchema parses. */
export type NewFood = Omit<Food, "id" | "ndbNo" | "ownerId"> & { ndbNo: string };

export interface Ingredient {
  food: Food;
  grams: number;
  /** The line as the user typed or imported it ("2 large eggs"); own recipes only. */
  line?: string | null;
}

export interface Recipe {
  id: number;
  slug: string;
  name: string;
  description: string;
  mealTypes: MealType[];
  servings: number;
  steps: string[];
  ingredients: Ingredient[];
  /** The user whose own recipe this is; absent or null for the shared catalogue. */
  ownerId?: string | null;
  /** Deleted by its owner while a saved plan uses it: shown in past weeks, never planned again. */
  archived?: boolean;
}
