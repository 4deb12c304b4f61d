// A recipe amount in a buying unit: the grams of the food one piece or pack gives (lib/shopping).
import { describe, expect, it } from "vitest";
import { buyingPortionsOf } from "@/lib/shopping/buying-portions";

describe("buyingPortionsOf", () => {
  it("gives a piece as the food weighs it: 1 egg is 50 g of whole egg", () => {
    expect(buyingPortionsOf("01123")).toEqual([{ description: "1 egg", grams: 50 }]);
  });

  it("gives a pack in both sizes as printed: a can of tomatoes, 400 g or 14.5 oz", () => {
    expect(buyingPortionsOf("11531")).toEqual([
      { description: "1 can (400 g)", grams: 400 },
      { description: "1 can (14.5 oz)", grams: 411.1 },
    ]);
  });

  it("turns a bag of dry chickpeas into the cooked chickpeas it makes", () => {
    const [bag] = buyingPortionsOf("16057");
    expect(bag!.description).toBe("1 bag (500 g)");
    expect(bag!.grams).toBeCloseTo(500 / 0.431, 0);
  });

  it("has none for a food that is not mapped, nor for one without an NDB number (an own food)", () => {
    expect(buyingPortionsOf("99999")).toEqual([]);
    expect(buyingPortionsOf(null)).toEqual([]);
  });
});
