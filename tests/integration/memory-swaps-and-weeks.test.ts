// Rules of the memory (ADR 021): swapping a dish away twice in a row asks "show it less often?" once (yes
// rates it dislike), a supplement counts toward a week only for the days of that week it is taken, and a
// meal replaced by the user's own food or recipe counts as eaten.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { savePlanForWeek } from "@/lib/db/plans";
import { resolveRequest, exclusionReason } from "@/lib/planner/request";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { addSupplement } from "@/lib/services/memory/add-supplement";
import { logMeal } from "@/lib/services/memory/log-meal";
import { createOwnFood } from "@/lib/services/own-foods/save-own-food";
import { createOwnRecipe } from "@/lib/services/own-recipes/create-own-recipe";
import { answerLessOften } from "@/lib/services/memory/answer-less-often";
import { getLessOftenQuestion } from "@/lib/services/memory/get-less-often-question";
import { listRatings } from "@/lib/services/memory/list-ratings";
import { requestMemoryOf } from "@/lib/services/memory/planning-memory";
import { swapMeal } from "@/lib/services/planning/change-meal";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { loadPlanningContext } from "@/lib/services/planning/planning-context";
import { createProfile, createUser } from "@/tests/db-utils";
import { plantMilkLabel, recipeDraft } from "@/tests/factories/own-catalogue";
import { PLAN_WEEK } from "@/tests/factories/plan";
import { openTestDatabase, testDatabaseKinds } from "@/tests/setup/test-databases";

const SOLVER = { status: "optimal", objective: 0, bound: 0, gapPercent: 0, ms: 0 } as const;

