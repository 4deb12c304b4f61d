import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLANT_ONLY_FACTS } from "@/lib/nutrition/diet";
import { readableFoodName } from "@/lib/nutrition/sr28-names";
import {
  foodFromSr28Row,
  sr28Aisle,
  sr28Allergens,
  sr28DietFacts,
  sr28FoodGroup,
  sr28Fortified,
} from "@/lib/nutrition/usda-rules";
import { NUTRIENT_KEYS, type DietFacts, type Nutrients } from "@/lib/nutrition/types";
import { parseSr28Csv } from "@/lib/usda/sr28-csv";
import { SR28_CSV_PATH } from "@/tests/support/sr28-csv-path";

const CSV_PATH = SR28_CSV_PATH;
const noNutrients = Object.fromEntries(NUTRIENT_KEYS.map((key) => [key, null])) as Nutrients;
const nutrients = (values: Partial<Nutrients>): Nutrients => ({ ...noNutrients, ...values });

/** Derives facts the way the importer does: readable name first, then the rules. */
function facts(ndbNo: string, description: string) {
  const name = readableFoodName(description);
  const group = sr28FoodGroup(ndbNo, name)!;
  const diet = sr28DietFacts(group, name);
  return { name, group, diet, allergens: sr28Allergens(group, name, diet) };
}

describe("sr28FoodGroup", () => {
  it.each([
    ["11457", "Spinach, raw", "vegetables"],
    ["23557", "Beef, ground, 95% lean meat / 5% fat, raw", "beef"],
    ["43260", "Beverage, instant breakfast powder, chocolate", "beverages"],
    ["42135", "Whipped topping, frozen, lowfat", "fats-oils"],
    ["43400", "Chicken, meatless", "legumes"],
    ["43285", "Eggs, scrambled, frozen mixture", "dairy-egg"],
    ["80200", "Frog legs, raw", "lamb-game"],
    ["90240", "Scallop, (bay & sea), cooked, steamed", "fish-shellfish"],
    ["42158", "Cereals ready-to-eat, weetabix whole grain cereal", "breakfast-cereals"],
  ])("%s %s -> %s", (ndbNo, name, group) => {
    expect(sr28FoodGroup(ndbNo, name)).toBe(group);
  });

  it.each([
    ["99001", "Mystery food, raw"],
    ["43999", "Something else entirely"],
  ])("%s %s has no group", (ndbNo, name) => {
    expect(sr28FoodGroup(ndbNo, name)).toBeNull();
  });
});

const PLANT = PLANT_ONLY_FACTS;

