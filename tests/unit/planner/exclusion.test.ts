import { describe, expect, it } from "vitest";
import { referenceIntakes } from "@/lib/nutrition/reference-intakes";
import { dishFromRecipe } from "@/lib/planner/dish";
import { exclusionReason, resolveRequest } from "@/lib/planner/request";
import type { Allergen, Diet } from "@/lib/nutrition/types";
import { loadSeedCatalogue } from "@/tests/unit/planner/seed-catalogue";

const catalogue = loadSeedCatalogue();
const dish = (slug: string) => dishFromRecipe(catalogue.recipes.find((r) => r.slug === slug)!);

function reasonFor(slug: string, diet: Diet, allergens: Allergen[] = []) {
  const req = resolveRequest({
    dishes: [dish(slug)],
    diet,
    allergens,
    energyTargetKcal: 2000,
    intakes: referenceIntakes({ sex: "female", age: 40 }),
  });
  return exclusionReason(dish(slug), req);
}

describe("the planner's exclusion of unverified foods", () => {
  it("keeps dark-chocolate-squares (chocolate unverified for milk) from vegans, not from vegetarians", () => {
    expect(reasonFor("dark-chocolate-squares", "vegan")).toBe("diet");
    expect(reasonFor("dark-chocolate-squares", "vegetarian")).toBeNull();
  });

  it("excludes a dish for an allergen an ingredient may contain", () => {
    const squares = dish("dark-chocolate-squares");
    expect(squares.allergens).not.toContain("milk");
    expect(squares.mayContain).toContain("milk");
    expect(reasonFor("dark-chocolate-squares", "omnivore", ["milk"])).toBe("allergen");
    const free = (["fish", "shellfish"] as const).filter(
      (a) => !squares.allergens.includes(a) && !squares.mayContain.includes(a),
    );
    expect(reasonFor("dark-chocolate-squares", "omnivore", [...free])).toBeNull();
  });
});
