import type { APIRequestContext } from "@playwright/test";
import { ALLERGEN_LABEL } from "@/components/catalogue/diet-badges";
import { ALLERGENS, type Allergen } from "@/lib/nutrition/types";
import { uniquePlanWeek } from "@/tests/factories/plan";
import { createPlan, createProfile, expect, test } from "@/tests/playwright-utils";

interface PlanBody {
  conflicts: unknown[];
  days: { meals: { recipeId: number }[] }[];
}

/** The allergens (certain or may-contain) of each distinct recipe of a saved plan. */
async function planAllergens(request: APIRequestContext, planId: number) {
  const plan = (await (await request.get(`/api/plans/${planId}`)).json()) as PlanBody;
  const ids = [...new Set(plan.days.flatMap((day) => day.meals.map((meal) => meal.recipeId)))];
  const recipes = await Promise.all(
    ids.map(
      async (id) =>
        (await (await request.get(`/api/recipes/${id}`)).json()) as {
          allergens: Allergen[];
          mayContain: Allergen[];
        },
    ),
  );
  return { plan, allergens: recipes.map((r) => new Set([...r.allergens, ...r.mayContain])) };
}

test("a peanut allergy added after a plan was saved: the banner names the meals, one click fixes the week", async ({
  page,
  user,
}) => {
  test.setTimeout(90_000);
  expect(user.email).toBeTruthy();
  await createProfile(page.request);
  const week = uniquePlanWeek();
  const { id } = await createPlan(page.request, week);

  // Peanuts; and, should this week have no peanut meal, also the rarest allergen it has (so it conflicts).
  const before = await planAllergens(page.request, id);
  const added: Allergen[] = ["peanuts"];
  if (!before.allergens.some((set) => set.has("peanuts"))) {
    const present = ALLERGENS.filter((a) => before.allergens.some((set) => set.has(a)));
    const count = (a: Allergen) => before.allergens.filter((set) => set.has(a)).length;
    added.push(present.sort((a, b) => count(a) - count(b))[0]!);
  }
  await page.goto("/profile");
  for (const allergen of added) {
    await page.getByRole("checkbox", { name: ALLERGEN_LABEL[allergen], exact: true }).check();
  }
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("main").getByText("Profile saved.")).toBeVisible();

  await page.goto(`/plan?week=${week}`);
  const banner = page.getByTestId("profile-conflicts");
  await expect(banner.getByRole("heading")).toHaveText(/^\d+ meals? (contain|contains|may contain)/);
  await banner.getByTestId("fix-conflicts").click();
  await expect(banner).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId("day-6")).toBeVisible();

  const after = await planAllergens(page.request, id);
  expect(after.plan.conflicts).toEqual([]);
  for (const set of after.allergens) for (const allergen of added) expect(set.has(allergen)).toBe(false);
});
