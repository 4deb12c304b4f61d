import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSr28Csv, parseSr28Number, Sr28FormatError } from "@/lib/usda/sr28-csv";

const fixture = (name: string) => readFileSync(path.resolve(process.cwd(), "tests/fixtures", name));

describe("parseSr28Csv", () => {
  it("reads the sample: leading zeros kept, blanks null, portions in file order", () => {
    const { rows, errors } = parseSr28Csv(fixture("usda-sr28-sample.csv"));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(35);
    const butter = rows.find((row) => row.ndbNo === "01001")!;
    expect(butter).toMatchObject({ line: 2, description: "BUTTER,WITH SALT" });
    expect(butter.per100g).toMatchObject({
      energyKcal: 717,
      magnesiumMg: 2,
      calciumMg: 24,
      vitaminB12Mcg: 0.17,
    });
    expect(butter.portions).toEqual([
      { grams: 5, description: '1 pat, (1" sq, 1/3" high)' },
      { grams: 14.2, description: "1 tbsp" },
    ]);
    const salmon = rows.find((row) => row.ndbNo === "35190")!;
    expect(salmon.per100g.vitaminDMcg).toBeNull();
  });

  it("reports broken rows with their exact line numbers and keeps the rest", () => {
    const { rows, errors } = parseSr28Csv(fixture("usda-sr28-broken.csv"));
    expect(errors).toEqual([
      { line: 3, ndbNo: "20444", reason: "wrong column count: expected 53, found 51" },
      { line: 5, ndbNo: "93600", reason: 'Calcium_(mg) is not a number: "abc"' },
      { line: 7, reason: 'NDB_No is not a 4-5 digit number: "ABC12"' },
    ]);
    expect(rows.map((row) => row.line)).toEqual([2, 4, 6, 8, 9, 10]);
  });

  it("refuses a file that is not the ABBREV table", () => {
    expect(() => parseSr28Csv("NDB_No,Name\n01001,Butter\n")).toThrow(Sr28FormatError);
    expect(() => parseSr28Csv("NDB_No,Name\n01001,Butter\n")).toThrow(
      /line 1: .*missing column\(s\) Shrt_Desc/,
    );
    expect(() => parseSr28Csv("")).toThrow(/empty/);
  });

  it.each([
    ["", null],
    ["  ", null],
    ["0", 0],
    ["0.06", 0.06],
    [".5", 0.5],
    ["1e3", 1000],
    ["abc", undefined],
    ["1,5", undefined],
    ["12abc", undefined],
  ])("parseSr28Number(%j) = %j", (text, value) => {
    expect(parseSr28Number(text)).toBe(value);
  });
});
