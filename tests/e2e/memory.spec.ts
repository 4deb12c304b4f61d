// The memory (ADR 021) as a person uses it: rate a dish "never" and regenerate, mark a day eaten, add a
// supplement and see the warning change, the history; and the diary check-in on a phone.
import type { Page } from "@playwright/test";
import { weekStartOf } from "@/lib/planner/week";
import { expectNoViolations } from "@/tests/e2e/axe";
import { createPlan, createProfile, expect, test } from "@/tests/playwright-utils";

// Several solves and a dozen saves each: more than the 30 s default on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** A new vegetarian user with this week planned, on /plan; answers Monday's dinner. */
async function vegetarianWeek(
  page: Page,
  newUser: (options: { label: string }) => Promise<unknown>,
  label: string,
) {
  await newUser({ label });
  await createProfile(page.request, { diet: "vegetarian" });
  await createPlan(page.request);
  await page.goto("/plan");
  return page.getByTestId("meal-0-dinner");
}

test("rate a dish never, regenerate, eat a day, add a supplement, see the history", async ({
  page,
  newUser,
}) => {
  const dinner = await vegetarianWeek(page, newUser, "memory");
  // "Never" from the plan: after regenerating, the dish is nowhere in the week.
  const banned = (await dinner.getByTestId("meal-name").textContent())!.trim();
  await dinner.getByTestId("rate-0-dinner").click();
  await dinner.getByTestId("rating-never").click();
  await expect(dinner.getByTestId("rate-0-dinner")).toContainText("Rated: Never");
  await page.getByTestId("regenerate").click();
  await expect(page.getByTestId("undo")).toHaveText(/Undo regenerate/, { timeout: 30_000 });
  const names = await page.getByTestId("meal-name").allTextContents();
  expect(names).toHaveLength(28);
  expect(names.map((name) => name.trim())).not.toContain(banned);

  // Ate Tuesday as planned: planned and eaten side by side.
  await expect(page.getByTestId("day-planned-eaten-1")).toContainText("not logged yet");
  await page.getByTestId("day-eaten-1").click();
  // Four PUTs, then the page's data: a busy machine takes a few seconds.
  await expect(page.getByTestId("day-planned-eaten-1")).toContainText(/eaten \d+ %/, { timeout: 30_000 });
  await expect(page.getByTestId("log-eaten-1-lunch")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText("4 of 28 meals logged, 0 skipped.")).toBeVisible();
  // Day by day, every figure planned and eaten: Tuesday has both, Monday only the plan.
  await page.getByText("By day: planned, and eaten below it").click();
  const byDay = page.getByTestId("planned-vs-eaten-by-day").getByRole("row");
  await expect(byDay.nth(2)).toContainText(/^Tue.*\d+ %\d+ %/);
  await expect(byDay.nth(1)).toContainText(/^Mon.*\d+ %—/);
  // Wednesday's lunch was replaced by a food and amount, picked with the keyboard.
  const replace = page.getByTestId("replace-2-lunch");
  await replace.locator("summary").focus();
  await page.keyboard.press("Enter");
  const search = replace.getByRole("combobox", { name: "Or a food you ate instead" });
  await search.fill("oats");
  await expect(replace.getByRole("option").first()).toBeVisible();
  await search.press("Enter");
  await replace.getByLabel("Amount (g)").fill("80");
  await replace.getByRole("button", { name: "Save what I ate" }).click();
  await expect(page.getByText("5 of 28 meals logged, 0 skipped.")).toBeVisible({ timeout: 30_000 });
  await expect(replace.locator("summary")).toHaveText("Replaced ✓");
  await expect(page.getByTestId("replaced-by-2-lunch")).toHaveText(/^Had instead: 80 g .*oats/i);
  await expectNoViolations(page, "the plan with its memory");

  // A 400 mg magnesium supplement: the plan warns it is above the supplement UL.
  const warning = page.getByText(/above the 350 mg upper limit/);
  await expect(warning).toHaveCount(0);
  await page.goto("/supplements");
  await page.getByLabel("Nutrient", { exact: true }).selectOption("magnesiumMg");
  await page.getByLabel(/Amount per dose/).fill("400");
  // Taken since the week's Monday: a supplement counts only for the days of the week it is taken.
  await page.getByLabel("Started on").fill(weekStartOf(undefined));
  await page.getByRole("button", { name: "Add supplement" }).click();
  await expect(page.getByTestId("supplement")).toContainText("Magnesium 400 mg");
  await expectNoViolations(page, "supplements");
  await page.goto("/plan");
  await expect(warning).toBeVisible();
  await expect(
    page.getByTestId("supplement-coverage").locator('[data-nutrient="magnesiumMg"]'),
  ).toContainText("400 mg");

  // The history: the rating and the supplement on the timeline, planned vs eaten by week.
  await page.goto("/profile/history");
  await expect(page.locator('[data-testid="timeline-event"][data-kind="rating"]')).toContainText(
    `${banned} “never”`,
  );
  await expect(page.locator('[data-testid="timeline-event"][data-kind="supplement-started"]')).toContainText(
    "started Magnesium 400 mg daily",
  );
  await expect(page.getByTestId("history-chart").locator("svg").first()).toBeVisible();
  await expect(page.getByTestId("history-weeks").getByRole("row").last()).toContainText(/\d+ %.*\d+ %/);
  await expectNoViolations(page, "history");
});

