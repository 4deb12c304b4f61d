import type { Page } from "@playwright/test";
import { expectNoViolations } from "@/tests/e2e/axe";
import { saveProfile } from "@/tests/e2e/helpers";
import { createPlan, createProfile, expect, test } from "@/tests/playwright-utils";

// The main visitor pages (/, /foods, /recipes, a food, a recipe, /sign-in, /sign-up) are axe-checked at
// phone width in screenshots.spec.ts; here the states and pages that spec does not open, at desktop width.
test.describe("axe (WCAG 2.2 A/AA): visitors", () => {
  test("/foods?q=zzzzqqq", async ({ page }) => {
    await page.goto("/foods?q=zzzzqqq");
    await expectNoViolations(page, "/foods with no match");
  });

  test("/api-docs", async ({ page }) => {
    await page.goto("/api-docs");
    // Every endpoint is one OperationCard and every schema one card: axe checks the page's frame, the first
    // tag's endpoints and the first schemas; the other ~70 cards repeat the same markup (axe took 43 s on all).
    await expectNoViolations(page, "/api-docs", [
      "section[aria-labelledby^='tag-'] ~ section[aria-labelledby^='tag-']",
      "[id^='schema-'] ~ [id^='schema-'] ~ [id^='schema-'] ~ [id^='schema-']",
    ]);
  });

  test("sign-in with an error shown", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("nobody@example.test");
    await page.getByLabel("Password", { exact: true }).fill("wrong-password-123");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").first()).toBeVisible();
    await expectNoViolations(page, "/sign-in with an error");
  });
});

// The signed-in pages with a plan (/plan, a swap, /shopping, /pantry, /profile, its symptoms and history)
// are axe-checked at phone width in screenshots.spec.ts; here the states before a plan exists.
test("axe (WCAG 2.2 A/AA): a new user's empty states, and the profile saved", async ({ page, newUser }) => {
  await newUser({ label: "a11y" });
  for (const path of ["/shopping", "/pantry"]) {
    await page.goto(path);
    await expectNoViolations(page, `${path} without a profile`);
  }
  await page.goto("/profile");
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  await expectNoViolations(page, "/profile after saving");
  await page.goto("/plan");
  await expect(page.getByTestId("generate")).toBeVisible();
  await expectNoViolations(page, "/plan with no plan yet");
});

/** The focused element shows a focus ring: :focus-visible matches and its outline is drawn. */
async function expectVisibleFocus(page: Page, name: string | RegExp) {
  const focused = page.locator(":focus");
  await expect(focused).toHaveAccessibleName(name);
  const style = await focused.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      focusVisible: element.matches(":focus-visible"),
      outlineStyle: computed.outlineStyle,
      outlineWidth: Number.parseFloat(computed.outlineWidth),
    };
  });
  expect(style, `focus ring on ${String(name)}`).toMatchObject({ focusVisible: true });
  expect(style.outlineStyle, `outline style on ${String(name)}`).not.toBe("none");
  expect(style.outlineWidth, `outline width on ${String(name)}`).toBeGreaterThan(0);
}

/** Presses Tab until the focused element's accessible name matches (a few presses at most). */
async function tabTo(page: Page, name: RegExp) {
  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press("Tab");
    const label = await page
      .locator(":focus")
      .evaluate((element) => element.getAttribute("aria-label") ?? element.textContent ?? "");
    if (name.test(label.trim())) return;
  }
  throw new Error(`no element named ${name} within 8 tabs`);
}

test("keyboard: the food filters and the plan's swap and lock buttons, with a visible focus", async ({
  page,
  newUser,
}) => {
  test.setTimeout(90_000);
  await page.goto("/foods");
  await page.keyboard.press("Tab");
  await expectVisibleFocus(page, "Skip to content");
  await page.getByRole("searchbox", { name: "Search foods" }).focus();
  await page.keyboard.type("yogurt");
  for (const name of ["Diet", "Food group", "Amounts per", "Sort by", "Apply"]) {
    await page.keyboard.press("Tab");
    await expectVisibleFocus(page, name);
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=yogurt/);

  await newUser({ label: "keyboard" });
  await createProfile(page.request);
  await createPlan(page.request);
  await page.goto("/plan");
  const lunch = page.getByTestId("meal-0-lunch");
  // The meal's sides come between its name and its buttons: tab past them.
  await lunch.getByTestId("meal-name").focus();
  await tabTo(page, /^Swap lunch/);
  await expectVisibleFocus(page, /^Swap lunch/);
  await page.keyboard.press("Tab");
  await expectVisibleFocus(page, "Lock");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("lock-0-lunch")).toHaveText("🔒 Locked");

  // Swap by keyboard: open the alternatives, tab to the first "Choose" and press it.
  await lunch.getByTestId("meal-name").focus();
  await tabTo(page, /^Swap lunch/);
  await page.keyboard.press("Enter");
  const alternatives = page.getByTestId("alternatives");
  await expect(alternatives).toBeVisible();
  await alternatives.getByRole("link").first().focus();
  let tabs = 0;
  while (!(await page.locator(":focus").evaluate((element) => element.textContent === "Choose"))) {
    await page.keyboard.press("Tab");
    expect(++tabs).toBeLessThan(10);
  }
  await expectVisibleFocus(page, "Choose");
});
