import { describe, expect, test } from "vitest";
import { bodyLimitApplies, originsOf, refusalFor } from "@/lib/security/request-guard";
import { streamExceeds } from "@/lib/security/request-limits";

const SITE = "http://127.0.0.1:3000";
const allowedOrigins = originsOf([SITE, "http://localhost:3000/"]);
const JSON_TYPE = { "content-type": "application/json", "content-length": "2" };

function status(method: string, pathname: string, headers: Record<string, string>) {
  return refusalFor({ method, pathname, headers: new Headers(headers), allowedOrigins })?.status ?? "passes";
}

describe("refusalFor", () => {
  test.each([
    // What a page of another site can make a signed-in browser send.
    ["POST", "/api/plans", { "content-type": "text/plain", "content-length": "2", origin: SITE }, 415],
    ["POST", "/api/plans", { "content-type": "application/x-www-form-urlencoded", origin: SITE }, 415],
    ["POST", "/api/plans", { "content-type": "multipart/form-data; boundary=x", origin: SITE }, 415],
    ["POST", "/api/plans", { "content-length": "12" }, 415],
    ["POST", "/api/plans", { ...JSON_TYPE, origin: "http://127.0.0.1:3001" }, 403],
    ["POST", "/api/plans", { ...JSON_TYPE, origin: "https://evil.example" }, 403],
    ["DELETE", "/api/plans/1", { origin: "null" }, 403],
    ["PATCH", "/api/plans/1/shopping-list", { ...JSON_TYPE, "sec-fetch-site": "cross-site" }, 403],
    ["POST", "/api/auth/sign-in/email", { ...JSON_TYPE, origin: "https://evil.example" }, 403],
    ["POST", "/plan", { "next-action": "abc", origin: "https://evil.example" }, 403],
    ["POST", "/plan", { "next-action": "abc", origin: "null" }, 403],
    ["POST", "/plan", { "next-action": "abc", origin: SITE, "content-length": "70000" }, 413],
    ["POST", "/api/auth/sign-up/email", { ...JSON_TYPE, "content-length": "5000000" }, 413],
    ["GET", "/api/foods", { "content-length": "70000" }, 413],
    // What the app itself sends.
    ["POST", "/api/plans", { ...JSON_TYPE, origin: SITE, "sec-fetch-site": "same-origin" }, "passes"],
    ["POST", "/api/plans", { "content-type": "application/json; charset=utf-8", origin: SITE }, "passes"],
    ["POST", "/api/auth/sign-in/email", { ...JSON_TYPE, origin: "http://localhost:3000" }, "passes"],
    ["POST", "/api/auth/sign-out", { origin: SITE }, "passes"],
    ["POST", "/plan", { "next-action": "abc", origin: SITE, "content-type": "text/plain" }, "passes"],
    ["POST", "/plan", { "next-action": "abc", "content-type": "multipart/form-data; boundary=x" }, "passes"],
    ["GET", "/api/plans/1", { origin: "https://evil.example" }, "passes"],
    ["POST", "/api/plans", JSON_TYPE, "passes"], // no Origin: not a browser, so no victim's cookies
    ["POST", "/sign-in", { "content-type": "text/plain", origin: "https://evil.example" }, "passes"],
  ])("%s %s %j → %s", (method, pathname, headers, expected) => {
    expect(status(method, pathname, headers)).toBe(expected);
  });

  test("bodies are counted on API writes and server actions only", () => {
    const facts = (method: string, pathname: string, headers: Record<string, string> = {}) => ({
      method,
      pathname,
      headers: new Headers(headers),
    });
    expect(bodyLimitApplies(facts("POST", "/api/auth/update-user"))).toBe(true);
    expect(bodyLimitApplies(facts("POST", "/profile", { "next-action": "x" }))).toBe(true);
    expect(bodyLimitApplies(facts("GET", "/api/foods"))).toBe(false);
    expect(bodyLimitApplies(facts("POST", "/profile"))).toBe(false);
  });
});

describe("streamExceeds", () => {
  const chunked = (sizes: number[]) => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const size = sizes[pulled++];
        if (size === undefined) controller.close();
        else controller.enqueue(new Uint8Array(size));
      },
    });
    return { stream, pulled: () => pulled };
  };

  test("a chunked body over the cap is caught, reading no further than one chunk past it", async () => {
    const body = chunked(Array<number>(100).fill(16 * 1024)); // 1.6 MB in 16 KB chunks
    expect(await streamExceeds(body.stream, 64 * 1024)).toBe(true);
    expect(body.pulled()).toBeLessThanOrEqual(7);
  });

  test.each([
    [[64 * 1024], false],
    [[32 * 1024, 32 * 1024], false],
    [[32 * 1024, 32 * 1024, 1], true],
    [[], false],
  ])("chunks %j over 64 KB: %s", async (sizes, expected) => {
    expect(await streamExceeds(chunked(sizes).stream, 64 * 1024)).toBe(expected);
  });
});
