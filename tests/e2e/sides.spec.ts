import { uniquePlanWeek } from "@/tests/factories/plan";
import { createProfile, expect, test } from "@/tests/playwright-utils";

test("a 3,500 kcal profile gets a full week with sides at sensible portions, and swapping a side works", async ({
  page,
  newUser,
}) => {
  test.setTimeout(90_000);
  await newUser({ label: "sides" });
  await createProfile(page.request, {
    sex: "male",
    heightCm: 185,
    weightKg: 85,
    activityLevel: "very_active",
    energyTargetOverrideKcal: 3500,
  });
  await page.goto(`/plan?week=${uniquePlanWeek()}`);
  await page.getByTestId("generate").click();
  await expect(page.getByTestId("day-6")).toBeVisible({ timeout: 30_000 });

  // Every day has its four meals, some with sides, each portion said in words.
  for (let day = 0; day < 7; day++)
    await expect(page.getByTestId(`day-${day}`).getByTestId("meal-name")).toHaveCount(4);
  await expect(page.getByTestId("side-name").first()).toBeVisible();
  await expect(page.getByTestId("meal-portion").first()).toHaveText(/^(¾|1|1¼|1½) servings?, [\d,]+ kcal$/);

  // Change the first side for another one.
  const side = page
    .locator('[data-testid^="side-"]')
    .filter({ has: page.getByTestId("side-name") })
    .first();
  const before = (await side.getByTestId("side-name").textContent())!.trim();
  await side.getByRole("link", { name: /^Change/ }).click();
  const options = page.getByTestId("side-options");
  const choice = options.getByRole("listitem").filter({ hasNotText: before }).first();
  const chosen = (await choice.getByRole("button").textContent())!.replace(/^Choose\s*/, "").trim();
  await choice.getByRole("button", { name: /Choose/ }).click();
  await expect(page.getByTestId("side-name").filter({ hasText: chosen }).first()).toBeVisible();
});
