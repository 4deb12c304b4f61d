import { expect, test } from "@playwright/test";

test("unknown pages and ids answer 404 with a way back", async ({ page }) => {
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  // Pages that stream (app/loading.tsx) have sent 200 before the id is looked up; the page still says 404.
  for (const url of ["/no-such-page", "/foods/99999999", "/recipes/not-a-number"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "Your weekly plan" })).toBeVisible();
  }
});

test("unknown API paths answer a JSON 404", async ({ request }) => {
  const response = await request.get("/api/plans/1/no-such-thing");
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ error: "No API route at /api/plans/1/no-such-thing" });
});

test("API bodies over 64 KB are refused with a JSON 413, better-auth's routes included", async ({
  request,
  baseURL,
}) => {
  const big = JSON.stringify({ email: "a@example.test", password: "x".repeat(100 * 1024) });
  for (const url of ["/api/auth/sign-in/email", "/api/plans/preview"]) {
    const response = await request.post(url, {
      data: big,
      headers: { "content-type": "application/json", origin: baseURL! },
    });
    expect(response.status(), url).toBe(413);
    expect(await response.json()).toEqual({
      error: "Request body is larger than 64 KB",
      errors: [{ field: "(body)", message: "too large" }],
    });
  }
});
