import { DEMO, saveProfile, signIn } from "@/tests/e2e/helpers";
import { newUserCredentials } from "@/tests/factories/user";
import { createProfile, expect, test } from "@/tests/playwright-utils";

test("a new user fixes a bad height, sees personal targets, changes diet and finds it in the history", async ({
  page,
  newUser,
}) => {
  await newUser();
  await page.goto("/profile");
  await expect(page.getByText("Nothing is saved until you press “Save profile”.")).toBeVisible();

  await page.getByLabel("Sex").selectOption("female");
  await page.getByLabel("Year of birth").fill(String(new Date().getUTCFullYear() - 55));
  await page.getByLabel("Height (cm)").fill("2000");
  await page.getByLabel("Weight (kg)").fill("64");
  await saveProfile(page);
  await expect(page.locator("#heightCm-error")).toHaveText("Height must be between 100 and 250 cm");
  await expect(page.getByLabel("Height (cm)")).toHaveAttribute("aria-invalid", "true");
  // The form keeps what was typed after a rejected save.
  await expect(page.getByLabel("Weight (kg)")).toHaveValue("64");

  await page.getByLabel("Height (cm)").fill("168");
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  const calcium = page.getByTestId("targets").locator('[data-nutrient="calciumMg"]');
  await expect(calcium).toContainText("1,200 mg");
  await expect(calcium).toContainText("women 51–70");

  await page.getByLabel("Diet").selectOption("vegetarian");
  await saveProfile(page);
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();
  await expect(page.locator('[data-warning="vegetarian-b12"]')).toBeVisible();

  await page.getByRole("navigation", { name: "Profile" }).getByRole("link", { name: "History" }).click();
  const entries = page.getByTestId("history-entry");
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText("became vegetarian");
  await expect(entries.last()).toContainText("created the profile");
});

test("a common password is refused at sign-up", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(newUserCredentials("weak").email);
  await page.getByLabel("Password", { exact: true }).fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator('[data-form-message="error"]')).toContainText("most common");
  await expect(page).toHaveURL(/\/sign-up/);
});

test("the demo account signs in to a vegan profile that flags B12 and magnesium", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await expect(page.getByLabel("Diet")).toHaveValue("vegan");
  await expect(page.getByRole("checkbox", { name: "Vitamin B12" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Magnesium" })).toBeChecked();
  await expect(page.locator('[data-warning="vegan-b12"]')).toBeVisible();
});

test("the symptom helper links twitching to magnesium and B12 and favours them", async ({
  page,
  newUser,
}) => {
  await newUser();
  await createProfile(page.request);
  await page.goto("/profile/symptoms");
  await expect(page.getByTestId("disclaimer")).toContainText("not a diagnosis");
  await expect(page.getByTestId("disclaimer")).toContainText("see a doctor");
  await page.getByRole("checkbox", { name: /Eyelid or facial twitching/ }).check();
  const suggested = page.getByTestId("suggested-nutrients");
  await expect(suggested).toContainText("Magnesium");
  await expect(suggested).toContainText("Vitamin B12");
  await page.getByRole("button", { name: "Favour these" }).click();
  await expect(page.getByRole("main").getByText("Your profile now favours these nutrients.")).toBeVisible();
  await page.goto("/profile");
  await expect(page.getByRole("checkbox", { name: "Magnesium" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Vitamin B12" })).toBeChecked();
});

test("signing out really ends the session", async ({ page, newUser }) => {
  await newUser();
  await page.goto("/profile");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile/);
});
