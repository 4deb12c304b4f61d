import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import {
  AISLES,
  ALLERGENS,
  MEAL_TYPES,
  NUTRIENT_KEYS,
  type Diet,
  type DietFacts,
} from "@/lib/nutrition/types.ts";
import { recipeDiets } from "@/lib/nutrition/diet";
import { foodGroupFromNdbNo } from "@/lib/nutrition/food-groups.ts";
import { loadSeedCatalogue as loadDomainCatalogue } from "@/tests/unit/planner/seed-catalogue";
import { ZSeedCatalogueSchema, type TFoodInput, type TRecipeInput } from "@/lib/schemas/food.ts";
import { SR28_NUTRIENT_COLUMNS } from "@/lib/usda/sr28-csv.ts";
import { SR28_CSV_PATH } from "@/tests/support/sr28-csv-path";

type SeedFood = TFoodInput;
type SeedRecipe = TRecipeInput;

const root = process.cwd();
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(path.resolve(root, rel), "utf8")) as T;
const foods = readJson<SeedFood[]>("prisma/seed/foods.json");
const recipes = readJson<SeedRecipe[]>("prisma/seed/recipes.json");
const foodByNdb = new Map(foods.map((f) => [f.ndbNo, f]));

const CSV_PATH = SR28_CSV_PATH;
const haveCsv = existsSync(CSV_PATH);

const SR28_COLUMNS = SR28_NUTRIENT_COLUMNS;

/** Key foods of ADR 004, pinned to the SR28 rows chosen for the seed. */
const KEY_FOODS: Record<string, string[]> = {
  spinach: ["11457"],
  "pumpkin seeds": ["12014", "12016", "12163"],
  "chia seeds": ["12006"],
  almonds: ["12061"],
  cashews: ["12085", "12087"],
  "dark chocolate 70-85%": ["19904"],
  bananas: ["09040"],
  "whole grains": ["08120", "20036", "20035", "18075", "20124", "20008", "20031", "20004"],
  milk: ["01077", "01079", "01085"],
  yogurt: ["01116", "01117", "01256"],
  cheese: ["01009", "01026", "01032", "01040", "01019"],
  "fortified soy milk": ["16139", "16222"],
  "canned salmon with bones": ["15260", "15084", "15087"],
  "canned sardines with bones": ["15088", "15089"],
  kale: ["11233"],
  meat: ["13047", "05062", "10060", "05305", "17224"],
  fish: ["15236", "15121", "15015", "15046", "15240", "15039"],
  eggs: ["01123"],
  "egg yolk": ["01125"],
  "fortified cereals": ["08013", "08077", "08001", "08089", "08060"],
  // SR28 has no nutritional-yeast row; dried baker's yeast is the closest stand-in.
  "yeast (nutritional yeast stand-in)": ["18375"],
  "UV-exposed mushrooms": ["11938", "11936", "11998"],
  "fortified milks": ["01077", "16139", "14016", "14091"],
  "fatty fish": ["15236", "15085", "15046", "15039", "15240", "15088"],
};

function dietOf(recipe: SeedRecipe): Diet {
  const facts = recipe.ingredients.map((i) => foodByNdb.get(i.ndbNo)!.diet);
  const any = (k: keyof DietFacts) => facts.some((d) => d[k]);
  if (any("containsMeat")) return "omnivore";
  if (any("containsFish") || any("containsShellfish")) return "pescatarian";
  if (any("containsDairy") || any("containsEgg") || any("containsHoney")) return "vegetarian";
  return "vegan";
}

describe("seed catalogue", () => {
  it("passes the import schemas", () => {
    expect(() => ZSeedCatalogueSchema.parse({ foods, recipes })).not.toThrow();
  });
});

