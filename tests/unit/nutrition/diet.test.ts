import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  certainDiets,
  combineDietFacts,
  dietsAllowing,
  isAllowedFor,
  recipeAllergens,
  recipeDietCertainty,
  recipeDietFacts,
  recipeDiets,
  recipeMayContain,
  strictestDiet,
  touchesAllergens,
} from "@/lib/nutrition/diet";
import { DIETS, type Diet, type DietFacts } from "@/lib/nutrition/types";
import { arbDietFacts, arbRecipe, food, NO_ANIMAL, recipe } from "@/tests/unit/nutrition/fixtures";

const with_ = (fact: keyof DietFacts): DietFacts => ({ ...NO_ANIMAL, [fact]: true });

describe("dietsAllowing / strictestDiet", () => {
  it.each<[string, DietFacts, Diet[]]>([
    ["plants only", NO_ANIMAL, ["vegan", "vegetarian", "pescatarian", "omnivore"]],
    ["honey", with_("containsHoney"), ["vegetarian", "pescatarian", "omnivore"]],
    ["dairy", with_("containsDairy"), ["vegetarian", "pescatarian", "omnivore"]],
    ["egg", with_("containsEgg"), ["vegetarian", "pescatarian", "omnivore"]],
    ["fish", with_("containsFish"), ["pescatarian", "omnivore"]],
    ["shellfish", with_("containsShellfish"), ["pescatarian", "omnivore"]],
    ["meat", with_("containsMeat"), ["omnivore"]],
    [
      "fish and dairy",
      { ...NO_ANIMAL, containsFish: true, containsDairy: true },
      ["pescatarian", "omnivore"],
    ],
    [
      "everything",
      {
        containsMeat: true,
        containsFish: true,
        containsShellfish: true,
        containsDairy: true,
        containsEgg: true,
        containsHoney: true,
      },
      ["omnivore"],
    ],
  ])("%s -> %j", (_label, facts, diets) => {
    expect(dietsAllowing(facts)).toEqual(diets);
    expect(strictestDiet(facts)).toBe(diets[0]);
    for (const d of DIETS) expect(isAllowedFor(d, facts)).toBe(diets.includes(d));
  });

  it("is monotone: vegan ⊂ vegetarian ⊂ pescatarian ⊂ omnivore", () => {
    fc.assert(
      fc.property(arbDietFacts, (facts) => {
        const allowed = DIETS.map((d) => isAllowedFor(d, facts));
        // Once a diet allows it, every less restrictive diet does too.
        for (let i = 1; i < allowed.length; i++) if (allowed[i - 1]) expect(allowed[i]).toBe(true);
        expect(isAllowedFor("omnivore", facts)).toBe(true);
        const list = dietsAllowing(facts);
        expect(list).toEqual(DIETS.slice(DIETS.indexOf(strictestDiet(facts))));
      }),
    );
  });

  it("adding a fact never allows more diets", () => {
    fc.assert(
      fc.property(arbDietFacts, arbDietFacts, (a, b) => {
        const combined = dietsAllowing(combineDietFacts([a, b]));
        for (const d of combined) {
          expect(dietsAllowing(a)).toContain(d);
          expect(dietsAllowing(b)).toContain(d);
        }
      }),
    );
  });
});

describe("combineDietFacts", () => {
  it("ORs every fact and is plant-only when empty", () => {
    expect(combineDietFacts([])).toEqual(NO_ANIMAL);
    expect(combineDietFacts([with_("containsEgg"), with_("containsFish"), NO_ANIMAL])).toEqual({
      ...NO_ANIMAL,
      containsEgg: true,
      containsFish: true,
    });
  });

  it("equals the fact-wise OR", () => {
    fc.assert(
      fc.property(fc.array(arbDietFacts, { maxLength: 6 }), (list) => {
        const c = combineDietFacts(list);
        for (const k of Object.keys(NO_ANIMAL) as (keyof DietFacts)[]) {
          expect(c[k]).toBe(list.some((f) => f[k]));
        }
      }),
    );
  });

  it("does not mutate its inputs", () => {
    const a = with_("containsMeat");
    combineDietFacts([a, with_("containsEgg")]);
    expect(a).toEqual(with_("containsMeat"));
  });
});

