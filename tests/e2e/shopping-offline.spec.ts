// The shopping list in the shop: next week's list opened from /plan keeps working with no signal (the
// service worker of public/sw.js, ticks queued in IndexedDB), prints on one A4 page, and reads in US
// units for a profile that asks for them.
import type { Page } from "@playwright/test";
import { shiftWeek, weekStartOf } from "@/lib/planner/week";
import { createPlan, createProfile, expect, test } from "@/tests/playwright-utils";

const boxes = (page: Page) => page.locator('input[type="checkbox"][data-testid^="check-food-"]');

test("next week's list from /plan: ticked offline, kept through an offline reload, sent when back online", async ({
  page,
  context,
  newUser,
}) => {
  await newUser({ label: "offline" });
  await createProfile(page.request);
  const nextWeek = shiftWeek(weekStartOf(undefined), 1);
  const plan = await createPlan(page.request, nextWeek);
  await page.goto(`/plan?week=${nextWeek}`);
  await page.getByTestId(`shopping-list-${nextWeek}`).click();
  await expect(page).toHaveURL(`/shopping?week=${nextWeek}`);
  // The worker has this page and the files it runs (OfflineSupport marks <html> when it has them).
  await expect(page.locator("html[data-offline-ready]")).toBeAttached({ timeout: 20_000 });

  const ids = (
    await boxes(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-testid")!))
  ).slice(0, 3);
  await context.setOffline(true);
  for (const id of ids) await page.getByTestId(id).check();
  await expect(page.getByTestId("sync-status")).toHaveText("offline — ticks will sync");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Shopping list" })).toBeVisible();
  for (const id of ids) await expect(page.getByTestId(id)).toBeChecked();
  await expect(page.getByTestId("sync-status")).toHaveText("offline — ticks will sync");

  const sent = page.waitForResponse((r) => r.request().method() === "PATCH" && r.ok());
  await context.setOffline(false);
  await sent;
  const list = (await (await page.request.get(`/api/plans/${plan.id}/shopping-list`)).json()) as {
    items: { foodId: number; checked: boolean }[];
  };
  const checked = list.items.filter((item) => item.checked).map((item) => `check-food-${item.foodId}`);
  expect(checked.sort()).toEqual([...ids].sort());
});

test("the printed week's list fits one A4 page", async ({ page, newUser }) => {
  await newUser({ label: "print" });
  await createProfile(page.request, { householdSize: 2 });
  await createPlan(page.request);
  await page.goto("/shopping");
  await expect(boxes(page).first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  // Kept beside the screenshots for a person to look at.
  const pdf = await page.pdf({
    path: "test-results/shopping-list-a4.pdf",
    format: "A4",
    printBackground: true,
  });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages).toHaveLength(1);
});

test("a US-units profile sees cups, ounces and pounds", async ({ page, newUser }) => {
  await newUser({ label: "us-units" });
  await createProfile(page.request, { units: "us", householdSize: 4 });
  await createPlan(page.request);
  await page.goto("/shopping");
  const quantities = page.getByTestId("quantity");
  await expect(quantities.filter({ hasText: /\blb\b/ }).first()).toBeVisible();
  await expect(quantities.filter({ hasText: /\boz\b/ }).first()).toBeVisible();

  // A recipe page measures its ingredients in cups and ounces, the recipe's grams beside them.
  const found = (await (await page.request.get("/api/recipes?q=overnight%20oats&limit=1")).json()) as {
    items: { id: number }[];
  };
  await page.goto(`/recipes/${found.items[0]!.id}`);
  const amounts = page.getByTestId("ingredient-amount");
  await expect(amounts.filter({ hasText: /\bcups?\b.*\boz\b.* g$/ }).first()).toBeVisible();
});
