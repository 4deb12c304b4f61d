import { mkdirSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expectNoViolations } from "@/tests/e2e/axe";
import { createPlan, createProfile, expect, test } from "@/tests/playwright-utils";

// Full-page screenshots of every main page on a phone and on a desktop, for a person to look at:
// test-results/screenshots/<page>-<width>.png. Each page must not scroll sideways; at phone width axe checks
// it too, once per page (a11y.spec.ts checks, at desktop width, the states this spec does not open).
const DIR = "test-results/screenshots";
const PHONE_WIDTH = 390;
const SIZES = [
  { width: PHONE_WIDTH, height: 844 },
  { width: 1280, height: 800 },
];

async function shoot(page: Page, name: string, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  // Fonts and images drawn before the picture is taken (the page itself may keep a connection open).
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  });
  const width = page.viewportSize()!.width;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await page.screenshot({ path: `${DIR}/${name}-${width}.png`, fullPage: true });
  expect.soft(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
  if (width === PHONE_WIDTH) await expectNoViolations(page, `${path} at ${width} px`);
}

for (const size of SIZES) {
  test.describe(`screenshots at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, deviceScaleFactor: 1 });

    test("visitor pages", async ({ page }) => {
      test.setTimeout(90_000);
      mkdirSync(DIR, { recursive: true });
      await shoot(page, "home", "/");
      await shoot(page, "foods", "/foods");
      const food = await page.getByTestId("food-card").first().getByRole("link").first().getAttribute("href");
      await shoot(page, "food", food!);
      await shoot(page, "recipes", "/recipes");
      const recipe = await page.locator('main a[href^="/recipes/"]').first().getAttribute("href");
      await shoot(page, "recipe", recipe!);
      await shoot(page, "sign-in", "/sign-in");
      await shoot(page, "sign-up", "/sign-up");
    });

    test("signed-in pages", async ({ page, newUser }) => {
      test.setTimeout(90_000);
      mkdirSync(DIR, { recursive: true });
      await newUser({ label: `shots-${size.width}` });
      await shoot(page, "plan-empty", "/plan");
      await createProfile(page.request);
      await createPlan(page.request);
      await shoot(page, "profile", "/profile");
      await shoot(page, "symptoms", "/profile/symptoms");
      await shoot(page, "history", "/profile/history");
      await shoot(page, "plan", "/plan");
      await shoot(page, "plan-swap", "/plan?swap=0-lunch");
      await shoot(page, "shopping", "/shopping");
      await shoot(page, "pantry", "/pantry?q=oats");
    });
  });
}
