import { describe, expect, test } from "vitest";
import { safeNextPath } from "@/lib/safe-redirect";

// What a sign-in link's ?next= can carry once the query string is decoded (Next.js decodes it once).
describe("safeNextPath", () => {
  test.each([
    ["/plan", "/plan"],
    ["/plan?week=2026-11-23", "/plan?week=2026-11-23"],
    ["/welcome?diet=vegan&favour=magnesiumMg", "/welcome?diet=vegan&favour=magnesiumMg"],
    ["/shopping#list", "/shopping#list"],
    ["/a/../profile", "/profile"],
    ["/%09/evil.example", "/%09/evil.example"], // still encoded: a path on this site
  ])("keeps the same-site path %j as %j", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  test.each([
    ["/\t/evil.example", "tab (from /%09/evil.example), which browsers drop"],
    ["/\n/evil.example", "newline (from /%0A/evil.example)"],
    ["/\r/evil.example", "carriage return"],
    ["/\u0000/evil.example", "NUL"],
    ["/\u007f/evil.example", "DEL"],
    ["//evil.example", "protocol-relative URL"],
    ["//evil.example/plan", "protocol-relative URL with a path"],
    ["/\\evil.example", "backslash, which browsers read as a slash"],
    ["\\/evil.example", "leading backslash"],
    ["/\\/evil.example", "slash, backslash, slash"],
    ["https://evil.example/plan", "absolute URL"],
    ["javascript:alert(1)", "script URL"],
    ["evil.example", "relative path without a slash"],
    ["", "empty"],
    ["/.//evil.example", "dot segment that leaves two slashes"],
  ])("refuses %j (%s)", (next) => {
    expect(safeNextPath(next)).toBe("/profile");
  });

  test.each([undefined, null, 42, ["/plan"]])("falls back for a non-string %j", (next) => {
    expect(safeNextPath(next, "/plan")).toBe("/plan");
  });
});
