import { expect, test } from "@playwright/test";
import { saveProfile, signUp, uniqueEmail } from "@/tests/e2e/helpers";

test("shopping list: checks survive a reload and a swap; free-text items render as text; print view", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signUp(page, uniqueEmail("shopper"));
  await page.getByLabel("Diet").selectOption("pescatarian");
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  await page.goto("/plan");
  await page.getByTestId("generate").click();
  await expect(page.getByTestId("day-6")).toBeVisible({ timeout: 30_000 });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shopping" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Shopping list" })).toBeVisible();
  const boxes = page.locator('input[type="checkbox"][data-testid^="check-food-"]');
  const first = boxes.nth(0);
  const second = boxes.nth(1);
  const firstId = (await first.getAttribute("data-testid"))!;
  const secondId = (await second.getAttribute("data-testid"))!;
  // Each tap is sent at once by the tick queue (PATCH): wait for each save before the reload.
  const saved = () =>
    page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().includes("/shopping-list"));
  await Promise.all([saved(), page.getByTestId(firstId).check()]);
  await Promise.all([saved(), page.getByTestId(secondId).check()]);
  await expect(first).toBeChecked();
  // Both PATCHes have answered (awaited above): the reload reads the server's state.
  await page.reload();
  await expect(page.getByTestId(firstId)).toBeChecked();
  await expect(page.getByTestId(secondId)).toBeChecked();

  await page.getByLabel("Add an item").fill("<b>dish soap</b>");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByText("<b>dish soap</b>", { exact: true })).toBeVisible();

  // Swap a meal: the list changes, and checked items still needed stay checked.
  const itemsBefore = await boxes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-testid")));
  await page.goto("/plan?swap=0-dinner");
  await page.getByTestId("alternatives").getByRole("button", { name: "Choose" }).first().click();
  await expect(page.getByRole("main").getByText("Meal swapped").or(page.getByTestId("undo"))).toBeVisible();
  await page.goto("/shopping");
  const itemsAfter = await boxes.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-testid")));
  expect(itemsAfter).not.toEqual(itemsBefore);
  for (const id of [firstId, secondId]) {
    if (itemsAfter.includes(id)) await expect(page.getByTestId(id)).toBeChecked();
  }

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
});

test("pantry amounts come off the list", async ({ page }) => {
  await signUp(page, uniqueEmail("pantry"));
  await page.goto("/pantry?q=oats");
  const add = page.getByRole("listitem").filter({ hasText: /oats/i }).first();
  await add.getByRole("textbox").fill("500");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page.getByTestId("pantry-item").first()).toBeVisible();
  await expect(page.getByTestId("pantry-item").first().getByRole("textbox")).toHaveValue("500");

  await page.getByTestId("pantry-item").first().getByRole("textbox").fill("-3");
  await page.getByTestId("pantry-item").first().getByRole("button", { name: "Update" }).click();
  await expect(page.getByTestId("pantry-item").first().getByRole("alert")).toHaveText(
    "Amount cannot be negative",
  );
});

test("shopping list API, CSV and calendar exports", async ({ page }) => {
  await signUp(page, uniqueEmail("exports"));
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  const created = await page.request.post("/api/plans", { data: {} });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  const list = await (await page.request.get(`/api/plans/${id}/shopping-list`)).json();
  expect(list.items.length).toBeGreaterThan(5);
  expect(list.items[0]).toMatchObject({
    foodId: expect.any(Number),
    name: expect.any(String),
    grams: expect.any(Number),
    display: expect.any(String),
    aisle: expect.any(String),
    checked: false,
    inPantry: false,
  });
  const patched = await page.request.patch(`/api/plans/${id}/shopping-list`, {
    data: { items: [{ foodId: list.items[0].foodId, checked: true }] },
  });
  expect((await patched.json()).items[0].checked).toBe(true);
  const bad = await page.request.patch(`/api/plans/${id}/shopping-list`, {
    data: { items: [{ foodId: "x", checked: 1 }] },
  });
  expect(bad.status()).toBe(400);

  const csv = await page.request.get(`/api/plans/${id}/shopping-list.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("Aisle,Item,Quantity");
  const ics = await page.request.get(`/api/plans/${id}/calendar.ics?tz=Europe/Berlin&breakfast=07:30`);
  expect(ics.headers()["content-type"]).toContain("text/calendar");
  const text = await ics.text();
  expect(text).toContain("BEGIN:VCALENDAR");
  expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(28);
  expect((await page.request.get(`/api/plans/${id}/calendar.ics?tz=Mars/Olympus`)).status()).toBe(400);
  // Blank options (an empty form field) mean "the default", as everywhere else.
  expect((await page.request.get(`/api/plans/${id}/calendar.ics?tz=&breakfast=`)).status()).toBe(200);
});

test("a tap that cannot reach the server is kept through a reload and sent afterwards", async ({ page }) => {
  await signUp(page, uniqueEmail("leaver"));
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  const { id } = (await (await page.request.post("/api/plans", { data: {} })).json()) as { id: number };
  await page.goto(`/shopping?plan=${id}`);

  // The connection drops as the tap is sent.
  const listApi = (url: URL) => url.pathname === `/api/plans/${id}/shopping-list`;
  await page.route(listApi, (route) =>
    route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.continue(),
  );
  const box = page.locator('input[type="checkbox"][data-testid^="check-food-"]').first();
  const boxId = (await box.getAttribute("data-testid"))!;
  const failed = page.waitForEvent("requestfailed", (request) => request.method() === "PATCH");
  await box.check();
  await failed;

  // Back online: the reloaded page still shows the tick and sends it.
  await page.unrouteAll({ behavior: "ignoreErrors" });
  const sent = page.waitForResponse(
    (r) => r.request().method() === "PATCH" && listApi(new URL(r.url())) && r.ok(),
  );
  await page.reload();
  await sent;
  await expect(page.getByTestId(boxId)).toBeChecked();
  const list = (await (await page.request.get(`/api/plans/${id}/shopping-list`)).json()) as {
    items: { foodId: number; checked: boolean }[];
  };
  expect(list.items.find((item) => `check-food-${item.foodId}` === boxId)?.checked).toBe(true);
});