describe("seed foods", () => {
  it("has at least 400 foods with unique ndbNo and names", () => {
    expect(foods.length).toBeGreaterThanOrEqual(400);
    expect(new Set(foods.map((f) => f.ndbNo)).size).toBe(foods.length);
    expect(new Set(foods.map((f) => f.name)).size).toBe(foods.length);
  });

  it("has well-formed entries", () => {
    for (const f of foods) {
      expect(f.ndbNo, f.name).toMatch(/^\d{5}$/);
      expect(f.name.trim().length, f.ndbNo).toBeGreaterThan(0);
      expect(f.foodGroup, f.ndbNo).toBe(foodGroupFromNdbNo(f.ndbNo));
      expect(AISLES, f.ndbNo).toContain(f.aisle);
      expect(typeof f.fortified, f.ndbNo).toBe("boolean");
      for (const a of f.allergens) expect(ALLERGENS, f.ndbNo).toContain(a);
      expect(new Set(f.allergens).size, f.ndbNo).toBe(f.allergens.length);
      expect(Object.keys(f.per100g).sort(), f.ndbNo).toEqual([...NUTRIENT_KEYS].sort());
      for (const key of NUTRIENT_KEYS) {
        const v = f.per100g[key];
        expect(v === null || (typeof v === "number" && v >= 0), `${f.ndbNo} ${key}`).toBe(true);
      }
      for (const p of f.portions) {
        expect(p.grams, f.ndbNo).toBeGreaterThan(0);
        expect(p.description.length, f.ndbNo).toBeGreaterThan(0);
      }
      // Allergen list agrees with the diet facts.
      expect(f.allergens.includes("milk"), `${f.ndbNo} milk`).toBe(f.diet.containsDairy);
      expect(f.allergens.includes("egg"), `${f.ndbNo} egg`).toBe(f.diet.containsEgg);
      expect(f.allergens.includes("fish"), `${f.ndbNo} fish`).toBe(f.diet.containsFish);
      expect(f.allergens.includes("shellfish"), `${f.ndbNo} shellfish`).toBe(f.diet.containsShellfish);
    }
  });

  it("contains every key food of ADR 004", () => {
    for (const [label, ndbs] of Object.entries(KEY_FOODS)) {
      for (const ndb of ndbs) expect(foodByNdb.has(ndb), `${label}: ${ndb}`).toBe(true);
    }
    expect(foodByNdb.get("11457")!.per100g.magnesiumMg).toBe(79);
  });

  it("marks fortified soy milk, cereals and milks as fortified and meat/fish/dairy facts as expected", () => {
    for (const ndb of ["16139", "16222", "08013", "08077", "08001", "14016", "01077"]) {
      expect(foodByNdb.get(ndb)!.fortified, ndb).toBe(true);
    }
    for (const ndb of ["11457", "12061", "08120"]) expect(foodByNdb.get(ndb)!.fortified, ndb).toBe(false);
    expect(foodByNdb.get("05062")!.diet.containsMeat).toBe(true);
    expect(foodByNdb.get("15088")!.diet.containsFish).toBe(true);
    expect(foodByNdb.get("15149")!.diet.containsShellfish).toBe(true);
    expect(foodByNdb.get("01009")!.diet.containsDairy).toBe(true);
    expect(foodByNdb.get("01125")!.diet.containsEgg).toBe(true);
    expect(foodByNdb.get("19296")!.diet.containsHoney).toBe(true);
    expect(foodByNdb.get("16139")!.allergens).toContain("soy");
  });

  it.skipIf(!haveCsv)("matches the SR28 CSV for all nine nutrients (blank cell <=> null)", () => {
    const rows = parse(readFileSync(CSV_PATH), { columns: true, bom: true }) as Record<string, string>[];
    const byNdb = new Map(rows.map((r) => [String(r["NDB_No"]).trim().padStart(5, "0"), r]));
    for (const f of foods) {
      const row = byNdb.get(f.ndbNo);
      expect(row, `${f.ndbNo} in CSV`).toBeDefined();
      for (const key of NUTRIENT_KEYS) {
        const text = (row![SR28_COLUMNS[key]] ?? "").trim();
        const actual = f.per100g[key];
        if (text === "") {
          expect(actual, `${f.ndbNo} ${key} should be null`).toBeNull();
        } else {
          expect(actual, `${f.ndbNo} ${key}`).not.toBeNull();
          expect(Math.abs((actual as number) - Number(text)), `${f.ndbNo} ${key}`).toBeLessThanOrEqual(0.01);
        }
      }
    }
  });
});

