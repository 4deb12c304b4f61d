// The memory's records (ADR 021): meals eaten against the plan, the symptom diary's persistence rule, and
// privacy — every row is the owner's only, in the export, and gone with the account.
import { describe, expect, it } from "vitest";
import { deleteUserAndData } from "@/lib/db/account";
import { exportAccountData } from "@/lib/services/account/export-account-data";
import { addSupplement } from "@/lib/services/memory/add-supplement";
import { deleteSupplement } from "@/lib/services/memory/delete-supplement";
import { getDiary } from "@/lib/services/memory/get-diary";
import { listRatings } from "@/lib/services/memory/list-ratings";
import { listSupplements } from "@/lib/services/memory/list-supplements";
import { logDayAsPlanned, logMeal } from "@/lib/services/memory/log-meal";
import { rateRecipe } from "@/lib/services/memory/rate-recipe";
import { saveDiaryEntry } from "@/lib/services/memory/save-diary-entry";
import { updateSupplement } from "@/lib/services/memory/update-supplement";
import { createPlannedUser, createUser } from "@/tests/db-utils";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

const TODAY = "2026-12-01";
const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(testDatabaseKinds())("the memory's records on %s", (kind) => {
  const db = useTestDatabase(kind);

  it("eaten coverage of a week with two skipped meals is lower than planned", async () => {
    const { userId, planId } = await createPlannedUser(db, { label: "eater" });
    for (let d = 0; d < 7; d++) await logDayAsPlanned(userId, { planId, day: d }, db);
    const asPlanned = await logMeal(userId, { planId, day: 0, slot: "breakfast", status: "eaten" }, db);
    for (const key of ["energyKcal", "magnesiumMg", "calciumMg"] as const) {
      expect(asPlanned.memory.eaten.week[key].total).toBeCloseTo(asPlanned.view.coverage[key].total, 6);
    }
    await logMeal(userId, { planId, day: 1, slot: "dinner", status: "skipped" }, db);
    const result = await logMeal(userId, { planId, day: 4, slot: "lunch", status: "skipped" }, db);
    expect(result.memory.eaten.skippedMeals).toBe(2);
    expect(result.memory.eaten.loggedMeals).toBe(28);
    for (const key of ["energyKcal", "magnesiumMg", "calciumMg"] as const) {
      expect(result.memory.eaten.week[key].percent).toBeLessThan(result.view.coverage[key].percent);
    }
    expect(result.memory.eaten.days[1]!.coverage.energyKcal.total).toBeLessThan(
      result.view.days[1]!.coverage.energyKcal.total,
    );
    // Replaced by a food and amount: counted as that food.
    const food = await db.prisma.food.findFirstOrThrow({ where: { magnesiumMg: { gt: 50 } } });
    const replaced = await logMeal(
      userId,
      { planId, day: 1, slot: "dinner", status: "replaced", foodId: food.id, grams: 200 },
      db,
    );
    expect(replaced.memory.eaten.days[1]!.coverage.magnesiumMg.total).toBeGreaterThan(
      result.memory.eaten.days[1]!.coverage.magnesiumMg.total,
    );
  });

  it("10 diary days of twitching in 14 raise persistent-symptom; 9 do not", async () => {
    const { id: userId } = await createUser(db, "diarist");
    for (let i = 0; i < 14; i++) {
      const twitching = ![2, 5, 9, 12].includes(i); // 10 of the 14 days, today among them
      await saveDiaryEntry(
        userId,
        {
          date: day(-i),
          symptoms: twitching ? [{ code: "eyelid-facial-twitching", severity: 1 }] : [],
          sleepHours: 6,
          caffeineDrinks: 3,
          stress: 2,
          note: "",
        },
        db,
      );
    }
    const diary = await getDiary(userId, { to: TODAY }, db);
    const days = diary.entries.filter((e) => e.symptoms.length > 0).length;
    expect(days).toBe(10);
    expect(diary.alerts.map((a) => [a.code, a.symptom])).toEqual([
      ["persistent-symptom", "eyelid-facial-twitching"],
    ]);
    expect(diary.alerts[0]!.message).toMatch(/linked to/);
    expect(diary.alerts[0]!.message).toMatch(/magnesium, calcium and B12/);
    expect(diary.alerts[0]!.message).not.toMatch(/caused by/);

    // One day fewer: 9 of 14, and no rise in severity, so no alert.
    await saveDiaryEntry(userId, { date: day(0), symptoms: [] }, db);
    expect((await getDiary(userId, { to: TODAY }, db)).alerts).toEqual([]);
  });

  it("keeps each user's memory apart, exports it and deletes it with the account", async () => {
    const { userId: alice, planId, result } = await createPlannedUser(db, { label: "alice" });
    const { id: bob } = await createUser(db, "bob");
    const recipeId = result.plan.entries[0]!.recipeId;
    await rateRecipe(alice, { recipeId, rating: "love" }, db);
    const supplement = await addSupplement(
      alice,
      { nutrient: "vitaminDMcg", amount: 25, timesPerWeek: 7 },
      db,
    );
    await saveDiaryEntry(
      alice,
      { date: TODAY, symptoms: [{ code: "fatigue", severity: 2 }], note: "alice-note" },
      db,
    );
    await logMeal(alice, { planId, day: 0, slot: "breakfast", status: "eaten" }, db);

    expect(await listRatings(bob, db)).toEqual([]);
    expect(await listSupplements(bob, db)).toEqual([]);
    expect((await getDiary(bob, { to: TODAY }, db)).entries).toEqual([]);
    await expect(updateSupplement(bob, supplement.id, { amount: 1 }, db)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteSupplement(bob, supplement.id, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      logMeal(bob, { planId, day: 0, slot: "lunch", status: "skipped" }, db),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });

    const exported = await exportAccountData(alice, db);
    expect(exported.ratings).toMatchObject([{ recipeId, rating: "love" }]);
    expect(exported.supplements).toMatchObject([{ nutrient: "vitaminDMcg", amount: 25, timesPerWeek: 7 }]);
    expect(exported.diary).toMatchObject([{ date: TODAY, note: "alice-note" }]);
    expect(exported.plans[0]!.mealLogs).toMatchObject([{ day: 0, slot: "breakfast", status: "eaten" }]);

    expect(await deleteUserAndData(db, alice)).toBe(true);
    const where = { where: { userId: alice } };
    expect(await db.prisma.recipeRating.count(where)).toBe(0);
    expect(await db.prisma.supplement.count(where)).toBe(0);
    expect(await db.prisma.diaryEntry.count(where)).toBe(0);
    expect(await db.prisma.mealLog.count(where)).toBe(0);
  });
});
