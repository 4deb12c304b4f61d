import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@nutriweek.app", password: "magnesium-and-b12" };

export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export async function signUp(page: Page, email: string, password = "correct-horse-battery-9") {
  await page.goto("/sign-up?next=/profile");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === "/profile");
  await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in?next=/profile");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/profile");
}

export async function saveProfile(page: Page) {
  await page.getByRole("button", { name: "Save profile" }).click();
}
