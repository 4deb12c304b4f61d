// Vitamin B12 spread over two meals a day for a vegan who relies on fortified foods.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ADULT_INTAKES } from "@/lib/nutrition/reference-intakes";
import { b12Spread, b12SpreadSentence } from "@/lib/planner/b12-spread";
import { warmUpPlanner } from "@/lib/planner/highs";
import { planObjective } from "@/lib/planner/objective";
import { planWeek } from "@/lib/planner/plan-week";
import { viewPlan } from "@/lib/planner/plan-view";
import { resolveRequest } from "@/lib/planner/request";
import type { Dish, PlanRequest } from "@/lib/planner/types";
import { testDish } from "@/tests/unit/planner/test-dish";

beforeAll(async () => {
  await warmUpPlanner();
});

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/**
 * Breakfasts 1-4 carry 2.6 µg of fortified B12 (one a day covers the RDA); snacks 31-34 carry 0.6 µg.
 * Everything else has none. Energy fits the default shares at one serving.
 */
function catalogue(withSnackCarriers: boolean): Dish[] {
  return [
    ...range(1, 4).map((id) => testDish(id, { slots: ["breakfast"], kcal: 500, fortifiedB12Mcg: 2.6 })),
    ...range(5, 4).map((id) => testDish(id, { slots: ["breakfast"], kcal: 500 })),
    ...range(11, 8).map((id) => testDish(id, { slots: ["lunch"], kcal: 650 })),
    ...range(21, 8).map((id) => testDish(id, { slots: ["dinner"], kcal: 650 })),
    ...range(31, 4).map((id) =>
      testDish(id, { slots: ["snack"], kcal: 200, fortifiedB12Mcg: withSnackCarriers ? 0.6 : 0 }),
    ),
    ...range(35, 4).map((id) => testDish(id, { slots: ["snack"], kcal: 200 })),
  ];
}

function request(dishes: Dish[], spreadB12: boolean): PlanRequest {
  return {
    dishes,
    diet: "vegan",
    energyTargetKcal: 2000,
    intakes: DEFAULT_ADULT_INTAKES,
    portions: [1],
    spreadB12,
    seed: 5,
  };
}

describe("B12 spread over two meals a day", () => {
  it("plans a B12-carrying breakfast and snack every day when B12 is to be spread, and says so", async () => {
    const req = request(catalogue(true), true);
    const plan = await planWeek(req);
    expect(plan.violations).toEqual([]);
    const spread = b12Spread(plan.days, resolveRequest(req))!;
    expect(spread).toEqual({
      relied: true,
      days: 7,
      daysWithTwoMeals: 7,
      mealsPerDay: [2, 2, 2, 2, 2, 2, 2],
      thresholdMcg: 0.5,
    });
    expect(b12SpreadSentence(spread)).toBe(
      "fortified foods in at least two meals on every day (the body absorbs only part of a large single dose).",
    );
    const view = viewPlan(plan.days, req);
    expect(view.b12Spread).toEqual(spread);
    expect(view.warnings.map((w) => w.code)).not.toContain("b12-spread");
  });

  it("reports nothing when the plan does not rely on fortified foods", async () => {
    const req = request(catalogue(true), false);
    const plan = await planWeek(req);
    expect(b12Spread(plan.days, resolveRequest(req))).toBeNull();
    expect(viewPlan(plan.days, req).b12Spread).toBeNull();
  });

  it("names the days with B12 in one meal only, citing the fact sheet, and charges them in the objective", async () => {
    const req = request(catalogue(false), true);
    const plan = await planWeek(req);
    const view = viewPlan(plan.days, req);
    expect(view.b12Spread?.daysWithTwoMeals).toBe(0);
    const warning = view.warnings.find((w) => w.code === "b12-spread")!;
    expect(warning.title).toBe("Vitamin B12 comes in fewer than two meals on 7 days");
    expect(warning.message).toMatch(/^Monday, Tuesday, .*Sunday: /);
    expect(warning.message).toMatch(/at least twice a day/);
    expect(warning.message).toMatch(/NIH Office of Dietary Supplements, vitamin B12 fact sheet/);
    // One meal short on each of 7 days: 7 × 0.5 points.
    expect(planObjective(plan.days, resolveRequest(req)).b12Spread).toBeCloseTo(3.5, 9);
  });
});
