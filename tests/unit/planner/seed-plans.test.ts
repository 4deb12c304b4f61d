// Table tests on the real seed catalogue (prisma/seed/*.json).
import { beforeAll, describe, expect, it } from "vitest";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import { DIETS, type Diet, type TargetNutrient } from "@/lib/nutrition/types";
import { greedyPlan, randomPlan } from "@/lib/planner/baselines";
import { dishFromRecipe } from "@/lib/planner/dish";
import { explainPlan } from "@/lib/planner/explain";
import { warmUpPlanner } from "@/lib/planner/highs";
import { planWeek } from "@/lib/planner/plan-week";
import { exclusionReason, resolveRequest } from "@/lib/planner/request";
import { scorePlan } from "@/lib/planner/score";
import { DAYS_PER_WEEK, DEFAULT_PORTIONS, DEFAULT_SLOTS, type PlanRequest } from "@/lib/planner/types";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const catalogue = loadSeedCatalogue();
const dishes = catalogue.recipes.map(dishFromRecipe);
const woman40 = referenceIntakes({ sex: "female", age: 40 });

function request(diet: Diet, favoured: TargetNutrient[], extra: Partial<PlanRequest> = {}): PlanRequest {
  return {
    dishes,
    diet,
    energyTargetKcal: 1800,
    intakes: woman40,
    favouredNutrients: favoured,
    seed: 7,
    // The rules are under test, not the clock: a busy CI machine must not stop a stage early.
    timeLimitMs: 30_000,
    ...extra,
  };
}

beforeAll(async () => {
  await warmUpPlanner();
});

describe("dishFromRecipe on the seed", () => {
  it("carries nutrients, diets, allergens, foods and B12 sources", () => {
    const oats = dishes.find((d) => d.name.startsWith("Overnight oats with chia"));
    expect(oats).toBeDefined();
    expect(oats!.diets).toContain("vegan");
    expect(oats!.mealTypes).toEqual(["breakfast"]);
    expect(oats!.perServing.energyKcal).toBeGreaterThan(100);
    expect(oats!.foodIds.length).toBe(5);
    // Fortified soy milk: B12 from a fortified plant food, none from animals.
    expect(oats!.fortifiedB12).toBe(true);
    expect(oats!.animalB12).toBe(false);
    expect(oats!.b12FortifiedMcg).toBeCloseTo(oats!.perServing.vitaminB12Mcg, 6);
  });

  it("marks a nutrient as a lower bound when an ingredient lacks it", () => {
    const withGap = dishes.filter((d) => d.lowerBound.length > 0);
    expect(withGap.length).toBeGreaterThan(0);
  });
});

describe.each(DIETS)("a %s week on the seed catalogue", (diet) => {
  it.each<[string, TargetNutrient[]]>([
    ["no flags", []],
    ["B12", ["vitaminB12Mcg"]],
    ["all four", ["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"]],
  ])("with %s keeps every hard rule and covers the favoured nutrients", async (_, favoured) => {
    const req = request(diet, favoured);
    const plan = await planWeek(req);
    const score = scorePlan(plan, req);
    expect(plan.solver.status === "optimal" || plan.solver.status === "feasible").toBe(true);
    expect(score.violations).toEqual([]);
    expect(plan.days).toHaveLength(DAYS_PER_WEEK);
    for (const day of plan.days) expect(day.meals.map((m) => m.slot)).toEqual([...DEFAULT_SLOTS]);
    if (favoured.length > 0) expect(score.flaggedCoveragePercent).toBeGreaterThanOrEqual(99);
    expect(plan.solver.bound).toBeLessThanOrEqual(plan.solver.objective + 1e-9);
    // Scoring recomputes from the dishes; the planner's reported objective agrees.
    expect(score.objective.total).toBeCloseTo(plan.solver.objective, 6);
  });
});

describe("vegan B12", () => {
  it("reaches 2.4 µg/day on average from fortified foods, and says so", async () => {
    const req = request("vegan", ["vitaminB12Mcg"]);
    const plan = await planWeek(req);
    const b12 = plan.shortfalls.find((s) => s.nutrient === "vitaminB12Mcg");
    expect(b12?.averagePerDay).toBeGreaterThanOrEqual(2.4);
    expect(b12?.flagged).toBe(true);
    const explanation = explainPlan(plan, req);
    expect(explanation.b12.animalMcg).toBe(0);
    expect(explanation.b12.fortifiedMcg).toBeGreaterThanOrEqual(2.4 * DAYS_PER_WEEK - 1e-9);
    expect(explanation.b12.onlyFortified).toBe(true);
  });
});

