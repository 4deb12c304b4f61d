// CSV export: RFC 4180 quoting, formula-injection escaping, and a round trip through csv-parse.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it, test } from "vitest";
import { EXTRA_ITEMS_AISLE, SHOPPING_CSV_HEADER, shoppingListCsv, type CsvItem } from "@/lib/shopping/csv";
import { buildShoppingList } from "@/lib/shopping/shopping-list";
import { food, meal, recipe, scenarioArb } from "@/tests/unit/shopping/fixtures";

const read = (csv: string): string[][] => parse(csv, { bom: true }) as string[][];

const item = (overrides: Partial<CsvItem> = {}): CsvItem => ({
  name: "Spinach, raw",
  aisle: "produce",
  quantity: 1,
  unit: "bunch",
  display: "1 bunch (340 g)",
  grams: 90,
  neededGrams: 90,
  pantryGrams: 0,
  inPantry: false,
  ...overrides,
});

/** What a spreadsheet would run as a formula (OWASP CSV injection), full-width forms included. */
const DANGEROUS_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe("shoppingListCsv", () => {
  it("writes a header, one row per item and per extra item, CRLF line ends and a BOM", () => {
    const csv = shoppingListCsv(
      {
        items: [
          item(),
          item({
            name: "Egg",
            aisle: "dairy_eggs",
            quantity: 6,
            unit: "eggs",
            display: "6 eggs",
            grams: 300,
            neededGrams: 300,
            checked: true,
          }),
        ],
      },
      [{ text: "Coffee filters", checked: false }],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(read(csv)).toEqual([
      [...SHOPPING_CSV_HEADER],
      ["Produce", "Spinach, raw", "1", "bunch", "1 bunch (340 g)", "90", "90", "0", "no", "no"],
      ["Dairy and eggs", "Egg", "6", "eggs", "6 eggs", "300", "300", "0", "no", "yes"],
      [EXTRA_ITEMS_AISLE, "Coffee filters", "", "", "", "", "", "", "", "no"],
    ]);
  });

  it("can leave the BOM out", () => {
    expect(shoppingListCsv({ items: [item()] }, [], { bom: false }).startsWith("Aisle,")).toBe(true);
  });

  it("rounds grams to whole numbers and says when the pantry covers an item", () => {
    const csv = shoppingListCsv({
      items: [item({ grams: 0, neededGrams: 90.4, pantryGrams: 90.4, inPantry: true })],
    });
    expect(read(csv)[1]).toEqual([
      "Produce",
      "Spinach, raw",
      "1",
      "bunch",
      "1 bunch (340 g)",
      "0",
      "90",
      "90",
      "yes",
      "no",
    ]);
  });

  test.each([
    ['=HYPERLINK("http://evil","x")', '\'=HYPERLINK("http://evil","x")'],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["milk, 2 % fat", "milk, 2 % fat"],
    ['say "cheese"', 'say "cheese"'],
    ["two\nlines", "two\nlines"],
    ["carriage\r\nreturn", "carriage\r\nreturn"],
    ["a = b", "a = b"],
    ["", ""],
  ])("extra item %j is read back as %j", (text, expected) => {
    const rows = read(shoppingListCsv({ items: [] }, [{ text, checked: true }]));
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[1]).toBe(expected);
  });

  it("quotes fields with commas, quotes and line breaks (RFC 4180)", () => {
    const csv = shoppingListCsv({ items: [] }, [{ text: 'a, "b"\nc', checked: false }], { bom: false });
    expect(csv.split("\r\n")[1]).toBe(`${EXTRA_ITEMS_AISLE},"a, ""b""\nc",,,,,,,,no`);
  });

  it("escapes item names too", () => {
    const rows = read(shoppingListCsv({ items: [item({ name: "=cmd|' /C calc'!A0" })] }));
    expect(rows[1]?.[1]).toBe("'=cmd|' /C calc'!A0");
  });

  it("round-trips any text: formulas escaped, everything else unchanged", () => {
    const start = fc.constantFrom("", "=", "+", "-", "@", "\t", "\r", "\n", '"', ",", "\uFF20", " ");
    const textArb = fc.tuple(start, fc.string({ maxLength: 20 })).map(([a, b]) => a + b);
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: textArb, checked: fc.boolean() }), { maxLength: 8 }),
        (extras) => {
          const rows = read(shoppingListCsv({ items: [] }, extras));
          expect(rows).toHaveLength(extras.length + 1);
          extras.forEach((extra, k) => {
            const cell = rows[k + 1]?.[1];
            expect(cell).toBe(DANGEROUS_START.test(extra.text) ? `'${extra.text}` : extra.text);
            expect(rows[k + 1]?.[9]).toBe(extra.checked ? "yes" : "no");
          });
        },
      ),
      { seed: 4180, numRuns: 300 },
    );
  });

  it("no cell of a random list starts a formula, and each food is one row", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const list = buildShoppingList({
          days: s.days,
          recipes: new Map(s.recipes.map((r) => [r.id, r])),
          householdSize: s.householdSize,
          pantry: s.pantry,
        });
        const rows = read(shoppingListCsv(list, [{ text: "-1", checked: false }]));
        expect(rows).toHaveLength(list.items.length + 2);
        for (const row of rows) for (const cell of row) expect(cell).not.toMatch(DANGEROUS_START);
        expect(new Set(rows.slice(1, -1).map((r) => r[1])).size).toBe(list.items.length);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it("takes a list straight from buildShoppingList", () => {
    const oats = food(1, "Rolled oats", "bakery_grains", [{ grams: 81, description: "1 cup" }]);
    const list = buildShoppingList({
      days: [{ day: 0, meals: [meal(1, 1)] }],
      recipes: new Map([[1, recipe(1, 1, [[oats, 162]])]]),
      householdSize: 1,
    });
    expect(read(shoppingListCsv(list, []))[1]).toEqual([
      "Bakery and grains",
      "Rolled oats",
      "2",
      "cups",
      "2 cups",
      "162",
      "162",
      "0",
      "no",
      "no",
    ]);
  });
});
