// Import a recipe page by pasting its HTML, fix one line (grams and food), save; another user cannot see it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@/tests/playwright-utils";
import { RECIPE_FIXTURE_HOST, serveRecipePages } from "@/tests/e2e/recipe-fixture-host";

const PAGE_HTML = readFileSync(path.resolve("tests/fixtures/recipe-pages/json-ld-plain.html"), "utf8");

test("import a pasted recipe page, fix a line, save; another user gets 404", async ({
  page,
  user,
  browser,
  newUser,
}) => {
  void user;
  await page.goto("/recipes/import");
  await page.getByLabel("Recipe page address, or the page’s HTML").fill(PAGE_HTML);
  await page.getByRole("button", { name: "Import" }).click();

  const lines = page.getByTestId("import-line");
  await expect(lines).toHaveCount(6);
  const spinach = lines.filter({ hasText: "2 cups baby spinach" });
  await expect(spinach.getByTestId("import-food")).toContainText("Spinach, raw");
  await spinach.getByLabel("Grams").fill("80");

  const onion = lines.filter({ hasText: "1 medium onion, diced" });
  await onion.getByRole("button", { name: "Change food" }).click();
  await onion.getByPlaceholder("Search a food").fill("shallots");
  await onion.getByPlaceholder("Search a food").press("Enter");
  await onion.getByRole("button", { name: "Shallots" }).click();
  await expect(onion.getByTestId("import-food")).toContainText("Shallots");

  const saved = page.waitForResponse(
    (r) => r.url().endsWith("/api/recipes") && r.request().method() === "POST",
  );
  await page.getByRole("button", { name: "Save recipe" }).click();
  const response = await saved;
  expect(response.status()).toBe(201);
  const sent = response.request().postDataJSON() as { ingredients: { foodId: number; grams: number }[] };
  expect(sent.ingredients.map((i) => i.grams)).toContain(80);
  const { id } = (await response.json()) as { id: number };
  await expect(page.getByText("Saved.")).toBeVisible();

  const other = await browser.newContext();
  await newUser({ context: other, label: "other" });
  expect((await other.request.get(`/api/recipes/${id}`)).status()).toBe(404);
  await other.close();
});

test("import a recipe by its address, through the allowed fixture host; a local address is refused", async ({
  page,
  user,
}) => {
  void user;
  const server = await serveRecipePages();
  try {
    await page.goto("/recipes/import");
    const address = page.getByLabel("Recipe page address, or the page’s HTML");
    await address.fill(`http://${RECIPE_FIXTURE_HOST}/json-ld-graph-sections.html`);
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Salmon quinoa bowl");
    await expect(page.getByTestId("import-line").filter({ hasText: "For the dressing:" })).toBeVisible();
    // Any other local address stays refused, with the reason.
    await address.fill("http://127.0.0.1/json-ld-plain.html");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(
      page.getByText(/This address cannot be imported: it points to a private or local network/),
    ).toBeVisible();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
