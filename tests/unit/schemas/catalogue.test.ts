import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fieldErrors,
  searchParamsToObject,
  ZFoodListQuerySchema,
  ZIdParamSchema,
} from "@/lib/schemas/catalogue";
import { ZCheckItemsSchema } from "@/lib/schemas/plan";

describe("food list query", () => {
  it("fills defaults for an empty query", () => {
    expect(ZFoodListQuerySchema.parse({})).toEqual({ sort: "name", per: "100g", limit: 24, offset: 0 });
  });

  it.each([
    [{ limit: "-5" }, "limit", "at least 1"],
    [{ limit: "1000" }, "limit", "at most 100"],
    [{ limit: "2.5" }, "limit", "whole number"],
    [{ offset: "abc" }, "offset", "number"],
    [{ sort: "nonsense" }, "sort", "sort must be one of"],
    [{ per: "cup" }, "per", "100g or portion"],
    [{ diet: "carnivore" }, "diet", "diet must be one of"],
    [{ group: "rocks" }, "group", "known food group"],
    [{ q: "x".repeat(101) }, "q", "at most 100"],
  ])("rejects %j naming the field %s", (input, field, message) => {
    const result = ZFoodListQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    const errors = fieldErrors(result.error!);
    expect(errors).toEqual([{ field, message: expect.stringContaining(message) }]);
  });

  it("treats blank form values as not given", () => {
    const params = new URLSearchParams("q=&diet=&sort=calciumMg&limit=");
    expect(ZFoodListQuerySchema.parse(searchParamsToObject(params))).toMatchObject({
      sort: "calciumMg",
      limit: 24,
    });
    expect(searchParamsToObject({ q: ["a", "b"], diet: undefined })).toEqual({ q: "a" });
  });

  it("never throws on arbitrary input: it parses or names a field", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom("q", "diet", "sort", "per", "group", "limit", "offset"), fc.string()),
        (input) => {
          const result = ZFoodListQuerySchema.safeParse(input);
          if (!result.success)
            expect(fieldErrors(result.error).every((error) => error.field.length > 0)).toBe(true);
        },
      ),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("id parameter", () => {
  it.each(["0", "-1", "abc", "1.5", "99999999999"])("rejects %s", (id) => {
    expect(ZIdParamSchema.safeParse({ id }).success).toBe(false);
  });
  it("accepts a positive integer", () => {
    expect(ZIdParamSchema.parse({ id: "42" })).toEqual({ id: 42 });
  });
});

describe("field errors", () => {
  it("name an unknown field of a strict body itself", () => {
    const result = ZCheckItemsSchema.safeParse({
      items: [{ foodId: 1, checked: true, colour: "red" }],
      extra: 1,
    });
    expect(fieldErrors(result.error!)).toEqual([
      { field: "items.0.colour", message: "unknown field" },
      { field: "extra", message: "unknown field" },
    ]);
  });
});
