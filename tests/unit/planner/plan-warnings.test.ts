import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import { dishFromRecipe } from "@/lib/planner/dish";
import { explainPlan } from "@/lib/planner/explain";
import { planWarnings } from "@/lib/planner/plan-warnings";
import { candidatesBySlot, resolveRequest } from "@/lib/planner/request";
import { DEFAULT_SLOTS, type PlanDay, type PlanRequest } from "@/lib/planner/types";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const dishes = loadSeedCatalogue().recipes.map(dishFromRecipe);
const request: PlanRequest = {
  dishes,
  diet: "vegan",
  energyTargetKcal: 2000,
  intakes: referenceIntakes({ sex: "female", age: 40 }),
  favouredNutrients: ["vitaminB12Mcg"],
};
const bySlot = candidatesBySlot(resolveRequest(request));

/** Any vegan week: one allowed dish per slot and day, any portion. */
const veganWeekArb: fc.Arbitrary<PlanDay[]> = fc
  .array(
    fc.tuple(
      ...DEFAULT_SLOTS.map((slot) =>
        fc.tuple(fc.constantFrom(...bySlot[slot]), fc.constantFrom(0.75, 1, 1.25, 1.5)),
      ),
    ),
    { minLength: 7, maxLength: 7 },
  )
  .map((days) =>
    days.map((meals, day) => ({
      day,
      meals: meals.map(([dish, portion], index) => ({
        slot: DEFAULT_SLOTS[index]!,
        dishId: dish.id,
        portion,
        locked: false,
      })),
    })),
  );

describe("plan warnings", () => {
  it("a vegan plan below the B12 RDA always carries the vegan-b12 warning with its gap, and only then", () => {
    fc.assert(
      fc.property(veganWeekArb, (days) => {
        const explanation = explainPlan({ days }, request);
        const b12 = explanation.week.find((entry) => entry.nutrient === "vitaminB12Mcg")!;
        const warning = planWarnings(explanation, "vegan").find((w) => w.code === "vegan-b12");
        if (b12.total < b12.reference) {
          expect(warning?.severity).toBe("warning");
          expect(warning?.title).toMatch(/short of vitamin B12 by .* µg a day/);
          expect(warning?.message).toMatch(/supplement/);
        } else {
          expect(warning).toBeUndefined();
        }
      }),
      { seed: 20261124, numRuns: 300 },
    );
  });

  it("says so when a vegan week's B12 comes only from fortified foods", () => {
    const fortifiedBreakfast = bySlot.breakfast.reduce((best, dish) =>
      dish.b12FortifiedMcg > best.b12FortifiedMcg ? dish : best,
    );
    const days: PlanDay[] = Array.from({ length: 7 }, (_, day) => ({
      day,
      meals: DEFAULT_SLOTS.map((slot) => ({
        slot,
        dishId: slot === "breakfast" ? fortifiedBreakfast.id : bySlot[slot][0]!.id,
        portion: 1.5,
        locked: false,
      })),
    }));
    const explanation = explainPlan({ days }, request);
    const codes = planWarnings(explanation, "vegan").map((w) => w.code);
    const b12 = explanation.week.find((entry) => entry.nutrient === "vitaminB12Mcg")!;
    expect(explanation.b12.onlyFortified).toBe(true);
    expect(codes).toContain(b12.total >= b12.reference ? "vegan-b12-fortified-only" : "vegan-b12");
  });

  it("asks for fortified foods and sunlight when vitamin D is short", () => {
    const days: PlanDay[] = Array.from({ length: 7 }, (_, day) => ({
      day,
      meals: DEFAULT_SLOTS.map((slot) => ({
        slot,
        dishId: bySlot[slot].find((d) => d.perServing.vitaminDMcg === 0)!.id,
        portion: 1,
        locked: false,
      })),
    }));
    const warning = planWarnings(explainPlan({ days }, request), "vegan").find(
      (w) => w.code === "vitamin-d-short",
    );
    expect(warning?.message).toMatch(/fortified/);
    expect(warning?.message).toMatch(/sunlight/);
  });
});

describe("daily upper limits", () => {
  // A 60-year-old woman: calcium UL 2,000 mg a day. One day far above it, the week far below 7 × 2,000 mg.
  const older: PlanRequest = {
    dishes,
    diet: "omnivore",
    energyTargetKcal: 1800,
    intakes: referenceIntakes({ sex: "female", age: 60 }),
  };
  const richest = [...dishes].sort((a, b) => b.perServing.calciumMg - a.perServing.calciumMg)[0]!;
  const portion = Math.ceil((2100 / richest.perServing.calciumMg) * 4) / 4;
  const oneDayOver: PlanDay[] = Array.from({ length: 7 }, (_, day) => ({
    day,
    meals: day === 2 ? [{ slot: "breakfast" as const, dishId: richest.id, portion, locked: false }] : [],
  }));

  it("names the day above the calcium UL and by how much, though the week is under 7 × the UL", () => {
    const explanation = explainPlan({ days: oneDayOver }, older);
    const week = explanation.week.find((entry) => entry.nutrient === "calciumMg")!;
    expect(week.total).toBeLessThan(7 * 2000);
    const calcium = planWarnings(explanation, "omnivore").filter((w) => w.code === "above-upper-limit");
    const total = richest.perServing.calciumMg * portion;
    expect(calcium).toHaveLength(1);
    expect(calcium[0]).toMatchObject({
      nutrient: "calciumMg",
      severity: "warning",
      title: "Calcium is above its safe daily upper limit of 2,000 mg on one day",
    });
    expect(calcium[0]!.message).toContain("Wednesday");
    expect(calcium[0]!.message).toContain(`(${Math.round(total - 2000).toLocaleString("en-US")} mg over)`);
  });

  it("says nothing when every day is within the UL", () => {
    const withinUl = oneDayOver.map((day) => ({
      ...day,
      meals: day.meals.map((meal) => ({ ...meal, portion: 0.25 })),
    }));
    const warnings = planWarnings(explainPlan({ days: withinUl }, older), "omnivore");
    expect(warnings.filter((w) => w.code === "above-upper-limit")).toEqual([]);
  });

  it("does not tell a vegetarian short of B12 to add fish", () => {
    const empty: PlanDay[] = Array.from({ length: 7 }, (_, day) => ({ day, meals: [] }));
    const b12 = planWarnings(explainPlan({ days: empty }, older), "vegetarian").find(
      (w) => w.code === "b12-short",
    )!;
    expect(b12.message).not.toMatch(/fish/i);
    expect(b12.message).toMatch(/dairy, eggs, fortified foods .* or a supplement/);
  });
});
