import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FOOD_GROUPS,
  foodGroupFromNdbNo,
  foodGroupLabel,
  isFoodGroupSlug,
  SR28_EXTRA_PREFIXES,
} from "@/lib/nutrition/food-groups";
import { SR28_CSV_PATH } from "@/tests/support/sr28-csv-path";

const SR28 = SR28_CSV_PATH;

describe("FOOD_GROUPS", () => {
  it("lists the 25 SR28 groups in code order with unique slugs", () => {
    expect(FOOD_GROUPS.map((g) => g.code)).toEqual([
      "01",
      "02",
      "03",
      "04",
      "05",
      "06",
      "07",
      "08",
      "09",
      "10",
      "11",
      "12",
      "13",
      "14",
      "15",
      "16",
      "17",
      "18",
      "19",
      "20",
      "21",
      "22",
      "25",
      "35",
      "36",
    ]);
    expect(new Set(FOOD_GROUPS.map((g) => g.slug)).size).toBe(FOOD_GROUPS.length);
    for (const g of FOOD_GROUPS) expect(g.label.length).toBeGreaterThan(0);
  });

  it("maps every extra prefix to a real group", () => {
    for (const slug of Object.values(SR28_EXTRA_PREFIXES)) expect(isFoodGroupSlug(slug)).toBe(true);
  });
});

describe("foodGroupFromNdbNo", () => {
  it.each([
    ["01001", "dairy-egg"], // butter
    ["02003", "spices-herbs"],
    ["03000", "baby-foods"],
    ["04053", "fats-oils"],
    ["05006", "poultry"],
    ["06001", "soups-sauces"],
    ["07001", "sausages-meats"],
    ["08001", "breakfast-cereals"],
    ["09040", "fruits"], // banana
    ["10001", "pork"],
    ["11457", "vegetables"], // spinach
    ["12061", "nuts-seeds"], // almonds
    ["13000", "beef"],
    ["14003", "beverages"],
    ["15088", "fish-shellfish"], // sardines
    ["16108", "legumes"],
    ["17001", "lamb-game"],
    ["18001", "baked-goods"],
    ["19904", "sweets"], // dark chocolate
    ["20005", "grains-pasta"],
    ["21001", "fast-foods"],
    ["22247", "meals"],
    ["25000", "snacks"],
    ["35001", "indigenous"],
    ["36000", "restaurant"],
    ["23000", "beef"],
    ["27000", "soups-sauces"],
    ["28295", "baked-goods"],
    ["31033", "vegetables"],
    ["32003", "meals"],
    ["33873", "baby-foods"],
    ["48052", "grains-pasta"],
  ])("%s -> %s", (ndbNo, slug) => {
    expect(foodGroupFromNdbNo(ndbNo)).toBe(slug);
  });

  it.each([
    ["1001", "dairy-egg"],
    [" 09040 ", "fruits"],
    [1001, "dairy-egg"],
    [11457, "vegetables"],
  ] as const)("normalises %j -> %s", (ndbNo, slug) => {
    expect(foodGroupFromNdbNo(ndbNo)).toBe(slug);
  });

  it.each(["", "abc", "123", "123456", "1.001", "24000", "42192", "43144", "99999", "-1001"])(
    "returns null for %j",
    (ndbNo) => {
      expect(foodGroupFromNdbNo(ndbNo)).toBeNull();
    },
  );

  it("returns null for non-integer numbers", () => {
    expect(foodGroupFromNdbNo(1001.5)).toBeNull();
  });

  it.skipIf(!existsSync(SR28))("agrees with the two-digit code for every SR28 food with a group code", () => {
    const lines = readFileSync(SR28, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)
      .slice(1)
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(8000);
    let mapped = 0;
    for (const line of lines) {
      const ndbNo = line.slice(0, 5);
      const group = FOOD_GROUPS.find((g) => g.code === ndbNo.slice(0, 2));
      const slug = foodGroupFromNdbNo(ndbNo);
      if (group) expect(slug).toBe(group.slug);
      if (slug) mapped++;
    }
    expect(mapped / lines.length).toBeGreaterThan(0.97);
  });
});

describe("foodGroupLabel", () => {
  it.each([
    ["dairy-egg", "Dairy and egg"],
    ["nuts-seeds", "Nuts and seeds"],
    ["fish-shellfish", "Fish and shellfish"],
    ["grains-pasta", "Grains and pasta"],
  ])("%s -> %s", (slug, label) => {
    expect(foodGroupLabel(slug)).toBe(label);
  });

  it("falls back to Other for unknown slugs", () => {
    expect(foodGroupLabel("my-own")).toBe("Other");
    expect(foodGroupLabel("")).toBe("Other");
  });
});
