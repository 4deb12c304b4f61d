import { expect, type Page } from "@playwright/test";
import { signUpUser } from "@/tests/playwright-utils";
import { TEST_PASSWORD } from "@/tests/factories/user";

export const DEMO = { email: "demo@nutriweek.app", password: "magnesium-and-b12" };

export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/**
 * For specs not yet on tests/playwright-utils.ts (whose `user` fixture also deletes the user afterwards):
 * signs up through better-auth's API and opens /profile, where the sign-up form used to lead.
 */
export async function signUp(page: Page, email: string, password = TEST_PASSWORD) {
  await signUpUser(page.request, { email, password, name: email.split("@")[0]! });
  await page.goto("/profile");
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
