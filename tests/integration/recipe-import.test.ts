// Recipe import end to end below HTTP: fixture pages served by a local server, reached only through the
// RECIPE_IMPORT_ALLOWED_HOSTS setting; without it every loopback, private, link-local and metadata address
// is refused, directly or after a redirect (ADR 023). Imports are rate-limited per user; lines match the
// user's own foods first.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { errorResponse } from "@/lib/api/error-response";
import { enforceRateLimit } from "@/lib/api/rate-limit";
import { createOwnFood } from "@/lib/services/own-foods/save-own-food";
import { importRecipePage } from "@/lib/services/recipes/import-recipe-page";
import { parseIngredientLines } from "@/lib/services/recipes/parse-ingredient-lines";
import { recipeImportLimit } from "@/app/api/_lib/import-limits";
import { createUser } from "@/tests/db-utils";
import { plantMilkLabel } from "@/tests/factories/own-catalogue";
import { openTestDatabase } from "@/tests/setup/test-databases";

const FIXTURES = path.resolve(process.cwd(), "tests/fixtures/recipe-pages");

function serveFixtures(): http.Server {
  return http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://fixture");
    const to = url.searchParams.get("to");
    if (url.pathname === "/redirect" && to) {
      response.writeHead(302, { location: to }).end();
    } else if (url.pathname === "/data.json") {
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    } else if (url.pathname === "/huge.html") {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(`<html>${"x".repeat(2 * 1024 * 1024 + 10)}</html>`);
    } else {
      try {
        const html = readFileSync(path.join(FIXTURES, path.basename(url.pathname)), "utf8");
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
      } catch {
        response.writeHead(404).end();
      }
    }
  });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return `${error.status} ${error.message}`;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("recipe import", () => {
  let db: Database;
  let server: http.Server;
  let base: string;
  let allowedHosts: string[];

  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    server = serveFixtures();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    base = `http://127.0.0.1:${port}`;
    // Read the way the app reads it: the setting names the fixture host and nothing else.
    allowedHosts = parseEnv({ RECIPE_IMPORT_ALLOWED_HOSTS: `127.0.0.1:${port}` }).RECIPE_IMPORT_ALLOWED_HOSTS;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await db?.close();
  });

  const importUrl = (url: string, hosts: readonly string[] = allowedHosts) =>
    importRecipePage({ source: { url }, allowedHosts: hosts, viewerId: null }, db);

  it("allows no host unless the setting names it", () => {
    expect(parseEnv({}).RECIPE_IMPORT_ALLOWED_HOSTS).toEqual([]);
  });

  it("imports plain JSON-LD: yield, lines matched to foods with grams, to-taste without grams", async () => {
    const draft = await importUrl(`${base}/json-ld-plain.html`);
    expect(draft.name).toBe("Chickpea spinach stew");
    expect(draft.servings).toBe(4);
    expect(draft.steps).toHaveLength(2);
    const byLine = new Map(draft.ingredients.map((item) => [item.line, item]));
    expect(byLine.get("1 (15-ounce) can chickpeas, drained and rinsed")?.ndbNo).toBe("16058");
    expect(byLine.get("2 cups baby spinach")).toMatchObject({ ndbNo: "11457", grams: 60 });
    expect(byLine.get("3 cloves garlic, minced")).toMatchObject({ ndbNo: "11215", grams: 9 });
    expect(byLine.get("salt and pepper to taste")).toMatchObject({ kind: "to_taste", grams: null });
  });

  it("imports a Recipe inside @graph with an array @type and HowToSection steps", async () => {
    const draft = await importUrl(`${base}/json-ld-graph-sections.html`);
    expect(draft.name).toBe("Salmon quinoa bowl");
    expect(draft.servings).toBe(2);
    expect(draft.steps).toEqual(["Cook the quinoa.", "Roast the salmon.", "Whisk tahini and lemon."]);
    const heading = draft.ingredients.find((item) => item.line === "For the dressing:");
    expect(heading).toMatchObject({ kind: "heading", foodId: null, grams: null });
    expect(draft.ingredients.find((item) => item.line === "juice of 1 lemon")).toMatchObject({
      ndbNo: "09152",
      grams: 48,
    });
  });

  it("falls back to microdata, keeping the author's name out of the recipe's", async () => {
    const draft = await importUrl(`${base}/microdata.html`);
    expect(draft.name).toBe("Overnight oats");
    expect(draft.servings).toBe(1);
    expect(draft.ingredients.map((item) => item.ndbNo)).toEqual([
      "08120",
      expect.any(String),
      "12006",
      "09040",
    ]);
    expect(draft.steps).toEqual(["Stir everything together.", "Chill overnight."]);
  });

  it("decodes HTML entities, strips tags from steps and leaves a missing yield empty", async () => {
    const draft = await importUrl(`${base}/entities.html`);
    expect(draft.name).toBe("Mac & Cheese – Grandma's");
    expect(draft.servings).toBeNull();
    expect(draft.steps).toEqual(["Cook the pasta & drain.", "Stir in milk, butter & cheese."]);
    expect(draft.ingredients[1]).toMatchObject({ line: "1 ½ cups shredded cheddar cheese", ndbNo: "01009" });
  });

  it("says so when the page has no recipe", async () => {
    expect(await refusal(importUrl(`${base}/no-recipe.html`))).toBe("422 No recipe found on this page.");
  });

  it("imports pasted HTML without fetching anything", async () => {
    const html = readFileSync(path.join(FIXTURES, "json-ld-plain.html"), "utf8");
    const draft = await importRecipePage({ source: { html }, allowedHosts: [], viewerId: null }, db);
    expect(draft.ingredients).toHaveLength(6);
  });

  it("refuses pages that are not HTML or are larger than 2 MB", async () => {
    expect(await refusal(importUrl(`${base}/data.json`))).toMatch(/^422 .*not an HTML page/);
    expect(await refusal(importUrl(`${base}/huge.html`))).toMatch(/^422 .*larger than 2 MB/);
  });

  // Each refusal names its reason: a local address on a web port is refused for the address itself (the
  // literal, or after DNS by request-filtering-agent), not only because its port is unusual.
  const LOCAL = /^422 This address cannot be imported: it points to a private or local network/;
  describe("without the setting", () => {
    it.each([
      ["loopback", () => "http://127.0.0.1/json-ld-plain.html"],
      ["cloud metadata", () => "http://169.254.169.254/latest/meta-data/"],
      ["a private 10.x address", () => "http://10.0.0.1/"],
      ["IPv6 loopback", () => "http://[::1]/json-ld-plain.html"],
      ["IPv4-mapped IPv6 loopback", () => "http://[::ffff:127.0.0.1]/"],
      ["a name that resolves to loopback", () => `http://localhost/json-ld-plain.html`],
    ])("refuses %s", async (_label, url) => {
      expect(await refusal(importUrl(url(), []))).toMatch(LOCAL);
    });

    it("refuses the fixture server itself, on its unusual port", async () => {
      expect(await refusal(importUrl(`${base}/json-ld-plain.html`, []))).toMatch(
        /only the standard web ports/,
      );
    });

    it("refuses file: and other schemes, and credentials in the address", async () => {
      expect(await refusal(importUrl("file:///etc/passwd", []))).toMatch(/only http and https/);
      expect(await refusal(importUrl("http://user:secret@example.com/", []))).toMatch(/user name/);
    });
  });

  describe("on every redirect, even from an allowed host", () => {
    it.each([
      ["127.0.0.1 under another port", () => "http://127.0.0.1:9/", /only the standard web ports/],
      ["127.0.0.1 on the web port", () => "http://127.0.0.1/json-ld-plain.html", LOCAL],
      ["a name that resolves to loopback", () => "http://localhost/json-ld-plain.html", LOCAL],
      ["cloud metadata", () => "http://169.254.169.254/latest/meta-data/", LOCAL],
      ["a private 10.x address", () => "http://10.1.2.3/", LOCAL],
      ["IPv6 loopback", () => "http://[::1]/json-ld-plain.html", LOCAL],
    ])("refuses a redirect to %s", async (_label, target, reason) => {
      const url = `${base}/redirect?to=${encodeURIComponent(target())}`;
      expect(await refusal(importUrl(url))).toMatch(reason);
    });

    it("follows a redirect that stays on the allowed host", async () => {
      const draft = await importUrl(`${base}/redirect?to=${encodeURIComponent("/microdata.html")}`);
      expect(draft.name).toBe("Overnight oats");
    });
  });

  it("limits imports per user: after RECIPE_IMPORT_RATE_LIMIT_MAX a 429 with a clear message and Retry-After", async () => {
    expect(parseEnv({}).RECIPE_IMPORT_RATE_LIMIT_MAX).toBe(10);
    const limit = recipeImportLimit(
      parseEnv({ RECIPE_IMPORT_RATE_LIMIT_MAX: "3" }).RECIPE_IMPORT_RATE_LIMIT_MAX,
    );
    const importer = `user:importer-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await enforceRateLimit(db, limit, importer);
    const refused: unknown = await enforceRateLimit(db, limit, importer).then(
      () => null,
      (error: unknown) => error,
    );
    if (!isAppError(refused)) throw new Error("expected the fourth import to be refused");
    const response = errorResponse(refused);
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ error: "Too many imports: wait a minute and try again." });
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Per user: someone else still imports.
    await expect(enforceRateLimit(db, limit, `user:other-${randomUUID()}`)).resolves.toBeUndefined();
  });

  it("matches a line to the user's own food before the catalogue's, and never to someone else's", async () => {
    const { id: userId } = await createUser(db, "parser");
    const own = (
      await createOwnFood({ userId, label: plantMilkLabel({ name: "Oat drink, fortified (Oatly)" }) }, db)
    ).food;
    const lines = ["1 cup oat drink", "2 large eggs"];
    const [drink, eggs] = await parseIngredientLines({ lines, viewerId: userId }, db);
    expect(drink).toMatchObject({ foodId: own.id, name: own.name });
    expect(drink!.grams).toBeGreaterThan(200);
    expect(drink!.grams).toBeLessThan(260);
    expect(eggs).toMatchObject({ ndbNo: "01123", grams: 100 });
    const { id: stranger } = await createUser(db, "stranger");
    for (const viewerId of [stranger, null]) {
      const [theirs] = await parseIngredientLines({ lines, viewerId }, db);
      expect(theirs!.foodId).not.toBe(own.id);
    }
  });
});
