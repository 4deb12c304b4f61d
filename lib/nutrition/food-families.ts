// Ingredient families: what people mean by "I don't eat mushrooms". Pure: no framework or database imports.
//
// A dislike of one USDA row misses its siblings ("Mushrooms, portabella" but not "Mushrooms, portabella,
// UV-exposed"). A family is derived from a food's name, SR28 food group and diet facts, so it covers the
// curated seed and every imported SR28 food alike.
import type { Food } from "@/lib/nutrition/types";

type FamilyFood = Pick<Food, "name" | "foodGroup" | "diet" | "allergens">;

export const FOOD_FAMILY_IDS = [
  "mushrooms",
  "fish",
  "shellfish",
  "offal",
  "olives",
  "coriander",
  "tofu",
  "eggplant",
  "beans",
  "lentils",
  "nuts",
  "spicy",
  "eggs",
  "pork",
  "lamb",
  "coconut",
  "avocado",
  "beetroot",
  "celery",
  "blue-cheese",
] as const;
export type FoodFamilyId = (typeof FOOD_FAMILY_IDS)[number];

export function isFoodFamilyId(value: string): value is FoodFamilyId {
  return (FOOD_FAMILY_IDS as readonly string[]).includes(value);
}

export interface FoodFamily {
  id: FoodFamilyId;
  /** What a person would say: "Mushrooms", "Coriander / cilantro". */
  label: string;
  includes: (food: FamilyFood) => boolean;
}

const MEAT_GROUPS = new Set(["poultry", "beef", "pork", "lamb-game", "sausages-meats"]);

const named =
  (pattern: RegExp, unless?: RegExp) =>
  (food: FamilyFood): boolean =>
    pattern.test(food.name) && !(unless?.test(food.name) ?? false);

/** The families in the order the profile offers them (the most common dislikes first). */
export const FOOD_FAMILIES: readonly FoodFamily[] = [
  {
    id: "mushrooms",
    label: "Mushrooms",
    includes: named(/mushroom|shiitake|portabell|portobell|maitake|chanterelle|morel|enoki/i),
  },
  {
    id: "fish",
    label: "Fish",
    // Fish sauce and anchovy-based sauces taste of fish; Worcestershire sauce's trace does not.
    includes: (food) =>
      (food.diet.containsFish && food.foodGroup === "fish-shellfish") || /fish sauce|anchov/i.test(food.name),
  },
  {
    id: "shellfish",
    label: "Shellfish and seafood",
    includes: (food) => food.diet.containsShellfish,
  },
  {
    id: "offal",
    label: "Offal (liver, kidney, heart…)",
    includes: (food) =>
      MEAT_GROUPS.has(food.foodGroup) &&
      /liver|kidney|heart|tongue|tripe|giblet|gizzard|sweetbread|brain|p[aâ]t[eé]/i.test(food.name),
  },
  { id: "olives", label: "Olives", includes: named(/\bolives?\b/i, /olive oil|oil, olive/i) },
  // The leaves people find soapy; the dried seed tastes of citrus and is not meant.
  {
    id: "coriander",
    label: "Coriander / cilantro",
    includes: named(/cilantro|coriander/i, /coriander seed|seed, coriander/i),
  },
  { id: "tofu", label: "Tofu", includes: named(/tofu/i) },
  { id: "eggplant", label: "Aubergine / eggplant", includes: named(/eggplant|aubergine/i) },
  {
    id: "beans",
    label: "Beans and chickpeas",
    // Dried beans and chickpeas (and what is made of them); green beans and bean sprouts are vegetables.
    includes: (food) =>
      (food.foodGroup === "legumes" &&
        /\bbeans?\b|chickpea|garbanzo|black-eyed|hummus|soybeans?/i.test(food.name)) ||
      /edamame/i.test(food.name),
  },
  { id: "lentils", label: "Lentils and split peas", includes: named(/lentil|split peas?/i) },
  {
    id: "nuts",
    label: "Nuts and peanuts",
    // Nut milks carry the allergen but not the texture people dislike.
    includes: (food) =>
      (food.allergens.includes("tree_nuts") || food.allergens.includes("peanuts")) &&
      !/milk/i.test(food.name),
  },
  {
    id: "spicy",
    label: "Spicy food (chili, curry…)",
    includes: named(
      /chili|chile|chilli|jalape|cayenne|sriracha|hot sauce|tabasco|chipotle|habanero|curry|horseradish|wasabi|salsa|chorizo|pepperoni/i,
    ),
  },
  {
    id: "eggs",
    label: "Eggs",
    // Eggs you see and taste, not the egg in noodles, bread or mayonnaise.
    includes: (food) => food.foodGroup === "dairy-egg" && food.diet.containsEgg,
  },
  {
    id: "pork",
    label: "Pork, ham and bacon",
    includes: (food) =>
      food.foodGroup === "pork" ||
      (food.foodGroup === "sausages-meats" && /pork|ham\b|bacon|chorizo|salami|pepperoni/i.test(food.name)),
  },
  { id: "lamb", label: "Lamb", includes: named(/\blamb\b|mutton/i) },
  { id: "coconut", label: "Coconut", includes: named(/coconut/i) },
  { id: "avocado", label: "Avocado", includes: named(/avocado/i, /avocado oil|oil, avocado/i) },
  { id: "beetroot", label: "Beetroot", includes: named(/\bbeets?\b|beetroot/i, /beet greens/i) },
  { id: "celery", label: "Celery", includes: named(/celery|celeriac/i, /celery seed/i) },
  {
    id: "blue-cheese",
    label: "Blue cheese",
    includes: named(/blue cheese|cheese, blue|roquefort|gorgonzola|stilton/i),
  },
];

const FAMILY_BY_ID: ReadonlyMap<FoodFamilyId, FoodFamily> = new Map(FOOD_FAMILIES.map((f) => [f.id, f]));

export function foodFamily(id: FoodFamilyId): FoodFamily {
  return FAMILY_BY_ID.get(id)!;
}

/** The families a food belongs to, in FOOD_FAMILIES order. */
export function familiesOfFood(food: FamilyFood): FoodFamilyId[] {
  return FOOD_FAMILIES.filter((family) => family.includes(food)).map((family) => family.id);
}

/** The foods of `foods` in one family, in their order. */
export function foodsInFamily<T extends FamilyFood>(foods: readonly T[], id: FoodFamilyId): T[] {
  const family = foodFamily(id);
  return foods.filter((food) => family.includes(food));
}

/** The ids of the foods that belong to any of the families (what a planner excludes for them). */
export function foodIdsInFamilies(
  foods: readonly (FamilyFood & Pick<Food, "id">)[],
  ids: readonly FoodFamilyId[],
): number[] {
  const families = ids.map(foodFamily);
  return foods.filter((food) => families.some((family) => family.includes(food))).map((food) => food.id);
}
