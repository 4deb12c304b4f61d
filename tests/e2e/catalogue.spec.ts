import { expect, test } from "@playwright/test";

test("search foods by keyboard and see raw spinach's magnesium", async ({ page }) => {
  await page.goto("/foods");
  const search = page.getByRole("searchbox", { name: "Search foods" });
  await search.focus();
  await page.keyboard.type("spinach");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=spinach/);
  const card = page
    .getByTestId("food-card")
    .filter({ has: page.getByRole("link", { name: "Spinach, raw" }) });
  await expect(card).toBeVisible();
  await expect(card.getByText("79 mg")).toBeVisible();

  await card.getByRole("link", { name: "Spinach, raw" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Spinach, raw" })).toBeVisible();
  await expect(page.getByText("NDB No. 11457")).toBeVisible();
  const magnesiumRow = page.locator('tr[data-nutrient="magnesiumMg"]');
  await expect(magnesiumRow.getByRole("cell").first()).toContainText("79 mg");
});

test("an empty search says nothing matches and offers a way back", async ({ page }) => {
  await page.goto("/foods?q=zzzzqqq");
  await expect(page.getByText("No foods match “zzzzqqq”")).toBeVisible();
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page.getByTestId("food-card").first()).toBeVisible();
});

test("sorting by vitamin B12 puts rich sources first", async ({ page }) => {
  await page.goto("/foods");
  await page.getByLabel("Sort by").selectOption("vitaminB12Mcg");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=vitaminB12Mcg/);
  const firstCard = page.getByTestId("food-card").first();
  await expect(firstCard.getByText("High in vitamin B12")).toBeVisible();
});

test("open a recipe and see its nutrients per serving", async ({ page }) => {
  await page.goto("/recipes?diet=vegan");
  const first = page.getByTestId("recipe-card").first();
  const name = (await first.getByRole("heading").textContent())!.trim();
  await first.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Nutrients per serving")).toBeVisible();
  await expect(page.locator('tr[data-nutrient="magnesiumMg"]')).toContainText("mg");
  await expect(page.getByText("Vegan", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ingredients" })).toBeVisible();
});

test.describe("JSON API", () => {
  test("finds spinach with SR28 figures", async ({ request }) => {
    const response = await request.get("/api/foods?q=spinach");
    expect(response.status()).toBe(200);
    const body = await response.json();
    const spinach = body.items.find((item: { ndbNo: string }) => item.ndbNo === "11457");
    expect(spinach.per100g.magnesiumMg).toBe(79);
    expect(spinach.per100g).toHaveProperty("vitaminB12Mcg");
  });

  test("returns recipes with per-serving nutrients", async ({ request }) => {
    const list = await (await request.get("/api/recipes?diet=vegan&limit=5")).json();
    expect(list.items).toHaveLength(5);
    const recipe = await (await request.get(`/api/recipes/${list.items[0].id}`)).json();
    expect(recipe.diets).toContain("vegan");
    expect(typeof recipe.perServing.magnesiumMg).toBe("number");
  });

  for (const [query, field] of [
    ["limit=-5", "limit"],
    ["sort=nonsense", "sort"],
    ["diet=carnivore", "diet"],
    ["offset=abc", "offset"],
  ] as const) {
    test(`rejects ${query} with a 400 naming ${field}`, async ({ request }) => {
      const response = await request.get(`/api/foods?${query}`);
      expect(response.status()).toBe(400);
      const body = await response.json();
      expect(body.errors.map((error: { field: string }) => error.field)).toContain(field);
      expect(body.error).toContain(field);
    });
  }

  test("answers 400 for a malformed id and 404 for an unknown one", async ({ request }) => {
    expect((await request.get("/api/foods/abc")).status()).toBe(400);
    expect((await request.get("/api/foods/99999999")).status()).toBe(404);
    expect((await request.get("/api/recipes/0")).status()).toBe(400);
  });
});
