// Dislikes as people mean them: a disliked ingredient family or a whole dish is never planned.
import { beforeAll, describe, expect, it } from "vitest";
import { foodIdsInFamilies } from "@/lib/nutrition/food-families";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import { dishFromRecipe } from "@/lib/planner/dish";
import { warmUpPlanner } from "@/lib/planner/highs";
import { planWeek } from "@/lib/planner/plan-week";
import { exclusionReason, resolveRequest } from "@/lib/planner/request";
import type { PlanRequest } from "@/lib/planner/types";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const catalogue = loadSeedCatalogue();
const dishes = catalogue.recipes.map(dishFromRecipe);
const mushroomFoodIds = foodIdsInFamilies(catalogue.foods, ["mushrooms"]);
const request = (extra: Partial<PlanRequest> = {}): PlanRequest => ({
  dishes,
  diet: "vegetarian",
  energyTargetKcal: 1900,
  intakes: referenceIntakes({ sex: "female", age: 40 }),
  seed: 3,
  // The rules are under test, not the clock: a busy CI machine must not stop a stage early.
  timeLimitMs: 30_000,
  ...extra,
});
const byName = (prefix: string) => dishes.find((dish) => dish.name.startsWith(prefix))!;

beforeAll(async () => {
  await warmUpPlanner();
});

describe("exclusionReason with disliked families and dishes", () => {
  const porridge = byName("Millet porridge with pear");
  it.each<[string, Partial<PlanRequest>, string, "dislike" | null]>([
    [
      "a dish with a food of a disliked family",
      { dislikedFamilyFoodIds: mushroomFoodIds },
      "Portabella burgers",
      "dislike",
    ],
    ["a dish without one", { dislikedFamilyFoodIds: mushroomFoodIds }, "Millet porridge with pear", null],
    [
      "a dish disliked as a whole",
      { dislikedDishIds: [porridge.id] },
      "Millet porridge with pear",
      "dislike",
    ],
    ["another dish", { dislikedDishIds: [porridge.id] }, "Portabella burgers", null],
  ])("%s: %s", (_, extra, name, reason) => {
    expect(exclusionReason(byName(name), resolveRequest(request(extra)))).toBe(reason);
  });
});

describe("a week for someone who dislikes mushrooms and one dish", () => {
  it("plans no dish with any mushroom and never the disliked dish", async () => {
    const mushroomDishes = dishes.filter((dish) => dish.foodIds.some((id) => mushroomFoodIds.includes(id)));
    expect(mushroomDishes.length).toBeGreaterThanOrEqual(10);
    const neverAgain = byName("Overnight oats with chia");
    const plan = await planWeek(
      request({ dislikedFamilyFoodIds: mushroomFoodIds, dislikedDishIds: [neverAgain.id] }),
    );
    const planned = plan.days.flatMap((day) => day.meals.map((meal) => meal.dishId));
    expect(planned).toHaveLength(28);
    for (const id of planned) {
      expect(mushroomDishes.map((dish) => dish.id)).not.toContain(id);
      expect(id).not.toBe(neverAgain.id);
    }
  });
});
