// A person's own food and recipe: a food from a label, a recipe written with it, its nutrients, a planned
// week that uses it, and another person who finds neither.
import { createPlan, createProfile, expect, test } from "@/tests/playwright-utils";
import { uniquePlanWeek } from "@/tests/factories/plan";

type PlanJson = { days: { meals: { recipeId: number }[] }[] };

test("add a food from its label, write a recipe with it, and get a week that uses it; nobody else sees them", async ({
  page,
  browser,
  newUser,
}) => {
  test.setTimeout(120_000);
  await newUser({ label: "cook" });
  await createProfile(page.request, { diet: "vegan", favouredNutrients: ["vitaminDMcg", "calciumMg"] });
  const name = `Label drink ${Math.random().toString(36).slice(2, 8)}`;

  // The label form names a missing serving size beside its field.
  await page.goto("/foods/new");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Save food" }).click();
  await expect(page.locator("#servingSize-error")).toBeVisible();
  await page.getByLabel("Serving size").fill("240");
  await page.getByLabel("Serving unit").selectOption("ml");
  await page.getByLabel("Energy", { exact: true }).fill("120");
  await page.getByLabel("Calcium", { exact: true }).fill("35");
  await page.getByLabel("Calcium unit").selectOption("%DV");
  await page.getByLabel("Vitamin D", { exact: true }).fill("200");
  await page.getByLabel("Vitamin D unit").selectOption("IU");
  await page.getByLabel("Vitamin B12", { exact: true }).fill("1.2");
  await page.getByLabel(/Fortified/).check();
  await page.getByRole("button", { name: "Save food" }).click();
  await expect(page).toHaveURL(/\/foods\/\d+/);
  const foodUrl = new URL(page.url()).pathname;
  await expect(page.getByTestId("yours")).toBeVisible();

  // Its edit page shows the label back per serving in mg (35 % DV of 1,300 mg) and saves it.
  await page.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByLabel("Calcium", { exact: true })).toHaveValue("455");
  await page.getByRole("button", { name: "Save food" }).click();
  await expect(page).toHaveURL(new RegExp(`${foodUrl}$`));

  // The editor: keyboard search, two servings of the label, live nutrients (35 % DV × 2 = 910 mg calcium).
  await page.goto("/recipes/new");
  await page.getByLabel("Name").fill(`${name} porridge`);
  await page.getByLabel("breakfast").check();
  await page.getByLabel("Servings").fill("1");
  await page.getByRole("combobox", { name: "Add an ingredient" }).fill(name);
  await expect(page.getByRole("option", { name: new RegExp(name) })).toBeVisible();
  await page.getByRole("combobox", { name: "Add an ingredient" }).press("Enter");
  await page.getByLabel(`${name}: amount`).fill("2");
  await expect(page.getByTestId("live-calciumMg")).toContainText("910 mg");
  await expect(page.getByTestId("live-vitaminDMcg")).toContainText("10 µg");
  // A line typed as text: the parser finds the food and its grams; eggs also come "as bought".
  await page.getByLabel("Type ingredients, one per line").fill("2 large eggs");
  await page.getByRole("button", { name: "Add these lines" }).click();
  await expect(page.getByTestId("lines-status")).toContainText("Added 1 of 1 line");
  await expect(page.getByLabel(/^Egg.*: amount$/)).toHaveValue("100");
  await expect(
    page.getByLabel(/^Egg.*: unit$/).locator("option", { hasText: "1 egg as bought" }),
  ).toHaveCount(1);
  await page.getByRole("button", { name: /^Remove Egg/ }).click();
  await page.getByRole("button", { name: "Save recipe" }).click();
  await expect(page).toHaveURL(/\/recipes\/\d+$/);
  const recipeUrl = new URL(page.url()).pathname;
  const recipeId = Number(recipeUrl.split("/").pop());
  await expect(page.getByTestId("yours")).toBeVisible();

  // A breakfast rich in the favoured vitamin D and calcium: the planner picks it for this person.
  const week = uniquePlanWeek();
  const plan = (await createPlan(page.request, week)) as unknown as PlanJson;
  expect(plan.days.flatMap((day) => day.meals).some((meal) => meal.recipeId === recipeId)).toBe(true);
  await page.goto(`/plan?week=${week}`);
  await expect(
    page
      .getByTestId("meal-name")
      .filter({ hasText: `${name} porridge` })
      .first(),
  ).toBeVisible();

  // Someone else: 404 for the food and the recipe, on the pages and in the API.
  const other = await browser.newContext();
  await newUser({ context: other, label: "other" });
  for (const url of [foodUrl, recipeUrl]) {
    expect((await other.request.get(`/api${url}`)).status()).toBe(404);
    // Pages stream (app/loading.tsx): the status is sent before the id is looked up; the page says 404.
    const otherPage = await other.newPage();
    await otherPage.goto(url);
    await expect(
      otherPage.getByRole("heading", { level: 1, name: "We could not find that page" }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(otherPage.getByText(name)).toHaveCount(0);
  }
  await other.close();
});
