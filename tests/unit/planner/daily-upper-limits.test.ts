import { describe, expect, it } from "vitest";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import { mealAlternatives } from "@/lib/planner/alternatives";
import { dayAboveUpperLimit, withDishInSlot } from "@/lib/planner/daily-upper-limits";
import { dishFromRecipe } from "@/lib/planner/dish";
import { resolveRequest } from "@/lib/planner/request";
import type { PlanDay, PlanRequest } from "@/lib/planner/types";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const dishes = loadSeedCatalogue().recipes.map(dishFromRecipe);
// A 60-year-old woman: calcium UL 2,000 mg a day (NIH ODS), vitamin D 100 µg.
const request: PlanRequest = {
  dishes,
  diet: "omnivore",
  allergens: [],
  energyTargetKcal: 2000,
  intakes: referenceIntakes({ sex: "female", age: 60 }),
};
const req = resolveRequest(request);
const byCalcium = [...dishes].sort((a, b) => b.perServing.calciumMg - a.perServing.calciumMg);
const richest = byCalcium.find((dish) => dish.mealTypes.includes("breakfast"))!;
const lowBreakfast = byCalcium.filter((dish) => dish.mealTypes.includes("breakfast")).at(-1)!;

function weekWith(breakfastId: number, portion: number): PlanDay[] {
  return Array.from({ length: 7 }, (_, day) => ({
    day,
    meals: [
      {
        slot: "breakfast" as const,
        dishId: day === 1 ? breakfastId : lowBreakfast.id,
        portion,
        locked: false,
      },
    ],
  }));
}

describe("daily upper limits for swaps and alternatives", () => {
  it("the catalogue has a breakfast that can break the calcium UL alone (the case the check exists for)", () => {
    expect(richest.perServing.calciumMg * 1.25).toBeGreaterThan(2000);
  });

  it("names the day, nutrient, total and limit of a day above its UL, and nothing for a week within", () => {
    expect(dayAboveUpperLimit(weekWith(richest.id, 1.25), 1, req)).toMatchObject({
      day: 1,
      nutrient: "calciumMg",
      ul: 2000,
    });
    expect(dayAboveUpperLimit(weekWith(lowBreakfast.id, 1), 1, req)).toBeNull();
  });

  it("never offers an alternative that would put the day above a UL", () => {
    const days = weekWith(lowBreakfast.id, 1.25);
    const offered = mealAlternatives(days, request, 1, "breakfast", 400);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.map((a) => a.dishId)).not.toContain(richest.id);
    for (const alternative of offered) {
      expect(dayAboveUpperLimit(withDishInSlot(days, 1, "breakfast", alternative.dishId), 1, req)).toBeNull();
    }
  });
});