describe.each(testDatabaseKinds())("swaps and supplement weeks on %s", (kind) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db?.close();
  });

  /**
   * A user with a saved week (no solve): every day's dinner is the same dish, so it can be swapped away
   * again and again; `others` are dinners it can be swapped for.
   */
  async function weekOfOneDinner(label: string) {
    const { id: userId } = await createUser(db, label);
    await createProfile(db, userId, { diet: "vegetarian" });
    const req = resolveRequest((await loadPlanningContext(db, userId)).request);
    const fits = (slot: (typeof MEAL_TYPES)[number]) =>
      req.dishes.filter((d) => !d.retired && d.mealTypes.includes(slot) && exclusionReason(d, req) === null);
    const [dinner, ...others] = fits("dinner");
    const plan = await savePlanForWeek(db, {
      userId,
      weekStart: PLAN_WEEK,
      profileVersion: 1,
      solver: SOLVER,
      entries: Array.from({ length: 7 }, (_, day) =>
        MEAL_TYPES.map((slot) => ({
          day,
          slot,
          recipeId: slot === "dinner" ? dinner!.id : fits(slot)[day]!.id,
          portion: 1,
          locked: false,
          sides: [],
        })),
      ).flat(),
    });
    const swap = (day: number, slot: (typeof MEAL_TYPES)[number], recipeId: number) =>
      swapMeal(userId, { planId: plan.id, day, slot, recipeId }, db);
    return { userId, planId: plan.id, dinner: dinner!, others, swap, fits };
  }

  it("asks once after a dish is swapped away twice in a row; yes rates it dislike", async () => {
    const { userId, dinner, others, swap } = await weekOfOneDinner("swapper");
    await swap(0, "dinner", others[0]!.id);
    expect(await getLessOftenQuestion(userId, db)).toBeNull();
    await swap(1, "dinner", others[1]!.id);
    expect(await getLessOftenQuestion(userId, db)).toEqual({ recipeId: dinner.id, recipeName: dinner.name });

    const answer = await answerLessOften(userId, { recipeId: dinner.id, lessOften: true }, db);
    expect(answer.rating).toBe("dislike");
    expect((await listRatings(userId, db)).find((r) => r.recipeId === dinner.id)?.rating).toBe("dislike");
    expect(await getLessOftenQuestion(userId, db)).toBeNull();
    // Remembered: two more swaps away in a row do not ask again.
    await swap(2, "dinner", others[2]!.id);
    await swap(3, "dinner", others[3]!.id);
    expect(await getLessOftenQuestion(userId, db)).toBeNull();
  });

  it("does not ask when another dish was swapped in between, nor again after a no", async () => {
    const { userId, dinner, others, swap, fits } = await weekOfOneDinner("alternating");
    await swap(0, "dinner", others[0]!.id);
    await swap(0, "lunch", fits("lunch").find((d) => d.id !== fits("lunch")[0]!.id)!.id);
    await swap(1, "dinner", others[1]!.id);
    expect(await getLessOftenQuestion(userId, db)).toBeNull();

    await swap(2, "dinner", others[2]!.id);
    expect((await getLessOftenQuestion(userId, db))?.recipeId).toBe(dinner.id);
    await answerLessOften(userId, { recipeId: dinner.id, lessOften: false }, db);
    expect(await getLessOftenQuestion(userId, db)).toBeNull();
    expect((await listRatings(userId, db)).find((r) => r.recipeId === dinner.id)).toBeUndefined();
    await swap(3, "dinner", others[3]!.id);
    await swap(4, "dinner", others[4]!.id);
    expect(await getLessOftenQuestion(userId, db)).toBeNull();
  });

  it("counts a supplement toward a week only for the days of that week it is taken", async () => {
    const { userId } = await weekOfOneDinner("supplemented");
    // PLAN_WEEK is Monday 23 to Sunday 29 November 2026.
    await addSupplement(
      userId,
      { nutrient: "vitaminB12Mcg", amount: 1.4, timesPerWeek: 7, startDate: "2026-11-26" },
      db,
    );
    await addSupplement(
      userId,
      {
        nutrient: "calciumMg",
        amount: 500,
        timesPerWeek: 7,
        startDate: "2026-01-01",
        stopDate: "2026-11-22",
      },
      db,
    );
    await addSupplement(
      userId,
      { nutrient: "magnesiumMg", amount: 400, timesPerWeek: 7, startDate: "2026-11-30" },
      db,
    );

    const week = (await getWeeklyPlan(userId, { weekStart: PLAN_WEEK }, db))!;
    const perDay = (n: string) =>
      week.memory.supplements.find((s) => s.nutrient === n)?.supplementPerDay ?? 0;
    // Thursday to Sunday: four of the week's seven days.
    expect(perDay("vitaminB12Mcg")).toBeCloseTo((1.4 * 4) / 7, 6);
    expect(perDay("calciumMg")).toBe(0);
    expect(perDay("magnesiumMg")).toBe(0);
    expect(week.view.warnings.map((w) => w.code)).not.toContain("supplement-magnesium-above-ul");
    // The planner chases in food what the supplement does not cover that week.
    const full = requestMemoryOf(week.request)!.fullIntakes.vitaminB12Mcg.rda;
    expect(week.request.intakes.vitaminB12Mcg.rda).toBeCloseTo(full - (1.4 * 4) / 7, 6);
    expect(week.request.intakes.calciumMg.rda).toBe(requestMemoryOf(week.request)!.fullIntakes.calciumMg.rda);
  });

  it("a meal replaced by the user's own food or own recipe counts in eaten coverage", async () => {
    const { userId, planId } = await weekOfOneDinner("replacer");
    const food = (await createOwnFood({ userId, label: plantMilkLabel() }, db)).food;
    const { recipe } = await createOwnRecipe({ userId, draft: recipeDraft(food.id) }, db);
    const byFood = await logMeal(
      userId,
      { planId, day: 0, slot: "breakfast", status: "replaced", foodId: food.id, grams: 480 },
      db,
    );
    expect(byFood.memory.eaten.days[0]!.coverage.calciumMg.total).toBeCloseTo(2 * 0.35 * 1300, 6);
    // The week says what was had instead, in the words of the moment it was logged.
    expect(byFood.plan.logs.find((l) => l.day === 0)?.replacementName).toBe(`480 g ${food.name}`);
    const byRecipe = await logMeal(
      userId,
      { planId, day: 1, slot: "dinner", status: "replaced", recipeId: recipe.id },
      db,
    );
    expect(byRecipe.memory.eaten.days[1]!.coverage.calciumMg.total).toBeGreaterThan(0);
    expect(byRecipe.plan.logs.find((l) => l.day === 1)).toMatchObject({
      status: "replaced",
      recipeId: recipe.id,
      replacementName: recipe.name,
    });
    // Someone else's own food is no food at all.
    const { id: stranger } = await createUser(db, "stranger");
    const theirs = (await createOwnFood({ userId: stranger, label: plantMilkLabel() }, db)).food;
    await expect(
      logMeal(
        userId,
        { planId, day: 2, slot: "dinner", status: "replaced", foodId: theirs.id, grams: 100 },
        db,
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
