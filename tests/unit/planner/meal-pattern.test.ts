// The meal pattern: up to three snacks a day, each its own slot, and "add a snack" when a day is short.
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ADULT_INTAKES } from "@/lib/nutrition/reference-intakes";
import { warmUpPlanner } from "@/lib/planner/highs";
import { planWeek } from "@/lib/planner/plan-week";
import { explainInfeasibility, isRelaxationId, relaxedRequest } from "@/lib/planner/relaxations";
import { resolveRequest } from "@/lib/planner/request";
import { checkHardRules } from "@/lib/planner/score";
import type { PlanRequest } from "@/lib/planner/types";
import { testDish } from "@/tests/unit/planner/test-dish";

beforeAll(async () => {
  await warmUpPlanner();
});

/** Twelve 800 kcal main dishes and eight 400 kcal snacks, eaten at one serving. */
const dishes = [
  ...Array.from({ length: 12 }, (_, i) =>
    testDish(i + 1, { slots: ["breakfast", "lunch", "dinner"], kcal: 800 }),
  ),
  ...Array.from({ length: 8 }, (_, i) => testDish(101 + i, { slots: ["snack"], kcal: 400 })),
];

function request(overrides: Partial<PlanRequest> = {}): PlanRequest {
  return {
    dishes,
    diet: "vegan",
    energyTargetKcal: 3000,
    intakes: DEFAULT_ADULT_INTAKES,
    portions: [1],
    seed: 3,
    ...overrides,
  };
}

describe("snacks, each its own slot", () => {
  it("keeps every snack's share at 5-15 % of the day with three snacks", () => {
    const req = resolveRequest(
      request({ slots: ["breakfast", "lunch", "dinner", "snack", "snack2", "snack3"] }),
    );
    for (const slot of ["snack", "snack2", "snack3"] as const) {
      expect(req.mealShares[slot]).toEqual({ min: 0.05, max: 0.15 });
    }
  });
});

describe("add a snack", () => {
  it("is offered when three meals cannot reach the day's energy, and the week planned with it keeps every rule", async () => {
    const noSnacks = request({ slots: ["breakfast", "lunch", "dinner"] });
    const plan = await planWeek(noSnacks);
    expect(plan.solver.status).toBe("infeasible");
    const why = explainInfeasibility(resolveRequest(noSnacks), plan.violations)!;
    expect(why.rule).toBe("energy-window");
    expect(why.relaxations[0]).toEqual({
      id: "add-snack",
      kind: "add-snack",
      label: "Add a snack a day this week",
    });
    expect(isRelaxationId("add-snack")).toBe(true);

    const relaxed = relaxedRequest(noSnacks, ["add-snack"]);
    expect(relaxed.slots).toEqual(["breakfast", "lunch", "dinner", "snack"]);
    const week = await planWeek(relaxed);
    expect(checkHardRules(week.days, resolveRequest(relaxed))).toEqual([]);
    for (const day of week.days) expect(day.meals.map((m) => m.slot)).toContain("snack");
  });

  it("adds the next snack slot, on the eaters too, and is not offered with three snacks", () => {
    const eater = {
      energyTargetKcal: 3000,
      intakes: DEFAULT_ADULT_INTAKES,
      slots: ["lunch", "dinner", "snack"] as const,
    };
    const relaxed = relaxedRequest(request({ eaters: [{ ...eater, slots: [...eater.slots] }] }), [
      "add-snack",
    ]);
    expect(relaxed.eaters?.[0]?.slots).toEqual(["lunch", "dinner", "snack", "snack2"]);
    const full = request({
      slots: ["breakfast", "lunch", "dinner", "snack", "snack2", "snack3"],
      energyTargetKcal: 9000,
    });
    const req = resolveRequest(full);
    const days = Array.from({ length: 7 }, (_, day) => ({ day, meals: [] }));
    const why = explainInfeasibility(req, checkHardRules(days, req));
    expect(why?.relaxations.map((r) => r.id)).not.toContain("add-snack");
  });
});
