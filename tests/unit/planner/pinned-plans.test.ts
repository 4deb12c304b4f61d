// Pins the plans of a few fixed requests and seeds (the entries, not just their scores), so that a
// refactor of the planner that changes any plan fails here. A deliberate change to the model
// updates the snapshot in the same commit and says why.
import { beforeAll, describe, expect, it } from "vitest";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import type { Diet, TargetNutrient } from "@/lib/nutrition/types";
import { dishFromRecipe } from "@/lib/planner/dish";
import { warmUpPlanner } from "@/lib/planner/highs";
import { planWeek } from "@/lib/planner/plan-week";
import type { PlanRequest, WeekPlan } from "@/lib/planner/types";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const dishes = loadSeedCatalogue().recipes.map(dishFromRecipe);

interface PinnedCase {
  name: string;
  diet: Diet;
  favoured: TargetNutrient[];
  seed: number;
  extra?: Partial<PlanRequest>;
}

const CASES: PinnedCase[] = [
  {
    name: "vegan, all four flagged",
    diet: "vegan",
    favoured: ["magnesiumMg", "calciumMg", "vitaminDMcg", "vitaminB12Mcg"],
    seed: 7,
  },
  { name: "omnivore, B12", diet: "omnivore", favoured: ["vitaminB12Mcg"], seed: 42 },
  { name: "vegetarian, none", diet: "vegetarian", favoured: [], seed: 3 },
  {
    name: "pescatarian, vitamin D, two locked meals",
    diet: "pescatarian",
    favoured: ["vitaminDMcg"],
    seed: 11,
    extra: {
      locked: [
        {
          day: 2,
          slot: "dinner",
          dishId: dishes.find((d) => d.mealTypes.includes("dinner") && d.diets.includes("pescatarian"))!.id,
          portion: 1,
        },
        {
          day: 5,
          slot: "breakfast",
          dishId: dishes.find((d) => d.mealTypes.includes("breakfast") && d.diets.includes("vegan"))!.id,
          portion: 1.25,
        },
      ],
    },
  },
];

/** One line per meal: "day slot dishId×portion" (a lock is marked with an asterisk). */
function entriesOf(plan: WeekPlan): string[] {
  return plan.days.flatMap((day) =>
    day.meals.map((m) => `${day.day} ${m.slot} ${m.dishId}×${m.portion}${m.locked ? "*" : ""}`),
  );
}

beforeAll(async () => {
  await warmUpPlanner();
});

describe("pinned plans for fixed seeds", () => {
  it.each(CASES)(
    "$name (seed $seed)",
    async ({ diet, favoured, seed, extra }) => {
      const plan = await planWeek({
        dishes,
        diet,
        energyTargetKcal: 1900,
        intakes: referenceIntakes({ sex: "female", age: 45 }),
        favouredNutrients: favoured,
        seed,
        // A long limit: the pinned plan must not depend on how busy the machine is.
        timeLimitMs: 30_000,
        ...extra,
      });
      expect({ status: plan.solver.status, entries: entriesOf(plan) }).toMatchSnapshot();
    },
    60_000,
  );
});