describe("sr28DietFacts and sr28Allergens", () => {
  it.each<[string, string, keyof DietFacts | "plant", string[]]>([
    ["13000", "BEEF,GRASS-FED,STRIP STEAKS,LN,RAW", "containsMeat", []],
    ["16126", "TOFU,FIRM,PREP W/CA SULFATE&MAGNESIUM CHLORIDE (NIGARI)", "plant", ["soy"]],
    ["01009", "CHEESE,CHEDDAR", "containsDairy", ["milk"]],
    ["19120", "CANDIES,MILK CHOC", "containsDairy", ["milk"]],
    ["01123", "EGG,WHL,RAW,FRSH", "containsEgg", ["egg"]],
    ["15076", "SALMON,ATLANTIC,WILD,RAW", "containsFish", ["fish"]],
    ["15149", "CRUSTACEANS,SHRIMP,MXD SP,RAW", "containsShellfish", ["shellfish"]],
    ["19296", "HONEY", "containsHoney", []],
    ["16098", "PEANUT BUTTER,SMOOTH STYLE,W/ SALT", "plant", ["peanuts"]],
    ["12061", "NUTS,ALMONDS", "plant", ["tree_nuts"]],
    ["12166", "SEEDS,SESAME BUTTER,TAHINI,FROM RSTD&TSTD KERNELS", "plant", ["sesame"]],
    ["18064", "BREAD,WHEAT", "plant", ["wheat_gluten"]],
    ["11457", "SPINACH,RAW", "plant", []],
    ["09040", "BANANAS,RAW", "plant", []],
    ["12104", "NUTS,COCONUT MEAT,RAW", "plant", []],
    ["11260", "MUSHROOMS,WHITE,RAW", "plant", []],
    ["11209", "EGGPLANT,RAW", "plant", []],
    ["12120", "NUTS,HAZELNUTS OR FILBERTS", "plant", ["tree_nuts"]],
    ["43400", "CHICKEN,MEATLESS", "plant", ["soy"]],
    ["06172", "SOUP,CHICK BROTH,CND,COND", "containsMeat", []],
    ["06970", "SOUP,VEG BROTH,READY TO SERVE", "plant", []],
    ["04025", "SALAD DRSNG,MAYONNAISE,REG", "containsEgg", ["egg"]],
    ["04018", "SALAD DRSNG,CAESAR DRSNG,REG", "containsFish", ["fish"]],
    ["11987", "MUSHROOMS,OYSTER,RAW", "plant", []],
    ["16057", "CHICKPEAS (GARBANZO BNS,BENGAL GM),MATURE SEEDS,RAW", "plant", []],
    ["20035", "QUINOA,CKD", "plant", []],
    ["14091", "BEVERAGES,ALMOND MILK,UNSWTND,SHELF STABLE", "plant", ["tree_nuts"]],
    ["19165", "COCOA,DRY PDR,UNSWTND", "plant", []],
  ])("%s %s: %s, allergens %j", (ndbNo, description, fact, allergens) => {
    const derived = facts(ndbNo, description);
    if (fact === "plant") expect(derived.diet).toEqual(PLANT);
    else expect(derived.diet[fact]).toBe(true);
    expect(derived.allergens).toEqual(expect.arrayContaining(allergens));
    if (fact === "plant") expect(derived.allergens).toEqual(allergens);
  });

  it("keeps dairy-free milks and nut butters free of milk", () => {
    for (const [ndbNo, description] of [
      ["16139", "SOYMILK,ORIGINAL & VANILLA,W/ ADDED CA,VITAMINS A & D"],
      ["12117", "NUTS,COCONUT MILK,RAW (LIQ EXPRESSED FROM GRATED MEAT & H2O)"],
      ["12195", "NUTS,ALMOND BUTTER,PLN,W/O SALT ADDED"],
    ] as const) {
      expect(facts(ndbNo, description).diet.containsDairy).toBe(false);
      expect(facts(ndbNo, description).diet.containsMeat).toBe(false);
    }
  });
});

describe("sr28Fortified", () => {
  it.each([
    [
      "a fortified cereal by its figures",
      "breakfast-cereals",
      "Cereals ready-to-eat, general mills, cheerios",
      nutrients({ vitaminB12Mcg: 1.9 }),
      true,
    ],
    [
      "a cereal that says FORTIFIED",
      "breakfast-cereals",
      "Cereals, fortified, plain",
      nutrients({ vitaminDMcg: 2 }),
      true,
    ],
    [
      "plain oats",
      "breakfast-cereals",
      "Cereals, oats, regular & quick, not fortified, dry",
      nutrients({ vitaminB12Mcg: 0, vitaminDMcg: 0 }),
      false,
    ],
    [
      "milk with added vitamin D",
      "dairy-egg",
      "Milk, whole, 3.25% milkfat, with added vitamin D",
      nutrients({ vitaminDMcg: 1.3 }),
      true,
    ],
    [
      "milk without added vitamins",
      "dairy-egg",
      "Milk, nonfat, fluid, without added vitamin A & vitamin D",
      nutrients({ vitaminDMcg: 0 }),
      false,
    ],
    ["a plant milk with B12", "legumes", "Soymilk, unsweetened", nutrients({ vitaminB12Mcg: 1.1 }), true],
    [
      "UV mushrooms with vitamin D of their own",
      "vegetables",
      "Mushrooms, maitake, raw",
      nutrients({ vitaminDMcg: 28.1 }),
      false,
    ],
    ["spinach", "vegetables", "Spinach, raw", nutrients({ vitaminB12Mcg: 0, vitaminDMcg: 0 }), false],
    [
      "an instant oatmeal fortified with iron only",
      "breakfast-cereals",
      "Cereals, oats, instant, fortified, plain, dry",
      nutrients({ vitaminB12Mcg: 0, vitaminDMcg: 0 }),
      false,
    ],
  ])("%s", (_label, group, name, per100g, expected) => {
    expect(sr28Fortified(group, name, sr28DietFacts(group, name), per100g)).toBe(expected);
  });
});

