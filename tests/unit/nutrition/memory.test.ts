import { describe, expect, it } from "vitest";
import { diaryAlerts, type DiaryRecord } from "@/lib/nutrition/memory/diary";
import { ratingsForPlanner } from "@/lib/nutrition/memory/ratings";
import { applySupplementWarnings, VEGAN_B12_REGIMENS } from "@/lib/nutrition/memory/supplement-warnings";
import { foodTargetsAfterSupplements, type SupplementRecord } from "@/lib/nutrition/memory/supplements";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";

const intakes = referenceIntakes({ sex: "female", age: 40 });
const food = { magnesiumMg: 320, calciumMg: 900, vitaminDMcg: 10, vitaminB12Mcg: 1 };
const supplement = (
  nutrient: SupplementRecord["nutrient"],
  amount: number,
  timesPerWeek = 7,
): SupplementRecord => ({
  id: 1,
  nutrient,
  amount,
  timesPerWeek,
  startDate: "2026-11-01",
  stopDate: null,
});
const input = (supplements: SupplementRecord[]) => ({
  diet: "vegan" as const,
  riskFactors: [],
  intakes,
  foodPerDay: food,
  foodByDay: Array.from({ length: 7 }, (_, day) => ({ ...food, calciumMg: day === 2 ? 2200 : 900 })),
  supplements,
});
const veganShort = { code: "vegan-b12", severity: "warning" as const, title: "short", message: "Take B12." };

describe("the memory's pure rules", () => {
  it("turns ratings into preferences and hard exclusions", () => {
    expect(
      ratingsForPlanner([
        { recipeId: 1, rating: "love" },
        { recipeId: 2, rating: "neutral" },
        { recipeId: 3, rating: "dislike" },
        { recipeId: 4, rating: "never" },
      ]),
    ).toEqual({ preferences: { 1: 1, 3: -0.7 }, neverDishIds: [4] });
  });

  it("lowers food targets by a supplement's daily average, never to zero, and keeps upper limits", () => {
    const lowered = foodTargetsAfterSupplements(intakes, [
      supplement("vitaminDMcg", 70, 1),
      supplement("vitaminB12Mcg", 2000, 1),
    ]);
    expect(lowered.vitaminDMcg.rda).toBeCloseTo(intakes.vitaminDMcg.rda - 10, 6);
    expect(lowered.vitaminB12Mcg.rda).toBeCloseTo(intakes.vitaminB12Mcg.rda * 0.01, 6);
    expect(lowered.vitaminDMcg.ul).toBe(intakes.vitaminDMcg.ul);
    expect(lowered.magnesiumMg).toEqual(intakes.magnesiumMg);
  });

  it("describes B12 regimens only to a vegan without a B12 supplement", () => {
    const without = applySupplementWarnings([veganShort], [], input([]));
    expect(without.plan[0]!.message).toContain(VEGAN_B12_REGIMENS);
    const weekly = applySupplementWarnings([veganShort], [], input([supplement("vitaminB12Mcg", 2000, 1)]));
    expect(weekly.plan.map((w) => w.code)).toEqual(["covered-by-supplement"]);
    // A B12 supplement too small to cover the gap: still short, but no regimen pushed on top of it.
    const small = applySupplementWarnings([veganShort], [], input([supplement("vitaminB12Mcg", 0.5)]));
    expect(small.plan.map((w) => w.message)).toEqual(["Take B12."]);
  });

  it("warns for calcium per day with food and supplement together, and magnesium on the dose alone", () => {
    const codes = (list: SupplementRecord[]) =>
      applySupplementWarnings([], [], input(list)).plan.map((w) => w.code);
    // 900 mg of food a day (2,200 mg on Wednesday) and 400 mg more: Wednesday is above 2,500 mg.
    expect(codes([supplement("calciumMg", 400)])).toEqual([
      "supplement-calcium-above-ul",
      "covered-by-supplement",
    ]);
    expect(codes([supplement("calciumMg", 100)])).toEqual(["covered-by-supplement"]);
    expect(codes([supplement("magnesiumMg", 350)])).toEqual(["covered-by-supplement"]);
    expect(codes([supplement("magnesiumMg", 200), supplement("magnesiumMg", 200)])).toEqual([
      "supplement-magnesium-above-ul",
      "covered-by-supplement",
    ]);
  });

  it("raises persistent-symptom for a symptom rising over two weeks, on fewer than 10 days", () => {
    const day = (offset: number) => new Date(Date.UTC(2026, 11, 1 + offset)).toISOString().slice(0, 10);
    const entry = (offset: number, severity: number): DiaryRecord => ({
      date: day(offset),
      symptoms: severity ? [{ code: "muscle-cramps", severity }] : [],
      sleepHours: null,
      caffeineDrinks: null,
      stress: null,
      note: "",
    });
    const rising = [entry(-13, 1), entry(-10, 1), entry(-4, 2), entry(-2, 3), entry(-1, 3), entry(0, 3)];
    const [alert] = diaryAlerts(rising, day(0));
    expect(alert).toMatchObject({
      code: "persistent-symptom",
      symptom: "muscle-cramps",
      rising: true,
      days: 6,
    });
    expect(diaryAlerts(rising.slice(0, 3), day(0))).toEqual([]);
  });
});