describe("recipe diets and allergens", () => {
  const oats = food({ name: "Oats", allergens: ["wheat_gluten"] });
  const milk = food({ name: "Milk", diet: with_("containsDairy"), allergens: ["milk"] });
  const honey = food({ name: "Honey", diet: with_("containsHoney") });
  const almonds = food({ name: "Almonds", allergens: ["tree_nuts"] });
  const sardines = food({ name: "Sardines", diet: with_("containsFish"), allergens: ["fish"] });
  const yogurt = food({ name: "Yogurt", diet: with_("containsDairy"), allergens: ["milk"] });

  it.each<[string, ReturnType<typeof food>[], Diet[], string[]]>([
    [
      "oats with almonds",
      [oats, almonds],
      ["vegan", "vegetarian", "pescatarian", "omnivore"],
      ["tree_nuts", "wheat_gluten"],
    ],
    [
      "porridge with milk and honey",
      [oats, milk, honey],
      ["vegetarian", "pescatarian", "omnivore"],
      ["milk", "wheat_gluten"],
    ],
    [
      "sardines on toast with yogurt",
      [oats, sardines, yogurt],
      ["pescatarian", "omnivore"],
      ["fish", "milk", "wheat_gluten"],
    ],
    ["empty", [], ["vegan", "vegetarian", "pescatarian", "omnivore"], []],
  ])("%s", (_label, foods, diets, allergens) => {
    const r = recipe(foods.map((f) => ({ food: f, grams: 50 })));
    expect(recipeDiets(r)).toEqual(diets);
    expect(recipeAllergens(r)).toEqual(allergens);
    expect(recipeDietFacts(r)).toEqual(combineDietFacts(foods.map((f) => f.diet)));
  });

  it("recipe allergens are the sorted, duplicate-free union of the ingredients'", () => {
    fc.assert(
      fc.property(arbRecipe, (r) => {
        const list = recipeAllergens(r);
        const union = new Set(r.ingredients.flatMap((i) => i.food.allergens));
        expect(new Set(list)).toEqual(union);
        expect(list.length).toBe(union.size);
        expect(list).toEqual([...list].sort());
      }),
    );
  });

  it("a recipe is allowed for a diet iff every ingredient is", () => {
    fc.assert(
      fc.property(arbRecipe, (r) => {
        const diets = recipeDiets(r);
        for (const d of DIETS) {
          expect(diets.includes(d)).toBe(r.ingredients.every((i) => isAllowedFor(d, i.food.diet)));
        }
      }),
    );
  });
});

describe("diet facts that are not certain", () => {
  const darkChocolate = food({
    name: "Dark chocolate",
    foodGroup: "sweets",
    dietUncertain: ["containsDairy", "containsEgg"],
    uncertainReason: "SR28 lists cholesterol: milk solids or egg likely",
    mayContain: ["milk", "soy"],
  });
  const burger = food({
    name: "Burger",
    diet: with_("containsMeat"),
    dietUncertain: ["containsDairy", "containsEgg", "containsFish"],
    uncertainReason: "a fast-food item",
  });

  it.each<[string, Parameters<typeof certainDiets>[0], Diet[]]>([
    ["certain plant food", food(), ["vegan", "vegetarian", "pescatarian", "omnivore"]],
    ["dark chocolate unverified for milk", darkChocolate, ["vegetarian", "pescatarian", "omnivore"]],
    ["an uncertain burger", burger, ["omnivore"]],
    ["a food unverified for meat", food({ dietUncertain: ["containsMeat"] }), ["omnivore"]],
  ])("%s is offered only to the diets it certainly fits", (_label, item, diets) => {
    expect(certainDiets(item)).toEqual(diets);
  });

  it("a recipe with an unverified ingredient loses the diets that ingredient might break", () => {
    const squares = recipe([
      { food: darkChocolate, grams: 30 },
      { food: food({ name: "Almonds", allergens: ["tree_nuts"] }), grams: 10 },
    ]);
    expect(recipeDiets(squares)).not.toContain("vegan");
    expect(recipeDiets(squares)).toContain("vegetarian");
    expect(isAllowedFor("vegan", recipeDietFacts(squares))).toBe(false);
    expect(recipeDietCertainty(squares)).toEqual({
      uncertain: ["containsDairy", "containsEgg"],
      reasons: ["Dark chocolate: SR28 lists cholesterol: milk solids or egg likely"],
    });
    expect(recipeMayContain(squares)).toEqual(["milk", "soy"]);
  });

  it("a fact an ingredient certainly has is not reported as unverified", () => {
    const withMilk = recipe([
      { food: darkChocolate, grams: 30 },
      { food: food({ name: "Milk", diet: with_("containsDairy"), allergens: ["milk"] }), grams: 100 },
    ]);
    expect(recipeDietCertainty(withMilk).uncertain).toEqual(["containsEgg"]);
    expect(recipeMayContain(withMilk)).toEqual(["soy"]);
  });

  it.each<[string, string[], boolean]>([
    ["an allergen it contains", ["tree_nuts"], true],
    ["an allergen it may contain", ["soy"], true],
    ["allergens it neither contains nor may contain", ["fish", "sesame"], false],
  ])("excludes a dish for %s", (_label, allergies, excluded) => {
    const dish = { allergens: ["tree_nuts" as const], mayContain: ["soy" as const] };
    expect(touchesAllergens(dish, new Set(allergies as never[]))).toBe(excluded);
  });
});
