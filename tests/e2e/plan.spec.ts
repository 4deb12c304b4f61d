import { expect, test } from "@playwright/test";
import { saveProfile, signUp, uniqueEmail } from "@/tests/e2e/helpers";

test("a new user generates a week, sees coverage, swaps a meal, locks it, regenerates and undoes", async ({
  page,
}) => {
  // Not the demo account: every demo sign-in (other tests run in parallel) resets its plans (ADR 016).
  await signUp(page, uniqueEmail("planner"));
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  // A week of its own (a retry or a parallel run must not find it already planned).
  const week = new Date(Date.UTC(2030, 0, 7 + 7 * Math.floor(Math.random() * 500)))
    .toISOString()
    .slice(0, 10);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Week of/ })).toBeVisible();
  await page.goto(`/plan?week=${week}`);
  await expect(page.getByText("No plan for this week yet.")).toBeVisible();
  const generate = page.getByTestId("generate");
  await generate.click();
  await expect(page.getByTestId("day-6")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("weekly-coverage").locator('[data-nutrient="vitaminB12Mcg"]')).toContainText(
    "%",
  );
  await expect(page.getByTestId("solver")).toContainText("Planned in");

  // Swap Wednesday's lunch for the best alternative.
  const lunch = page.getByTestId("meal-2-lunch");
  const before = (await lunch.getByTestId("meal-name").textContent())!.trim();
  await lunch.getByRole("link", { name: /^Swap lunch/ }).click();
  const alternatives = page.getByTestId("alternatives");
  await expect(alternatives.getByRole("listitem")).toHaveCount(5);
  const chosen = (await alternatives.getByRole("listitem").first().getByRole("link").textContent())!.trim();
  await alternatives.getByRole("listitem").first().getByRole("button", { name: "Choose" }).click();
  await expect(lunch.getByTestId("meal-name")).toHaveText(chosen);
  expect(chosen).not.toBe(before);

  // Lock it, regenerate: it stays.
  await page.getByTestId("lock-2-lunch").click();
  await expect(page.getByTestId("lock-2-lunch")).toHaveText("🔒 Locked");
  await page.getByTestId("regenerate").click();
  await expect(page.getByTestId("undo")).toHaveText(/Undo regenerate/, { timeout: 30_000 });
  await expect(lunch.getByTestId("meal-name")).toHaveText(chosen);

  // Undo the regeneration, then the lock.
  await page.getByTestId("undo").click();
  await expect(page.getByTestId("undo")).toHaveText(/Undo lock lunch/);
  await page.getByTestId("undo").click();
  await expect(page.getByTestId("lock-2-lunch")).toHaveText("Lock");
  await expect(lunch.getByTestId("meal-name")).toHaveText(chosen);
});

test.describe("plans API", () => {
  test("previews a vegan B12 week without an account, with coverage, warnings and solver figures", async ({
    request,
  }) => {
    const response = await request.post("/api/plans/preview", {
      data: {
        sex: "female",
        birthYear: 1990,
        heightCm: 165,
        weightKg: 60,
        activityLevel: "light",
        diet: "vegan",
        allergens: [],
        dislikedFoodIds: [],
        favouredNutrients: ["vitaminB12Mcg"],
        householdSize: 1,
        riskFactors: [],
        sunExposure: "some",
      },
    });
    expect(response.status()).toBe(200);
    const plan = await response.json();
    expect(plan.days).toHaveLength(7);
    expect(plan.days[0].meals[0]).toMatchObject({ slot: "breakfast", servings: expect.any(Number) });
    expect(plan.days[0].meals[0]).toHaveProperty("vitaminB12Mcg");
    expect(plan.coverage.vitaminB12Mcg).toMatchObject({
      total: expect.any(Number),
      target: 16.8,
      percent: expect.any(Number),
    });
    expect(plan.coverage.energyKcal.target).toBeGreaterThan(0);
    expect(plan.warnings.map((w: { code: string }) => w.code)).toContain("vegan-b12");
    expect(plan.solver).toMatchObject({
      status: expect.any(String),
      gapPercent: expect.any(Number),
      ms: expect.any(Number),
    });
  });

  test("rejects a bad preview body with a 400 naming the field", async ({ request }) => {
    const response = await request.post("/api/plans/preview", {
      data: { diet: "carnivore", heightCm: 2000 },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(["diet", "heightCm"]),
    );
    const notJson = await request.post("/api/plans/preview", {
      headers: { "content-type": "application/json" },
      data: "{oops",
    });
    expect(notJson.status()).toBe(400);
  });

  test("saving needs a session, and another user's plan is a 404", async ({ browser, request }) => {
    expect((await request.post("/api/plans", { data: {} })).status()).toBe(401);
    const owner = await browser.newContext();
    const ownerPage = await owner.newPage();
    await signUp(ownerPage, uniqueEmail("api-owner"));
    await saveProfile(ownerPage);
    await expect(ownerPage.getByRole("main").getByText("Profile saved.")).toBeVisible();
    const created = await owner.request.post("/api/plans", { data: { weekStart: "2026-11-25" } });
    expect(created.status()).toBe(201);
    const plan = await created.json();
    expect(plan.weekStart).toBe("2026-11-23");
    expect((await owner.request.get(`/api/plans/${plan.id}`)).status()).toBe(200);

    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await signUp(otherPage, uniqueEmail("api-other"));
    expect((await other.request.get(`/api/plans/${plan.id}`)).status()).toBe(404);
    await Promise.all([owner.close(), other.close()]);
  });
});
