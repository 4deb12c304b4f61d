// Own foods and recipes for tests: a fortified plant milk from its label, and a breakfast made with it.
import type { TLabelFood } from "@/lib/schemas/own-food";
import type { TRecipeDraft } from "@/lib/schemas/own-recipe";

/** A carton's label: 240 ml per serving, calcium and vitamin D as % DV, B12 in µg. */
export function plantMilkLabel(overrides: Partial<TLabelFood> = {}): TLabelFood {
  return {
    name: "Fortified oat drink (my brand)",
    servingSize: 240,
    servingUnit: "ml",
    perServing: {
      energyKcal: { amount: 120, unit: "kcal" },
      proteinG: { amount: 3, unit: "g" },
      fatG: { amount: 5, unit: "g" },
      carbohydrateG: { amount: 16, unit: "g" },
      fiberG: { amount: 2, unit: "g" },
      magnesiumMg: null,
      calciumMg: { amount: 35, unit: "%DV" },
      vitaminDMcg: { amount: 200, unit: "IU" },
      vitaminB12Mcg: { amount: 1.2, unit: "µg" },
    },
    fortified: true,
    aisle: "dairy_eggs",
    contains: [],
    allergens: [],
    ...overrides,
  };
}

export function recipeDraft(foodId: number, overrides: Partial<TRecipeDraft> = {}): TRecipeDraft {
  return {
    name: "My fortified porridge",
    description: "Oats cooked in the fortified drink.",
    mealTypes: ["breakfast"],
    servings: 1,
    ingredients: [{ foodId, grams: 480, line: "2 cups oat drink" }],
    steps: ["Warm the drink.", "Stir in the oats."],
    ...overrides,
  };
}
