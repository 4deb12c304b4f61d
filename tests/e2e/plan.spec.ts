import { uniquePlanWeek } from "@/tests/factories/plan";
import { VEGAN_B12_PREVIEW_BODY } from "@/tests/factories/profile";
import { createPlan, createProfile, expect, test } from "@/tests/playwright-utils";

test("a new user generates a week, sees coverage, swaps a meal, locks it, regenerates and undoes", async ({
  page,
  newUser,
}) => {
  // Three solves (generate, regenerate, undo's page) with sides take longer than the 30 s default here.
  test.setTimeout(90_000);
  // Not the demo account: every demo sign-in (other tests run in parallel) resets its plans (ADR 016).
  await newUser({ label: "planner" });
  await createProfile(page.request, { diet: "vegan", favouredNutrients: ["vitaminB12Mcg", "magnesiumMg"] });
  await page.goto("/profile");
  // A week of its own (a retry or a parallel run must not find it already planned).
  const week = uniquePlanWeek();
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
      data: VEGAN_B12_PREVIEW_BODY,
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

  test("saving needs a session, and another user's plan is a 404", async ({ browser, page, newUser }) => {
    const other = await browser.newContext();
    expect((await other.request.post("/api/plans", { data: {} })).status()).toBe(401);
    await newUser({ label: "api-owner" });
    await createProfile(page.request);
    // Any day of a week saves the plan under that week's Monday.
    const plan = await createPlan(page.request, "2026-11-25");
    expect(plan.weekStart).toBe("2026-11-23");
    expect((await page.request.get(`/api/plans/${plan.id}`)).status()).toBe(200);

    // With a profile of their own, so the 404 is about whose plan it is (no profile answers 409 first).
    await newUser({ context: other, label: "api-other" });
    await createProfile(other.request);
    expect((await other.request.get(`/api/plans/${plan.id}`)).status()).toBe(404);
    await other.close();
  });
});
