import { expect, test } from "@playwright/test";
import { saveProfile, signUp, uniqueEmail } from "@/tests/e2e/helpers";

const MUSHROOM = /mushroom|shiitake|portabell|maitake/i;

test("a user who dislikes mushrooms gets a week without any mushroom dish", async ({ page }) => {
  await signUp(page, uniqueEmail("mushrooms"));
  const families = page.getByRole("group", { name: /Ingredients you never want/ });
  // The profile says what a family covers: every kind of mushroom, not one USDA row.
  await page.getByText("What each ingredient family covers").click();
  await expect(page.getByTestId("family-foods").locator('[data-family="mushrooms"] dd')).toContainText(
    /portabella/i,
  );
  await families.getByLabel("Mushrooms").check();
  await page.getByLabel("Diet").selectOption("vegetarian");
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(families.getByLabel("Mushrooms")).toBeChecked();

  const week = new Date(Date.UTC(2031, 0, 6 + 7 * Math.floor(Math.random() * 500)))
    .toISOString()
    .slice(0, 10);
  const response = await page.request.post("/api/plans", { data: { weekStart: week } });
  expect(response.status()).toBe(201);
  const plan = (await response.json()) as {
    days: { meals: { recipeId: number; recipeName: string; sides: { name: string }[] }[] }[];
  };
  const meals = plan.days.flatMap((day) => day.meals);
  expect(meals.length).toBe(28);
  for (const side of meals.flatMap((meal) => meal.sides)) expect(side.name).not.toMatch(MUSHROOM);
  for (const recipeId of new Set(meals.map((meal) => meal.recipeId))) {
    const recipe = (await (await page.request.get(`/api/recipes/${recipeId}`)).json()) as {
      name: string;
      ingredients: { name: string }[];
    };
    for (const ingredient of recipe.ingredients) {
      expect(ingredient.name, `${recipe.name} contains ${ingredient.name}`).not.toMatch(MUSHROOM);
    }
  }

  // The week grid shows the same dishes.
  await page.goto(`/plan?week=${week}`);
  await expect(page.getByTestId("day-6")).toBeVisible({ timeout: 30_000 });
  for (const name of await page.getByTestId("meal-name").allTextContents())
    expect(name).not.toMatch(MUSHROOM);
});

test("the food picker works by keyboard as a listbox", async ({ page }) => {
  await signUp(page, uniqueEmail("picker"));
  const search = page.getByRole("combobox", { name: "Search foods to dislike" });
  await search.fill("olives");
  const listbox = page.getByRole("listbox", { name: "Matching foods" });
  await expect(listbox.getByRole("option").first()).toBeVisible();
  await search.press("ArrowDown");
  const first = listbox.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(search).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  const name = (await first.textContent())!.trim();
  await search.press("Enter");
  await expect(page.getByRole("list", { name: "Disliked foods" }).getByText(name)).toBeVisible();
  await expect(search).toHaveValue("");
  await expect(page).toHaveURL(/\/profile$/);
});