describe("sr28Aisle", () => {
  it.each([
    ["vegetables", "Spinach, raw", "produce"],
    ["vegetables", "Spinach, frozen, chopped or leaf, unprepared", "frozen"],
    ["vegetables", "Beans, snap, green, canned, regular pack", "tins_jars"],
    ["fish-shellfish", "Salmon, atlantic, wild, raw", "meat_fish"],
    ["fish-shellfish", "Fish, pollock, alaska, raw (may have been previously frozen)", "meat_fish"],
    ["dairy-egg", "Cheese, cheddar", "dairy_eggs"],
    ["legumes", "Tofu, firm", "dairy_eggs"],
    ["legumes", "Lentils, raw", "bakery_grains"],
    ["nuts-seeds", "Nuts, almonds", "nuts_seeds"],
    ["fruits", "Raisins, seedless", "nuts_seeds"],
    ["grains-pasta", "Rice, brown, long-grain, raw", "bakery_grains"],
    ["spices-herbs", "Spices, cinnamon, ground", "other"],
  ])("%s %s -> %s", (group, name, aisle) => {
    expect(sr28Aisle(group, name)).toBe(aisle);
  });
});

describe("foodFromSr28Row", () => {
  it("builds a catalogue food, keeping missing figures null", () => {
    const derived = foodFromSr28Row({
      ndbNo: "15076",
      description: "SALMON,ATLANTIC,WILD,RAW",
      per100g: nutrients({ magnesiumMg: 29, vitaminDMcg: null, vitaminB12Mcg: 3.18 }),
      cholesterolMg: 55,
      portions: [{ grams: 154, description: "0.5 fillet" }],
    });
    expect(derived).toEqual({
      ok: true,
      food: expect.objectContaining({
        ndbNo: "15076",
        name: "Salmon, atlantic, wild, raw",
        foodGroup: "fish-shellfish",
        aisle: "meat_fish",
        allergens: ["fish"],
        per100g: expect.objectContaining({ magnesiumMg: 29, vitaminDMcg: null }),
      }),
    });
  });

  it("refuses a row whose food group is unknown", () => {
    const derived = foodFromSr28Row({
      ndbNo: "99001",
      description: "MYSTERY FOOD,RAW",
      per100g: noNutrients,
      cholesterolMg: null,
      portions: [],
    });
    expect(derived).toEqual({ ok: false, reason: expect.stringMatching(/unknown food group/) });
  });
});

// The curated seed (prisma/seed/food-selection.json) was written by hand: the rules must never call a
// curated food free of something the curator says it contains (they may be stricter).
describe.runIf(existsSync(CSV_PATH))("rules against the curated seed (SR28 file present)", () => {
  const { rows } = parseSr28Csv(readFileSync(CSV_PATH));
  const byNdb = new Map(rows.map((row) => [row.ndbNo, row]));
  const seed = JSON.parse(readFileSync(path.resolve(process.cwd(), "prisma/seed/foods.json"), "utf8")) as {
    ndbNo: string;
    name: string;
    fortified: boolean;
    diet: DietFacts;
    allergens: string[];
  }[];

  it("gives every SR28 row a food group", () => {
    expect(rows.filter((row) => !foodFromSr28Row(row).ok).map((row) => row.description)).toEqual([]);
  });

  it("never misses a diet fact or allergen the curator recorded, and agrees on fortification", () => {
    const misses: string[] = [];
    for (const curated of seed) {
      const derived = foodFromSr28Row(byNdb.get(curated.ndbNo)!);
      if (!derived.ok) throw new Error(derived.reason);
      for (const [fact, value] of Object.entries(curated.diet))
        if (value && !derived.food.diet[fact as keyof DietFacts]) misses.push(`${curated.name}: ${fact}`);
      for (const allergen of curated.allergens)
        if (!derived.food.allergens.includes(allergen as never)) misses.push(`${curated.name}: ${allergen}`);
      if (derived.food.fortified !== curated.fortified)
        misses.push(`${curated.name}: fortified ${curated.fortified}`);
    }
    expect(misses).toEqual([]);
  });
});
