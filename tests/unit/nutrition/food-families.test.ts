import { describe, expect, it } from "vitest";
import {
  FOOD_FAMILIES,
  FOOD_FAMILY_IDS,
  familiesOfFood,
  foodIdsInFamilies,
  foodsInFamily,
  type FoodFamilyId,
} from "@/lib/nutrition/food-families";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";
import { food } from "@/tests/unit/nutrition/fixtures";

const { foods: seedFoods } = loadSeedCatalogue();
const seedFood = (name: string) => {
  const found = seedFoods.find((f) => f.name === name);
  if (!found) throw new Error(`no seed food named ${name}`);
  return found;
};
const namesIn = (id: FoodFamilyId) => foodsInFamily(seedFoods, id).map((f) => f.name);

describe("food families on the curated seed", () => {
  it.each<[FoodFamilyId, string[], string[]]>([
    [
      "mushrooms",
      [
        "Mushrooms, white",
        "Mushrooms, portabella",
        "Mushrooms, portabella, UV-exposed",
        "Mushrooms, shiitake",
        "Shiitake mushrooms, dried",
        "Mushrooms, canned, drained",
      ],
      ["Spinach, raw", "Onion"],
    ],
    [
      "fish",
      [
        "Salmon, canned pink, drained, with bones",
        "Tuna, light, canned in water",
        "Anchovies, canned in oil",
        "Fish sauce",
      ],
      ["Shrimp, raw", "Worcestershire sauce"],
    ],
    [
      "shellfish",
      ["Shrimp, raw", "Mussels, cooked", "Crab meat, canned", "Squid, raw"],
      ["Cod, Atlantic, raw"],
    ],
    [
      "offal",
      ["Chicken liver, raw", "Beef liver, braised"],
      ["Kidney beans, canned", "Chicken breast, skinless, raw"],
    ],
    ["olives", ["Black olives, canned", "Green olives"], ["Olive oil"]],
    ["coriander", ["Cilantro"], ["Coriander seed", "Parsley, fresh"]],
    [
      "tofu",
      ["Tofu, firm (calcium sulfate & nigari)", "Silken tofu, firm", "Tofu, fried"],
      ["Tempeh", "Soy milk, unfortified"],
    ],
    ["eggplant", ["Eggplant"], ["Zucchini"]],
    [
      "beans",
      [
        "Black beans, canned",
        "Chickpeas, canned",
        "Hummus",
        "Edamame, cooked",
        "Baked beans, canned, vegetarian",
      ],
      ["Green beans", "Mung bean sprouts", "Peanuts, raw", "Lentils, dry"],
    ],
    ["lentils", ["Lentils, dry", "Red lentils, dry", "Split peas, dry"], ["Chickpeas, canned"]],
    [
      "nuts",
      ["Almonds", "Walnuts", "Peanut butter, smooth", "Trail mix", "Pesto (jar)"],
      [
        "Almond milk, unsweetened, fortified with vitamin D",
        "Coconut meat, fresh",
        "Pumpkin seed kernels (pepitas)",
      ],
    ],
    [
      "spicy",
      ["Jalapeño pepper", "Chili powder", "Sriracha", "Salsa", "Chorizo", "Curry powder"],
      ["Bell pepper, red", "Paprika", "Black pepper"],
    ],
    [
      "eggs",
      ["Egg, whole, raw", "Egg, hard-boiled", "Egg yolk, raw"],
      ["Egg noodles, dry", "Mayonnaise", "Egg bread (challah)"],
    ],
    [
      "pork",
      ["Pork tenderloin, raw", "Bacon, raw", "Ham, sliced", "Chorizo"],
      ["Turkey breast, sliced deli", "Lard"],
    ],
    ["lamb", ["Ground lamb, raw", "Lamb leg, lean, raw"], ["Ground beef, grass-fed, raw"]],
    ["coconut", ["Coconut milk, canned", "Desiccated coconut, unsweetened"], ["Almonds"]],
    ["avocado", ["Avocado"], ["Avocado oil"]],
    ["beetroot", ["Beets"], ["Beet greens"]],
    ["celery", ["Celery", "Celeriac"], ["Fennel bulb"]],
    ["blue-cheese", ["Blue cheese"], ["Cheddar cheese"]],
  ])("%s includes what people mean and nothing else named alike", (id, included, excluded) => {
    const members = namesIn(id);
    for (const name of included) expect(members, name).toContain(seedFood(name).name);
    for (const name of excluded) expect(members, name).not.toContain(seedFood(name).name);
  });

  it("offers every family once, each with foods of the seed and a label", () => {
    expect(FOOD_FAMILIES.map((f) => f.id)).toEqual([...FOOD_FAMILY_IDS]);
    for (const family of FOOD_FAMILIES) {
      expect(family.label.length, family.id).toBeGreaterThan(0);
      expect(namesIn(family.id).length, family.id).toBeGreaterThan(0);
    }
  });
});

describe("food families on imported SR28 names", () => {
  it.each<[string, string, FoodFamilyId[]]>([
    ["Mushrooms, portabella, exposed to ultraviolet light, raw", "vegetables", ["mushrooms"]],
    ["Mushrooms, enoki, raw", "vegetables", ["mushrooms"]],
    ["Soup, cream of mushroom, canned, condensed", "soups-sauces", ["mushrooms"]],
    ["Eggplant, cooked, boiled, drained, without salt", "vegetables", ["eggplant"]],
    ["Coriander (cilantro) leaves, raw", "spices-herbs", ["coriander"]],
    ["Spices, coriander seed", "spices-herbs", []],
    ["Beef, variety meats and by-products, kidneys, raw", "beef", ["offal"]],
    ["Beans, kidney, red, mature seeds, canned", "legumes", ["beans"]],
    ["Oil, olive, salad or cooking", "fats-oils", []],
    ["Peppers, hot chili, red, raw", "vegetables", ["spicy"]],
  ])("%s -> %j", (name, foodGroup, families) => {
    expect(familiesOfFood(food({ name, foodGroup }))).toEqual(families);
  });

  it("foodIdsInFamilies returns the ids of foods in any of the families", () => {
    const mushroom = food({ name: "Mushrooms, white, raw" });
    const olive = food({ name: "Olives, ripe, canned" });
    const spinach = food({ name: "Spinach, raw" });
    expect(foodIdsInFamilies([mushroom, olive, spinach], ["mushrooms", "olives"])).toEqual([
      mushroom.id,
      olive.id,
    ]);
    expect(foodIdsInFamilies([mushroom, olive, spinach], [])).toEqual([]);
  });
});