describe("seed recipes", () => {
  const diets = new Map(recipes.map((r) => [r.slug, dietOf(r)]));
  const bySlugDiet = (d: Diet) => recipes.filter((r) => diets.get(r.slug) === d);

  it("has at least 400 well-formed recipes with unique kebab-case slugs and names", () => {
    expect(recipes.length).toBeGreaterThanOrEqual(400);
    expect(new Set(recipes.map((r) => r.slug)).size).toBe(recipes.length);
    expect(new Set(recipes.map((r) => r.name)).size).toBe(recipes.length);
    for (const r of recipes) {
      expect(r.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.description.length, r.slug).toBeGreaterThan(0);
      expect(r.mealTypes.length, r.slug).toBeGreaterThan(0);
      for (const m of r.mealTypes) expect(MEAL_TYPES, r.slug).toContain(m);
      expect(Number.isInteger(r.servings) && r.servings >= 1, r.slug).toBe(true);
      expect(r.steps.length, r.slug).toBeGreaterThanOrEqual(2);
      expect(r.steps.length, r.slug).toBeLessThanOrEqual(5);
      expect(r.ingredients.length, r.slug).toBeGreaterThanOrEqual(1);
      expect(r.ingredients.length, r.slug).toBeLessThanOrEqual(8);
      expect(new Set(r.ingredients.map((i) => i.ndbNo)).size, r.slug).toBe(r.ingredients.length);
    }
  });

  it("references only seeded foods, with positive grams", () => {
    for (const r of recipes) {
      for (const i of r.ingredients) {
        expect(foodByNdb.has(i.ndbNo), `${r.slug}: ${i.ndbNo}`).toBe(true);
        expect(i.grams, `${r.slug}: ${i.ndbNo}`).toBeGreaterThan(0);
      }
    }
  });

  // A serving is a meal: a main of 450-700 kcal, a breakfast of 300-600 kcal, a snack of 80-350 kcal.
  it.each<[string, (r: SeedRecipe) => boolean, number, number]>([
    ["lunch or dinner", (r) => r.mealTypes.includes("lunch") || r.mealTypes.includes("dinner"), 450, 700],
    [
      "breakfast (and not lunch or dinner)",
      (r) => r.mealTypes.includes("breakfast") && !r.mealTypes.some((m) => m === "lunch" || m === "dinner"),
      300,
      600,
    ],
    ["snack only", (r) => r.mealTypes.length === 1 && r.mealTypes[0] === "snack", 80, 350],
  ])("gives every %s recipe a meal-sized serving", (_, isKind, min, max) => {
    const kinds = recipes.filter(isKind);
    expect(kinds.length).toBeGreaterThan(0);
    for (const r of kinds) {
      const kcal =
        r.ingredients.reduce(
          (sum, i) => sum + ((foodByNdb.get(i.ndbNo)!.per100g.energyKcal ?? 0) * i.grams) / 100,
          0,
        ) / r.servings;
      expect(kcal, r.slug).toBeGreaterThanOrEqual(min);
      expect(kcal, r.slug).toBeLessThanOrEqual(max);
    }
  });

  it("covers every diet (derived from ingredient diet facts)", () => {
    expect(bySlugDiet("vegan").length).toBeGreaterThanOrEqual(45);
    expect(bySlugDiet("vegetarian").length).toBeGreaterThanOrEqual(45);
    expect(bySlugDiet("pescatarian").length).toBeGreaterThanOrEqual(20);
    expect(bySlugDiet("omnivore").length).toBeGreaterThanOrEqual(25);
  });

  it("has at least 15 vegan recipes with fortified foods (B12 for vegans)", () => {
    const VEGAN_FORTIFIED = bySlugDiet("vegan").filter((r) =>
      r.ingredients.some((i) => foodByNdb.get(i.ndbNo)!.fortified),
    );
    expect(VEGAN_FORTIFIED.length).toBeGreaterThanOrEqual(15);
    const withB12 = VEGAN_FORTIFIED.filter((r) =>
      r.ingredients.some((i) => (foodByNdb.get(i.ndbNo)!.per100g.vitaminB12Mcg ?? 0) > 0),
    );
    expect(withB12.length).toBeGreaterThanOrEqual(15);
  });

  it("classifies no recipe with animal ingredients as vegan", () => {
    const VEGAN = bySlugDiet("vegan").map((r) => r.slug);
    for (const slug of VEGAN) {
      const r = recipes.find((x) => x.slug === slug)!;
      for (const i of r.ingredients) {
        const d = foodByNdb.get(i.ndbNo)!.diet;
        expect(Object.values(d).some(Boolean), `${slug}: ${i.ndbNo}`).toBe(false);
      }
    }
  });
});

describe("curated diet facts checked against SR28's cholesterol", () => {
  const catalogue = ZSeedCatalogueSchema.parse({ foods, recipes });
  const uncertain = catalogue.foods.filter((food) => food.dietUncertain.length > 0).map((f) => f.ndbNo);

  it("keeps every curated whole food certain; only the dark chocolates and two sauces are unverified", () => {
    expect(uncertain.sort()).toEqual(["06175", "06931", "19902", "19903", "19904"]);
  });

  it("no longer calls dark-chocolate-squares vegan, but still vegetarian", () => {
    const squares = loadDomainCatalogue().recipes.find((recipe) => recipe.slug === "dark-chocolate-squares")!;
    expect(recipeDiets(squares)).toEqual(["vegetarian", "pescatarian", "omnivore"]);
  });
});
