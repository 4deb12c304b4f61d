import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { isAllowedFor } from "@/lib/nutrition/diet";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { DEFAULT_SLOTS } from "@/lib/planner/types";
import {
  listMealAlternatives,
  setMealLocked,
  swapMeal,
  undoPlanChange,
} from "@/lib/services/planning/change-meal";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import { createProfile, createUser, createUserWithProfile } from "@/tests/db-utils";
import { PLAN_WEEK } from "@/tests/factories/plan";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

describe.each(testDatabaseKinds())("weekly plans on %s", (kind) => {
  const db = useTestDatabase(kind);

  const userWith = (profile: Partial<DietaryProfile>) => createUserWithProfile(db, "planner", profile);

  it("generates a vegan week favouring B12 that keeps the diet, fills every slot and is saved with its profile version", async () => {
    const userId = await userWith({ diet: "vegan", favouredNutrients: ["vitaminB12Mcg", "magnesiumMg"] });
    const result = await generateWeeklyPlan(userId, PLAN_WEEK, db);
    expect(result.plan.entries).toHaveLength(28);
    expect(result.plan.profileVersion).toBe(1);
    const dishes = new Map(result.request.dishes.map((dish) => [dish.id, dish]));
    for (const entry of result.plan.entries)
      expect(isAllowedFor("vegan", dishes.get(entry.recipeId)!.dietFacts)).toBe(true);
    for (const day of result.view.days)
      expect(day.meals.map((meal) => meal.slot)).toEqual([...DEFAULT_SLOTS]);
    expect(["optimal", "feasible"]).toContain(result.plan.solver.status);
    const b12 = result.view.coverage.vitaminB12Mcg;
    expect(b12.percent >= 100 || result.view.warnings.some((w) => w.code === "vegan-b12")).toBe(true);
    // What favouring did is said for the saved week too, read back from the database.
    const saved = (await getWeeklyPlan(userId, { planId: result.plan.id }, db))!;
    expect(saved.view.favouring.map((effect) => effect.nutrient).sort()).toEqual([
      "magnesiumMg",
      "vitaminB12Mcg",
    ]);
    expect(saved.view.favouring).toEqual(result.view.favouring);
  });

  it("swaps, locks, regenerates around the lock and undoes", async () => {
    const userId = await userWith({ diet: "vegetarian", favouredNutrients: ["calciumMg"] });
    const first = await generateWeeklyPlan(userId, PLAN_WEEK, db);
    const planId = first.plan.id;
    const alternatives = (await listMealAlternatives(userId, { planId, day: 2, slot: "lunch" }, db))!;
    expect(alternatives.length).toBe(5);
    const choice = alternatives[0]!.dishId;
    const swapped = (await swapMeal(userId, { planId, day: 2, slot: "lunch", recipeId: choice }, db))!;
    expect(swapped.plan.entries.find((e) => e.day === 2 && e.slot === "lunch")?.recipeId).toBe(choice);

    await setMealLocked(userId, { planId, day: 2, slot: "lunch", locked: true }, db);
    const regenerated = await generateWeeklyPlan(userId, PLAN_WEEK, db);
    expect(regenerated.plan.id).toBe(planId);
    const locked = regenerated.plan.entries.find((e) => e.day === 2 && e.slot === "lunch");
    expect(locked).toMatchObject({ recipeId: choice, locked: true });

    const undone = (await undoPlanChange(userId, planId, db))!;
    expect(undone.plan.entries.find((e) => e.day === 2 && e.slot === "lunch")).toMatchObject({
      recipeId: choice,
      locked: true,
    });
    expect(undone.plan.undoLabel).toMatch(/lock lunch/);
  });

  it("refuses a swap to a dish the profile excludes, and hides other users' plans", async () => {
    const owner = await userWith({ diet: "vegan" });
    const other = await userWith({ diet: "omnivore" });
    const { plan, request } = await generateWeeklyPlan(owner, PLAN_WEEK, db);
    const meaty = request.dishes.find(
      (dish) => dish.dietFacts.containsMeat && dish.mealTypes.includes("dinner"),
    )!;
    await expect(
      swapMeal(owner, { planId: plan.id, day: 0, slot: "dinner", recipeId: meaty.id }, db),
    ).rejects.toMatchObject({ code: "UNPROCESSABLE", message: expect.stringMatching(/does not fit/) });
    const notFound = { code: "NOT_FOUND", status: 404 };
    await expect(getWeeklyPlan(other, { planId: plan.id }, db)).rejects.toMatchObject(notFound);
    const dish = plan.entries.find((entry) => entry.day === 0 && entry.slot === "dinner")!;
    await expect(
      swapMeal(other, { planId: plan.id, day: 0, slot: "dinner", recipeId: dish.recipeId }, db),
    ).rejects.toMatchObject(notFound);
    await expect(undoPlanChange(other, plan.id, db)).rejects.toMatchObject(notFound);
  });

  it("tells a user without a profile to fill it in, rather than 'no plan this week'", async () => {
    const { id } = await createUser(db, "no-profile");
    const profileRequired = { code: "PROFILE_REQUIRED", status: 409 };
    await expect(getWeeklyPlan(id, { weekStart: PLAN_WEEK }, db)).rejects.toMatchObject(profileRequired);
    await expect(getShoppingList(id, { weekStart: PLAN_WEEK }, db)).rejects.toMatchObject(profileRequired);
    await expect(generateWeeklyPlan(id, PLAN_WEEK, db)).rejects.toMatchObject(profileRequired);
  });

  it("counts rate-limited requests atomically", async () => {
    const key = `test|${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => hitRateLimit(db, key, 5, 60_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});

describe.runIf(testDatabaseKinds().includes("postgres"))("concurrent generation on postgres", () => {
  const db = useTestDatabase("postgres");

  it("20 simultaneous generations for one user leave one coherent plan for the week and no orphans", async () => {
    const { id } = await createUser(db, "racer");
    await createProfile(db, id, { diet: "pescatarian", favouredNutrients: ["vitaminDMcg"] });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => generateWeeklyPlan(id, PLAN_WEEK, db)),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const plans = await db.prisma.plan.findMany({ where: { userId: id }, include: { entries: true } });
    expect(plans).toHaveLength(1);
    expect(plans[0]!.entries).toHaveLength(28);
    expect(new Set(plans[0]!.entries.map((e) => `${e.day}-${e.slot}`)).size).toBe(28);
    const orphans = await db.prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "PlanEntry" e LEFT JOIN "Plan" p ON p.id = e."planId" WHERE p.id IS NULL`;
    expect(Number(orphans[0]!.n)).toBe(0);
  }, 120_000);
});