test("a diary check-in on a phone takes two taps, and the diary shows it with the triggers", async ({
  page,
  user,
}) => {
  void user;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/diary");
  // Two taps and nothing else (today's date, no required field): a severity, then Save. The severity
  // buttons are labels around visually hidden radios: a tap lands on the label.
  await page.locator('label:has(input[name="severity-eyelid-facial-twitching"][value="2"])').click();
  await expect(page.getByLabel("Eyelid or facial twitching: 2 (moderate)")).toBeChecked();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Check-in saved.")).toBeVisible();
  await expect(page.getByTestId("diary-entries")).toContainText("Eyelid or facial twitching 2");
  await expect(page.getByTestId("symptom-table")).toBeVisible();
  await expectNoViolations(page, "the diary on a phone");
});

test("swapping a dish away twice in a row asks once to show it less often; yes makes it “not for me”", async ({
  page,
  newUser,
}) => {
  const dinner = await vegetarianWeek(page, newUser, "swapper");
  const name = dinner.getByTestId("meal-name");
  const unwanted = (await name.textContent())!.trim();
  const recipeId = Number((await name.getAttribute("href"))!.split("/").at(-1));

  const swapAwayFor = async (choice: number) => {
    await dinner.getByRole("link", { name: /^Swap dinner/ }).click();
    const alternatives = page.getByTestId("alternatives").getByRole("listitem");
    await expect(alternatives.first()).toBeVisible();
    await alternatives.nth(choice).getByRole("button", { name: "Choose" }).click();
    await expect(name).not.toHaveText(unwanted);
  };
  // Swapped away, taken back, swapped away again: the second swap in a row asks.
  await swapAwayFor(0);
  await expect(page.getByTestId("less-often-question")).toHaveCount(0);
  await page.getByTestId("undo").click();
  await expect(name).toHaveText(unwanted);
  await swapAwayFor(1);
  const question = page.getByTestId("less-often-question");
  await expect(question).toContainText(`You swapped ${unwanted} away twice in a row`);
  await expectNoViolations(page, "the less-often question");

  await question.getByTestId("less-often-yes").click();
  await expect(question).toHaveCount(0);
  const rating = await page.request.get(`/api/recipes/${recipeId}/rating`);
  expect(await rating.json()).toEqual({ recipeId, rating: "dislike" });
  // Asked once: after a reload it does not come back.
  await page.reload();
  await expect(page.getByTestId("day-6")).toBeVisible();
  await expect(page.getByTestId("less-often-question")).toHaveCount(0);
});