describe("upper limits and energy", () => {
  it("never plans a day above the calcium or vitamin D UL", async () => {
    const req = request("vegetarian", ["calciumMg", "vitaminDMcg"]);
    const plan = await planWeek(req);
    const score = scorePlan(plan, req);
    for (const day of score.perDay) {
      expect(day.nutrients.calciumMg.total).toBeLessThanOrEqual(2500);
      expect(day.nutrients.vitaminDMcg.total).toBeLessThanOrEqual(100);
    }
  });

  it("returns the best plan with status and violations when the energy window is impossible", async () => {
    const req = request("omnivore", ["magnesiumMg"], { energyTargetKcal: 300 });
    const plan = await planWeek(req);
    expect(plan.solver.status).toBe("infeasible");
    expect(plan.violations.length).toBeGreaterThan(0);
    expect(plan.violations.every((v) => v.rule === "energy-window" || v.rule === "meal-share")).toBe(true);
    expect(plan.days.flatMap((d) => d.meals)).toHaveLength(28);
    // Still the smallest portions it could find.
    expect(plan.days.flatMap((d) => d.meals).every((m) => m.portion === DEFAULT_PORTIONS[0])).toBe(true);
  });

  it("keeps locked meals and reports a plan for a locked dish that the diet excludes", async () => {
    const steak = dishes.find((d) => !d.diets.includes("vegetarian") && d.mealTypes.includes("dinner"));
    expect(steak).toBeDefined();
    const req = request("vegetarian", [], {
      locked: [{ day: 2, slot: "dinner", dishId: steak!.id, portion: 1 }],
    });
    const plan = await planWeek(req);
    expect(plan.days[2]?.meals.find((m) => m.slot === "dinner")).toMatchObject({
      dishId: steak!.id,
      locked: true,
    });
    expect(plan.solver.status).toBe("infeasible");
    expect(plan.violations.map((v) => v.rule)).toEqual(["diet"]);
  });

  it("throws on malformed input only", async () => {
    await expect(
      planWeek(request("vegan", [], { locked: [{ day: 9, slot: "lunch", dishId: 1, portion: 1 }] })),
    ).rejects.toThrow(RangeError);
    await expect(planWeek(request("vegan", [], { energyTargetKcal: 0 }))).rejects.toThrow(RangeError);
  });
});

describe("explainPlan", () => {
  it("gives per-day and per-week totals against RDA and UL with top dishes", async () => {
    const req = request("pescatarian", ["vitaminDMcg"]);
    const plan = await planWeek(req);
    const ex = explainPlan(plan, req);
    expect(ex.days).toHaveLength(7);
    const weekD = ex.week.find((n) => n.nutrient === "vitaminDMcg")!;
    expect(weekD.reference).toBeCloseTo(15 * 7, 9);
    expect(weekD.ul).toBe(100 * 7);
    expect(weekD.flagged).toBe(true);
    expect(weekD.topDishes.length).toBeGreaterThan(0);
    expect(weekD.topDishes[0]!.percent).toBeGreaterThan(0);
    const weekMg = ex.week.find((n) => n.nutrient === "magnesiumMg")!;
    expect(weekMg.ul).toBeNull(); // magnesium's UL limits supplements only
    const sumDays = ex.days.reduce(
      (acc, d) => acc + d.nutrients.find((n) => n.nutrient === "vitaminDMcg")!.total,
      0,
    );
    expect(sumDays).toBeCloseTo(weekD.total, 6);
  });
});

describe("baselines", () => {
  it("random and greedy plans respect the diet, allergens and dislikes", () => {
    const disliked = catalogue.foods.find((f) => f.name.toLowerCase().includes("banana"))!.id;
    const req = request("vegan", ["vitaminB12Mcg"], { allergens: ["soy"], dislikedFoodIds: [disliked] });
    const resolved = resolveRequest(req);
    for (const days of [randomPlan(req, 3), greedyPlan(req)]) {
      for (const meal of days.flatMap((d) => d.meals)) {
        expect(exclusionReason(resolved.dishById.get(meal.dishId)!, resolved)).toBeNull();
      }
    }
  });

  it("the planner beats the greedy filler on the seed", async () => {
    const req = request("vegan", ["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"], {
      energyTargetKcal: 1500,
    });
    const plan = await planWeek(req);
    const greedy = scorePlan({ days: greedyPlan(req) }, req);
    expect(scorePlan(plan, req).objective.total).toBeLessThanOrEqual(greedy.objective.total);
  });
});
