// Property tests of meals with sides over random catalogues, side catalogues and profiles.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { warmUpPlanner } from "@/lib/planner/highs";
import { planWeek } from "@/lib/planner/plan-week";
import { exclusionReason, resolveRequest } from "@/lib/planner/request";
import { checkHardRules } from "@/lib/planner/score";
import { DEFAULT_SLOTS, type Dish, type PlanRequest, type SideDish } from "@/lib/planner/types";
import {
  catalogueArb,
  profileArb,
  profileRequest,
  type ProfileShape,
} from "@/tests/unit/planner/arbitraries";

const RUNS = { seed: 20261201, numRuns: 20, endOnFailure: true } as const;
const GROUPS = ["starch", "fruit", "drink", "vegetable", "nuts"] as const;

/** Sides made from random dishes: a household portion of a fifth of the dish, a group each. */
const sidesArb = catalogueArb.map((dishes): SideDish[] =>
  dishes.slice(0, 12).map((dish, i) => ({
    ...dish,
    id: 1000 + i,
    name: `Side ${i + 1}`,
    perServing: Object.fromEntries(
      Object.entries(dish.perServing).map(([k, v]) => [k, v / 5]),
    ) as Dish["perServing"],
    mealTypes: [...DEFAULT_SLOTS],
    grams: 100,
    group: GROUPS[i % GROUPS.length]!,
    foodId: i + 1,
    recipeId: null,
  })),
);

/** Which meals: all four, or a day without breakfast or without a snack. */
const slotsArb = fc.constantFrom<PlanRequest["slots"]>(
  undefined,
  ["lunch", "dinner", "snack"],
  ["breakfast", "lunch", "dinner"],
);

function requestOf(
  dishes: Dish[],
  sides: SideDish[],
  p: ProfileShape,
  slots: PlanRequest["slots"],
): PlanRequest {
  return profileRequest(dishes, p, { sides, slots });
}

describe("planWeek with sides", () => {
  beforeAll(async () => {
    await warmUpPlanner();
  }, 60_000);

  it("never plans a main or side that breaks the diet, an allergen, may-contain or a dislike; keeps shares when feasible", async () => {
    await fc.assert(
      fc.asyncProperty(catalogueArb, sidesArb, profileArb, slotsArb, async (dishes, sides, p, slots) => {
        const request = requestOf(dishes, sides, p, slots);
        const req = resolveRequest(request);
        const plan = await planWeek(request);
        for (const meal of plan.days.flatMap((d) => d.meals)) {
          expect(req.slots).toContain(meal.slot);
          expect(exclusionReason(req.dishById.get(meal.dishId)!, req)).toBeNull();
          const sideList = meal.sides ?? [];
          expect(sideList.length).toBeLessThanOrEqual(2);
          for (const s of sideList) expect(exclusionReason(req.sideById.get(s.sideId)!, req)).toBeNull();
        }
        if (plan.solver.status === "optimal" || plan.solver.status === "feasible") {
          // The planner's own check recomputes energy shares, day windows, ULs and one side per group.
          expect(checkHardRules(plan.days, req)).toEqual([]);
        }
      }),
      RUNS,
    );
  }, 120_000);
});
