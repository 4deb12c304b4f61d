// The line parser and the food-name rules (pure). Grams and foods against the catalogue are measured on the
// labelled set (tests/integration/ingredient-lines-benchmark.test.ts, npm run bench:parser).
import { describe, expect, it } from "vitest";
import { bestFood, foodQuery } from "@/lib/nutrition/ingredient-lines/match-food";
import { normalizeName } from "@/lib/nutrition/ingredient-lines/normalize-name";
import { parseIngredientLine } from "@/lib/nutrition/ingredient-lines/parse-line";

describe("parseIngredientLine", () => {
  it.each([
    ["1 (15-ounce) can chickpeas, drained and rinsed", { quantity: 1, unit: "can", foodText: "chickpeas" }],
    ["2 large eggs", { quantity: 2, size: "large", unit: null, foodText: "eggs" }],
    ["1 ½ cups cooked quinoa", { quantity: 1.5, unit: "cup", foodText: "cooked quinoa" }],
    ["200g firm tofu, pressed", { quantity: 200, unit: "g", foodText: "firm tofu", notes: "pressed" }],
    ["3 cloves garlic, minced", { quantity: 3, unit: "clove", foodText: "garlic" }],
    ["2 garlic cloves", { quantity: 2, unit: "clove", foodText: "garlic" }],
    ["juice of 1 lemon", { quantity: 1, juiceOf: "lemon" }],
    ["1 lime, juiced", { quantity: 1, juiceOf: "lime" }],
    ["1-2 tbsp olive oil", { quantity: 1.5, unit: "tbsp" }],
    ["2 to 3 carrots", { quantity: 2.5, unit: null }],
    ["2 x 400g tins chopped tomatoes", { quantity: 2, unit: "can", packageGrams: 400 }],
    ["2 cups (480 ml) vegetable broth", { quantity: 2, unit: "cup", metricMl: 480 }],
    ["a pinch of nutmeg", { quantity: 1, unit: "pinch", foodText: "nutmeg" }],
    ["one can black beans", { quantity: 1, unit: "can", foodText: "black beans" }],
  ])("%s", (line, expected) => {
    expect(parseIngredientLine(line)).toMatchObject({ kind: "ingredient", ...expected });
  });

  it("reads the package size in parentheses", () => {
    expect(parseIngredientLine("1 (15-ounce) can chickpeas").packageGrams).toBeCloseTo(425.2, 1);
    expect(parseIngredientLine("1 can (400 ml) coconut milk").packageMl).toBe(400);
  });

  it("takes '(about 1 lb)' as the whole line's weight and '(6 oz each)' per piece", () => {
    expect(parseIngredientLine("2 medium sweet potatoes (about 1 lb), cubed").metricGrams).toBeCloseTo(
      453.6,
      1,
    );
    expect(parseIngredientLine("2 salmon fillets (about 6 oz each)").metricGrams).toBeCloseTo(340.2, 1);
  });

  it.each(["For the dressing:", "Dressing:", "FOR THE TOPPING", "— Garnish —"])("%s is a heading", (line) => {
    expect(parseIngredientLine(line).kind).toBe("heading");
  });

  it.each([
    "salt and pepper to taste",
    "Fresh cilantro, for garnish",
    "olive oil, for frying",
    "cooking spray",
  ])("%s has no amount", (line) => expect(parseIngredientLine(line).kind).toBe("to_taste"));
});

describe("normalizeName", () => {
  it.each([
    ["2 courgettes", ["zucchini"]],
    ["fresh coriander leaves", ["cilantro"]],
    ["garbanzo beans", ["chickpea"]],
    ["spring onions", ["scallion"]],
    ["aubergine", ["eggplant"]],
  ])("folds %s to the catalogue's word", (text, words) => {
    expect(normalizeName(text.replace(/^\d+ /, "")).words).toEqual(words);
  });

  it("drops preparation words and keeps the state apart", () => {
    expect(normalizeName("finely chopped cooked brown rice")).toEqual({
      words: ["brown", "rice"],
      state: "cooked",
    });
    expect(normalizeName("Spinach, raw", { catalogue: true })).toEqual({ words: ["spinach"], state: "raw" });
  });

  it("keeps words that name a different food", () => {
    expect(normalizeName("ground cinnamon").words).toEqual(["ground", "cinnamon"]);
    expect(normalizeName("Jalapeño").words).toEqual(["jalapeno", "pepper"]);
  });
});

describe("bestFood with the user's own foods", () => {
  const catalogueTofu = {
    id: 1,
    ndbNo: "16427",
    name: "Tofu, raw, firm",
    foodGroup: "legumes",
    portions: [],
  };
  const ownTofu = { ...catalogueTofu, id: 2, ndbNo: null, name: "Smoked tofu (my shop)", ownerId: "u1" };
  const ownSauce = { ...ownTofu, id: 3, name: "Hot sauce (my brand)" };

  it("picks the user's own food when it matches well, before the catalogue's", () => {
    const match = bestFood(foodQuery("tofu", "", false), [catalogueTofu, ownTofu]);
    expect(match?.food.id).toBe(2);
  });

  it("keeps the catalogue food when the own food does not name what the line says", () => {
    const match = bestFood(foodQuery("firm tofu", "", false), [catalogueTofu, ownSauce]);
    expect(match?.food.id).toBe(1);
  });
});

describe("bestFood and words that make a different food", () => {
  const food = (id: number, ndbNo: string, name: string, foodGroup: string) => ({
    id,
    ndbNo,
    name,
    foodGroup,
    portions: [],
  });
  const goatMilk = food(1, "01106", "Goat milk (vitamin D added)", "dairy-egg");
  const cowMilk = food(2, "01077", "Milk, whole, 3.25% milkfat (vitamin D added)", "dairy-egg");
  const bakersYeast = food(3, "18375", "Yeast, active dry (baker's)", "baked-products");

  it("finds no food for oat milk rather than goat milk (a vegan's plant milk is not dairy)", () => {
    expect(bestFood(foodQuery("oat milk", "", false), [goatMilk, cowMilk])).toBeNull();
  });

  it("finds no food for nutritional yeast rather than baker's yeast", () => {
    expect(bestFood(foodQuery("nutritional yeast", "", false), [bakersYeast])).toBeNull();
  });

  it("still matches plain milk", () => {
    expect(bestFood(foodQuery("milk", "", false), [goatMilk, cowMilk])?.food.id).toBeDefined();
  });
});
