// Ratings and supplements as the planner sees them (ADR 021): "never" dishes are gone for good, loved
// ones come at least as often, a B12 supplement covers a vegan's shortfall, and magnesium above its
// supplement UL is said.
import { describe, expect, it } from "vitest";
import { savePlanForWeek } from "@/lib/db/plans";
import { isAllowedFor } from "@/lib/nutrition/diet";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { shiftWeek } from "@/lib/planner/week";
import { DEFAULT_SLOTS } from "@/lib/planner/types";
import { addSupplement } from "@/lib/services/memory/add-supplement";
import { rateRecipe } from "@/lib/services/memory/rate-recipe";
import { listMealAlternatives } from "@/lib/services/planning/change-meal";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import { weekWarnings } from "@/lib/planner/week-warnings";
import { createProfile, createUser } from "@/tests/db-utils";
import { PLAN_WEEK } from "@/tests/factories/plan";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

const WEEKS = [0, 1, 2, 3].map((i) => shiftWeek(PLAN_WEEK, i));

describe.each(testDatabaseKinds())("ratings and supplements in planning on %s", (kind) => {
  const db = useTestDatabase(kind);

  async function userWith(profile: Partial<DietaryProfile>) {
    const { id } = await createUser(db, "memory");
    await createProfile(db, id, profile);
    return id;
  }

  /** Generates the four consecutive weeks and counts how often each dish was planned. */
  async function fourWeeks(userId: string) {
    const counts = new Map<number, number>();
    for (const week of WEEKS) {
      const result = await generateWeeklyPlan(userId, week, db);
      for (const entry of result.plan.entries)
        counts.set(entry.recipeId, (counts.get(entry.recipeId) ?? 0) + 1);
    }
    return counts;
  }

  it("never plans a dish rated never in 4 consecutive weeks, nor offers it as a swap", async () => {
    const userId = await userWith({ diet: "vegetarian" });
    const first = await generateWeeklyPlan(userId, PLAN_WEEK, db);
    const banned = first.plan.entries.find((e) => e.slot === "dinner")!.recipeId;
    await rateRecipe(userId, { recipeId: banned, rating: "never" }, db);

    const counts = await fourWeeks(userId);
    expect(counts.get(banned) ?? 0).toBe(0);
    const plan = (await getWeeklyPlan(userId, { weekStart: PLAN_WEEK }, db))!;
    for (const day of [0, 3, 6]) {
      const alternatives = await listMealAlternatives(
        userId,
        { planId: plan.plan.id, day, slot: "dinner" },
        db,
      );
      expect(alternatives.length).toBeGreaterThan(0);
      expect(alternatives.map((a) => a.dishId)).not.toContain(banned);
    }
  });

  it("plans a loved dish at least as often as without the rating", async () => {
    const without = await userWith({ diet: "omnivore" });
    const baseline = await fourWeeks(without);
    // A dish the plain weeks use, but not at its most: there is room for more.
    const [loved] = [...baseline.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0])[0]!;

    const lover = await userWith({ diet: "omnivore" });
    await rateRecipe(lover, { recipeId: loved, rating: "love" }, db);
    const withLove = await fourWeeks(lover);
    expect(withLove.get(loved) ?? 0).toBeGreaterThanOrEqual(baseline.get(loved)!);
  });

  it("a vegan short of B12 with a 250 µg daily supplement: covered, shown in coverage, planner told", async () => {
    const userId = await userWith({ diet: "vegan" });
    const generated = await generateWeeklyPlan(userId, PLAN_WEEK, db);
    // A week of plant dishes without B12 (no fortified foods): short for sure.
    const noB12 = DEFAULT_SLOTS.map((slot) =>
      generated.request.dishes.find(
        (d) =>
          d.mealTypes.includes(slot) &&
          isAllowedFor("vegan", d.dietFacts) &&
          d.perServing.vitaminB12Mcg === 0,
      )!,
    );
    await savePlanForWeek(db, {
      userId,
      weekStart: PLAN_WEEK,
      profileVersion: 1,
      solver: generated.plan.solver,
      entries: Array.from({ length: 7 }, (_, day) =>
        DEFAULT_SLOTS.map((slot, i) => ({
          day,
          slot,
          recipeId: noB12[i]!.id,
          portion: 1,
          locked: false,
          sides: [],
        })),
      ).flat(),
    });
    const short = (await getWeeklyPlan(userId, { weekStart: PLAN_WEEK }, db))!;
    const shortCodes = weekWarnings(short.view.warnings, short.profileWarnings).map((w) => w.code);
    expect(shortCodes).toContain("vegan-b12");
    const shortWarning = short.view.warnings.find((w) => w.code === "vegan-b12")!;
    expect(shortWarning.message).toMatch(/10 µg a day, or 2,000 µg once a week/);
    expect(shortWarning.message).toMatch(/doctor or pharmacist/);

    await addSupplement(
      userId,
      { nutrient: "vitaminB12Mcg", amount: 250, timesPerWeek: 7, startDate: "2026-01-01" },
      db,
    );
    const covered = (await getWeeklyPlan(userId, { weekStart: PLAN_WEEK }, db))!;
    const codes = weekWarnings(covered.view.warnings, covered.profileWarnings).map((w) => w.code);
    expect(codes).not.toContain("vegan-b12");
    const note = covered.view.warnings.find((w) => w.code === "covered-by-supplement")!;
    expect(note.nutrient).toBe("vitaminB12Mcg");
    expect(note.title).toMatch(/covered by your supplement/);
    const b12 = covered.memory.supplements.find((s) => s.nutrient === "vitaminB12Mcg")!;
    expect(b12.foodPerDay).toBe(0);
    expect(b12.supplementPerDay).toBe(250);
    expect(b12.togetherPercent).toBeGreaterThan(100);
    // Food coverage is still food's: the week's coverage does not pretend the plan supplies it.
    expect(covered.view.coverage.vitaminB12Mcg.total).toBe(0);
    // The planner is told: its B12 target is what food still has to give (next to nothing).
    expect(covered.request.intakes.vitaminB12Mcg.rda).toBeLessThan(0.1);
  });

  it("a 400 mg magnesium supplement raises supplement-magnesium-above-ul, and the kidney caution", async () => {
    const userId = await userWith({ diet: "omnivore", riskFactors: ["kidney_disease"] });
    await generateWeeklyPlan(userId, PLAN_WEEK, db);
    const before = (await getWeeklyPlan(userId, { weekStart: PLAN_WEEK }, db))!;
    expect(before.view.warnings.map((w) => w.code)).not.toContain("supplement-magnesium-above-ul");

    await addSupplement(
      userId,
      { nutrient: "magnesiumMg", amount: 400, timesPerWeek: 7, startDate: "2026-01-01" },
      db,
    );
    const after = (await getWeeklyPlan(userId, { weekStart: PLAN_WEEK }, db))!;
    const codes = after.view.warnings.map((w) => w.code);
    expect(codes).toContain("supplement-magnesium-above-ul");
    expect(codes).toContain("supplement-magnesium-kidney-caution");
    const warning = after.view.warnings.find((w) => w.code === "supplement-magnesium-above-ul")!;
    expect(warning.message).toMatch(/supplements and medicines only/);
    expect(warning.message).not.toMatch(/caused by/);
  });
});
