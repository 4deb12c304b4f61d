// The purchasable-item mapping: every seed food is bought as exactly one item, with factors and sizes that
// agree with SR28 where SR28 has them.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it, test } from "vitest";
import { PURCHASABLE_ITEMS, purchaseOf } from "@/lib/shopping/purchasable-items";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";
import { SR28_CSV_PATH } from "@/tests/support/sr28-csv-path";

const catalogue = loadSeedCatalogue();
const SR28 = SR28_CSV_PATH;

describe("PURCHASABLE_ITEMS", () => {
  it("maps every seed food to exactly one purchasable item", () => {
    const unmapped = catalogue.foods.filter((f) => !purchaseOf(f.ndbNo)).map((f) => `${f.ndbNo} ${f.name}`);
    expect(unmapped).toEqual([]);
    const forms = PURCHASABLE_ITEMS.flatMap((item) => item.forms.map((form) => form.ndbNo));
    expect(new Set(forms).size).toBe(forms.length);
    const seed = new Set(catalogue.foods.map((f) => f.ndbNo));
    expect(forms.filter((ndbNo) => !seed.has(ndbNo))).toEqual([]);
  });

  it("has unique ids and names, positive factors and sizes", () => {
    expect(new Set(PURCHASABLE_ITEMS.map((i) => i.id)).size).toBe(PURCHASABLE_ITEMS.length);
    expect(new Set(PURCHASABLE_ITEMS.map((i) => i.name)).size).toBe(PURCHASABLE_ITEMS.length);
    for (const item of PURCHASABLE_ITEMS) {
      expect(item.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      for (const form of item.forms) expect(form.factor).toBeGreaterThan(0);
      const { unit } = item;
      if (unit.kind === "piece") expect(unit.grams).toBeGreaterThan(0);
      if (unit.kind === "pack") expect(Math.min(unit.metric.grams, unit.us.grams)).toBeGreaterThan(0);
      if (unit.kind === "volume") expect(unit.gramsPerMl).toBeGreaterThan(0.8);
    }
  });

  test.each<[string, string, number]>([
    // [food, item it is bought as, grams of the item per gram of the food]
    ["Quinoa, cooked", "Quinoa", 0.327],
    ["Quinoa, dry", "Quinoa", 1],
    ["Egg yolk, raw", "Eggs", 50 / 17],
    ["Egg white, raw", "Eggs", 50 / 33],
    ["Egg, hard-boiled", "Eggs", 1],
    ["Egg, fried", "Eggs", 50 / 46],
    ["Lemon juice", "Lemons", 58 / 48],
    ["Broccoli, boiled", "Broccoli", 1],
    ["Potato, baked, with skin", "Potatoes", 1.21],
    ["Milk, 2% reduced fat (vitamins A & D added)", "Milk", 1],
    ["Milk, skim (vitamins A & D added)", "Milk", 1],
    ["Parmesan, grated", "Parmesan", 1],
    ["Parmesan, hard", "Parmesan", 1],
    ["Ricotta, part-skim", "Ricotta", 1],
    ["Butter, unsalted", "Butter", 1],
    ["Soy milk, unsweetened, fortified (calcium, vitamins A & D)", "Soy milk, fortified", 1],
    ["Soy milk, unfortified", "Soy milk, unfortified", 1],
    ["Mushrooms, white, UV-exposed", "White mushrooms, UV-exposed", 1],
    ["Chickpeas, cooked", "Chickpeas, dry", 0.431],
    ["Chickpeas, canned", "Chickpeas, canned", 1],
  ])("%s is bought as %s (× %d)", (name, itemName, factor) => {
    const found = catalogue.foods.find((f) => f.name === name);
    const purchase = purchaseOf(found?.ndbNo ?? null);
    expect(purchase?.item.name).toBe(itemName);
    expect(purchase?.form.factor).toBeCloseTo(factor, 3);
  });

  it("keeps genuinely different products apart", () => {
    const itemOf = (name: string) =>
      purchaseOf(catalogue.foods.find((f) => f.name === name)?.ndbNo ?? null)?.item.id;
    expect(itemOf("Soy milk, original, fortified (calcium, vitamins A & D)")).not.toBe(
      itemOf("Soy milk, unfortified"),
    );
    expect(itemOf("Mushrooms, white")).not.toBe(itemOf("Mushrooms, white, UV-exposed"));
    expect(itemOf("Orange juice, chilled")).not.toBe(itemOf("Orange juice with added calcium & vitamin D"));
    expect(itemOf("Spinach, raw")).not.toBe(itemOf("Spinach, frozen"));
  });

  it("uses the SR28 portion weight for pieces and packs marked sr28, where the seed carries it", () => {
    const checked: string[] = [];
    for (const item of PURCHASABLE_ITEMS) {
      const { unit } = item;
      if (unit.kind !== "piece" && unit.kind !== "pack") continue;
      if (unit.source !== "sr28") continue;
      const grams = unit.kind === "piece" ? unit.grams : unit.metric.grams;
      const portions = item.forms.flatMap((form) => catalogue.foodByNdb.get(form.ndbNo)?.portions ?? []);
      if (portions.some((p) => Math.abs(p.grams - grams) < 0.5)) checked.push(item.id);
    }
    // Pieces the seed's two ABBREV portions carry: lemons (58 g), limes, eggs (50 g), cucumbers, mango...
    expect(checked).toEqual(
      expect.arrayContaining(["eggs", "lemons", "limes", "cucumber", "mango", "spinach"]),
    );
  });

  it.runIf(existsSync(SR28))("dry-matter factors agree with the SR28 water column", () => {
    const rows = parse(readFileSync(SR28), { columns: true, bom: true }) as Record<string, string>[];
    const water = new Map(rows.map((r) => [r.NDB_No, Number(r["Water_(g)"])]));
    let compared = 0;
    for (const item of PURCHASABLE_ITEMS) {
      const base = item.forms.find((form) => form.method === "same");
      for (const form of item.forms.filter((f) => f.method === "dry-matter")) {
        const cooked = water.get(form.ndbNo);
        const raw = water.get(base?.ndbNo ?? "");
        expect(cooked, form.ndbNo).toBeDefined();
        expect(raw, item.id).toBeDefined();
        expect(form.factor, form.ndbNo).toBeCloseTo((100 - cooked!) / (100 - raw!), 2);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });
});

/**
 * Piece weights marked "sr28" whose food's two seed portions have no piece of that size: SR28's medium
 * piece from the full release (docs/SHOPPING.md, "Buying units and sizes"). Every other "sr28" piece weight
 * must be one of the seed's portions of a form of its item.
 */
const MEDIUM_PIECES_NOT_IN_SEED = [
  "plantains",
  "cabbage-green",
  "carrots",
  "cauliflower",
  "romaine",
  "iceberg",
  "onions",
  "bell-pepper-green",
  "bell-pepper-red",
  "potatoes",
  "red-potatoes",
  "zucchini",
  "yellow-squash",
  "turnips",
  "tomatoes",
  "apples",
  "apricots",
  "avocados",
  "bananas",
  "grapefruit",
  "cantaloupe",
  "honeydew",
  "oranges",
  "mandarins",
  "papaya",
  "peaches",
  "nectarines",
  "pears",
  "bagels",
  "corn-tortillas",
  "croissants",
];

describe("piece weights against the seed's SR28 portions", () => {
  const foodsByNdb = new Map(catalogue.foods.map((food) => [food.ndbNo, food]));
  const pieces = PURCHASABLE_ITEMS.flatMap((item) =>
    item.unit.kind === "piece" && item.unit.source === "sr28" ? [{ item, grams: item.unit.grams }] : [],
  );
  const portionsOf = (item: (typeof PURCHASABLE_ITEMS)[number]) =>
    item.forms.flatMap((form) => foodsByNdb.get(form.ndbNo)?.portions ?? []);

  it("an SR28 piece weight is one of its item's seed portions, unless it is a listed medium piece", () => {
    const unbacked = pieces
      .filter(({ item, grams }) => !portionsOf(item).some((p) => Math.abs(p.grams - grams) < 0.5))
      .map(({ item }) => item.id);
    expect(unbacked.sort()).toEqual([...MEDIUM_PIECES_NOT_IN_SEED].sort());
  });

  it("a medium piece lies between the small and large sizes the seed has of the same food", () => {
    for (const { item, grams } of pieces.filter(({ item }) => MEDIUM_PIECES_NOT_IN_SEED.includes(item.id))) {
      for (const portion of portionsOf(item)) {
        const text = portion.description.toLowerCase();
        // ".5 large" is half of a large one.
        const whole = portion.grams / (/^\.5\b/.test(text) ? 0.5 : 1);
        if (/\b(?:small|mini)\b/.test(text)) expect(grams, `${item.id} vs ${text}`).toBeGreaterThan(whole);
        if (/\blarge\b/.test(text)) expect(grams, `${item.id} vs ${text}`).toBeLessThan(whole);
      }
    }
  });
});
