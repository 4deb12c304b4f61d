// schema.org Recipe extraction from HTML (pure); the fixture pages are also imported over HTTP in
// tests/integration/recipe-import.test.ts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractRecipe, servingsOf } from "@/lib/nutrition/recipe-page/extract-recipe";

const fixture = (name: string) =>
  readFileSync(path.resolve(process.cwd(), "tests/fixtures/recipe-pages", name), "utf8");

describe("extractRecipe", () => {
  it("reads plain JSON-LD", () => {
    expect(extractRecipe(fixture("json-ld-plain.html"))).toMatchObject({
      name: "Chickpea spinach stew",
      servings: 4,
      ingredients: expect.arrayContaining(["2 cups baby spinach"]),
    });
  });

  it("finds the Recipe in @graph and flattens HowToSection steps", () => {
    const recipe = extractRecipe(fixture("json-ld-graph-sections.html"))!;
    expect(recipe.ingredients).toContain("For the dressing:");
    expect(recipe.steps).toEqual(["Cook the quinoa.", "Roast the salmon.", "Whisk tahini and lemon."]);
  });

  it("falls back to microdata without taking nested items' names", () => {
    const recipe = extractRecipe(fixture("microdata.html"))!;
    expect(recipe.name).toBe("Overnight oats");
    expect(recipe.ingredients).toHaveLength(4);
  });

  it("decodes entities (also double-encoded) and strips tags", () => {
    const recipe = extractRecipe(fixture("entities.html"))!;
    expect(recipe.name).toBe("Mac & Cheese – Grandma's");
    expect(recipe.ingredients[1]).toBe("1 ½ cups shredded cheddar cheese");
    expect(recipe.servings).toBeNull();
  });

  it("finds nothing on a page without a recipe, or with broken JSON", () => {
    expect(extractRecipe(fixture("no-recipe.html"))).toBeNull();
    expect(extractRecipe('<script type="application/ld+json">{"@type":"Recipe",</script>')).toBeNull();
    expect(extractRecipe("")).toBeNull();
  });

  it("accepts a top-level array and a schema.org URL as @type", () => {
    const html = `<script type="application/ld+json">[{"@type":"Person"},{"@type":"http://schema.org/Recipe","name":"Soup","recipeIngredient":["1 onion"],"recipeYield":6}]</script>`;
    expect(extractRecipe(html)).toMatchObject({ name: "Soup", servings: 6, ingredients: ["1 onion"] });
  });
});

describe("servingsOf", () => {
  it.each([
    [["4 servings"], 4],
    [["Serves 4-6"], 4],
    [["", "2 bowls"], 2],
    [["a crowd"], null],
    [[], null],
  ])("%j → %s", (values, expected) => expect(servingsOf(values)).toBe(expected));
});
