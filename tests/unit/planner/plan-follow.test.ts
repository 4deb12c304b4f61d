// Plans follow the profile, the pure parts: which meals conflict and why, the banner's words, what binds
// in an infeasible week and which relaxations are offered and applied, filling empty slots, variety.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAllowedFor, touchesAllergens } from "@/lib/nutrition/diet";
import { DEFAULT_ADULT_INTAKES } from "@/lib/nutrition/reference-intakes";
import type { Allergen } from "@/lib/nutrition/types";
import { calciumSentence } from "@/lib/planner/counted-calcium";
import { fillEmptySlots } from "@/lib/planner/fill-empty-slots";
import { largestDayKcal } from "@/lib/planner/largest-day";
import {
  conflictHeadline,
  dishConflictReasons,
  planConflicts,
  profileDrift,
  type ProfileRules,
} from "@/lib/planner/profile-conflicts";
import {
  explainInfeasibility,
  isRelaxationId,
  relaxedProfile,
  relaxedRequest,
} from "@/lib/planner/relaxations";
import { checkHardRules } from "@/lib/planner/score";
import { resolveRequest } from "@/lib/planner/request";
import { DEFAULT_SLOTS, type Dish, type PlanDay, type PlanRequest } from "@/lib/planner/types";
import { varietySentence, weekVariety } from "@/lib/planner/week-variety";
import { buildProfile } from "@/tests/factories/profile";
import { catalogueArb } from "@/tests/unit/planner/arbitraries";
import { testDish as dish } from "@/tests/unit/planner/test-dish";

const NO_RULES: ProfileRules = {
  diet: "omnivore",
  allergens: [],
  dislikedFoodIds: [],
  dislikedFamilies: [],
  dislikedDishIds: [],
};

/** A week of one dish per slot, day by day from `ids` (cycling). */
function weekOf(ids: number[]): PlanDay[] {
  return Array.from({ length: 7 }, (_, day) => ({
    day,
    meals: DEFAULT_SLOTS.map((slot, s) => ({
      slot,
      dishId: ids[(day * 4 + s) % ids.length]!,
      portion: 1,
      locked: false,
    })),
  }));
}

function request(dishes: Dish[], overrides: Partial<PlanRequest> = {}): PlanRequest {
  return { dishes, diet: "omnivore", energyTargetKcal: 2000, intakes: DEFAULT_ADULT_INTAKES, ...overrides };
}

describe("planConflicts", () => {
  const peanut = dish(1, { allergens: ["peanuts"] });
  const tahini = dish(2, { mayContain: ["sesame"] });
  const chicken = dish(3, { facts: { containsMeat: true }, foodIds: [31, 32] });
  const plain = dish(4);
  const byId = new Map([peanut, tahini, chicken, plain].map((d) => [d.id, d]));

  it("names each meal that breaks a hard rule of the profile, with the reasons in words", () => {
    const days = weekOf([1, 2, 3, 4]);
    const rules: ProfileRules = {
      ...NO_RULES,
      diet: "vegetarian",
      allergens: ["peanuts", "sesame"],
      dislikedFamilies: [{ label: "Mushrooms", foodIds: [32] }],
    };
    const conflicts = planConflicts(days, byId, rules);
    expect(conflicts).toHaveLength(21);
    expect(conflicts[0]).toEqual({
      day: 0,
      slot: "breakfast",
      dishId: 1,
      dishName: "Dish 1",
      reasons: [{ rule: "allergen", subject: "peanuts", message: "contains peanuts" }],
    });
    expect(dishConflictReasons(tahini, rules)).toEqual([
      { rule: "may-contain", subject: "sesame", message: "may contain sesame" },
    ]);
    expect(dishConflictReasons(chicken, rules).map((r) => r.rule)).toEqual(["diet", "disliked-family"]);
    expect(dishConflictReasons(plain, rules)).toEqual([]);
  });

  it("reports disliked foods by name and disliked dishes", () => {
    const rules: ProfileRules = {
      ...NO_RULES,
      dislikedFoodIds: [31],
      dislikedDishIds: [4],
      foodNames: new Map([[31, "Chicken, breast"]]),
    };
    expect(dishConflictReasons(chicken, rules)[0]!.message).toBe(
      "contains Chicken, breast, which you dislike",
    );
    expect(dishConflictReasons(plain, rules)[0]!.rule).toBe("disliked-dish");
  });

  it("a conflict exactly when the planner would exclude the dish (random catalogues and profiles)", () => {
    fc.assert(
      fc.property(
        catalogueArb,
        fc.constantFrom("vegan", "vegetarian", "pescatarian", "omnivore" as const),
        fc.subarray(["milk", "egg", "peanuts", "soy", "sesame"] as Allergen[]),
        fc.subarray([1, 2, 3, 4, 5, 6]),
        (dishes, diet, allergens, disliked) => {
          const rules = { ...NO_RULES, diet, allergens, dislikedFoodIds: disliked };
          for (const d of dishes) {
            const excluded =
              !isAllowedFor(diet, d.dietFacts) ||
              touchesAllergens(d, new Set(allergens)) ||
              d.foodIds.some((id) => disliked.includes(id));
            expect(dishConflictReasons(d, rules).length > 0).toBe(excluded);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("says it in one headline: what the meals contain", () => {
    const rules: ProfileRules = { ...NO_RULES, allergens: ["peanuts", "sesame"] };
    const days = weekOf([1, 4, 4, 4, 2, 4, 4, 4]).slice(0, 2);
    const conflicts = planConflicts(days, byId, rules);
    expect(conflictHeadline(conflicts)).toBe("2 meals contain or may contain peanuts or sesame");
    expect(conflictHeadline(conflicts.slice(0, 1))).toBe("1 meal contains peanuts");
    const disliked = planConflicts(days, byId, { ...NO_RULES, dislikedDishIds: [4] });
    expect(conflictHeadline(disliked)).toBe("6 meals no longer fit your profile");
  });

  it("a changed energy target or flag is drift, not a conflict", () => {
    expect(
      profileDrift(
        { energyTargetKcal: 2000, favouredNutrients: ["calciumMg"] },
        { energyTargetKcal: 2000, favouredNutrients: ["calciumMg"] },
      ),
    ).toBeNull();
    expect(
      profileDrift(
        { energyTargetKcal: 2000, favouredNutrients: ["calciumMg"] },
        { energyTargetKcal: 2400, favouredNutrients: ["magnesiumMg"] },
      ),
    ).toEqual({
      energy: { fromKcal: 2000, toKcal: 2400 },
      favouredAdded: ["magnesiumMg"],
      favouredRemoved: ["calciumMg"],
    });
  });
});

describe("explainInfeasibility", () => {
  it("a slot with too few dishes binds: allow three repeats when that is enough, drop the dislike that frees most", () => {
    // Three lunch dishes allowed (7 > 3 × 2); a fourth and fifth are kept out by one dislike each.
    const dishes = [
      ...[1, 2, 3].map((id) => dish(id, { slots: ["lunch"] })),
      dish(4, { slots: ["lunch"], foodIds: [99] }),
      dish(5, { slots: ["lunch"], foodIds: [99] }),
      dish(6, { slots: ["lunch"], foodIds: [98] }),
      ...[7, 8, 9, 10, 11, 12].map((id) => dish(id, { slots: ["breakfast", "dinner", "snack"] })),
    ];
    const req = resolveRequest(request(dishes, { dislikedFoodIds: [99, 98] }));
    const days = weekOf([7, 1, 8, 9, 10, 2, 11, 12, 7, 3, 8, 9]);
    const result = explainInfeasibility(req, checkHardRules(days, req), [
      { id: "drop-food-98", label: "celery", foodIds: [98], dishId: null },
      { id: "drop-food-99", label: "olives", foodIds: [99], dishId: null },
    ]);
    expect(result).toEqual({
      rule: "max-repeats",
      message: "Lunch: 3 allowed dishes cannot fill 7 days at most 2 times each.",
      relaxations: [
        { id: "repeats-3", kind: "allow-three-repeats", label: "Allow a dish three times this week" },
        { id: "drop-food-99", kind: "drop-dislike", label: "Allow olives this week" },
      ],
    });
  });

  it("a day that cannot reach its energy window binds: add a snack, widen the window", () => {
    const dishes = [1, 2, 3, 4, 5, 6, 7, 8].map((id) => dish(id, { kcal: 300 }));
    const req = resolveRequest(request(dishes, { energyTargetKcal: 3000 }));
    const days = weekOf([1, 2, 3, 4, 5, 6, 7, 8]);
    const result = explainInfeasibility(req, checkHardRules(days, req))!;
    expect(result.rule).toBe("energy-window");
    expect(result.message).toBe(
      "The largest possible day is 2,400 kcal, below your energy window of 2,700 kcal–3,300 kcal.",
    );
    expect(result.relaxations.map((r) => r.id)).toEqual(["add-snack", "energy-window-15", "repeats-3"]);
  });

  it("nothing binds in a week that keeps its rules (a conflict is not infeasibility)", () => {
    const ids = Array.from({ length: 14 }, (_, i) => i + 1);
    const dishes = ids.map((id) => dish(id, { allergens: id === 1 ? ["milk"] : [] }));
    const req = resolveRequest(request(dishes, { allergens: ["milk"] }));
    const days = weekOf(ids);
    expect(checkHardRules(days, req).map((v) => v.rule)).toContain("allergen");
    expect(explainInfeasibility(req, checkHardRules(days, req))).toBeNull();
  });

  it("relaxations apply to the week's request and profile only", () => {
    const relaxed = relaxedRequest(request([]), ["repeats-3", "energy-window-15"]);
    expect(relaxed.maxRepeatsPerWeek).toBe(3);
    expect(relaxed.energyTolerance).toBe(0.15);
    const profile = buildProfile({ dislikedFoodIds: [5, 6], dislikedFamilies: ["mushrooms", "olives"] });
    expect(relaxedProfile(profile, ["drop-food-5", "drop-family-olives"])).toMatchObject({
      dislikedFoodIds: [6],
      dislikedFamilies: ["mushrooms"],
    });
    expect(isRelaxationId("drop-family-mushrooms")).toBe(true);
    expect(isRelaxationId("repeats-9")).toBe(false);
  });
});

describe("fillEmptySlots", () => {
  it("fills an empty slot with an allowed dish, never one that breaks a daily upper limit", () => {
    // Above the calcium UL (2,500 mg) even at half a serving.
    const rich = dish(1, { slots: ["lunch"], calciumMg: 6000 });
    const fine = dish(2, { slots: ["lunch"], calciumMg: 300 });
    const forbidden = dish(3, { slots: ["lunch"], allergens: ["milk"] });
    const other = [4, 5, 6, 7].map((id) => dish(id, { slots: ["breakfast", "dinner", "snack"] }));
    const req = resolveRequest(request([rich, fine, forbidden, ...other], { allergens: ["milk"] }));
    const days: PlanDay[] = weekOf([4, 4, 5, 6]).map((d) => ({
      ...d,
      meals: d.meals.filter((m) => m.slot !== "lunch"),
    }));
    const filled = fillEmptySlots(days, req);
    for (const day of filled) expect(day.meals.find((m) => m.slot === "lunch")?.dishId).toBe(2);
    // With only the dish above the UL allowed, the lunches stay empty rather than break it.
    const onlyRich = resolveRequest(request([rich, ...other]));
    expect(fillEmptySlots(days, onlyRich).every((d) => !d.meals.some((m) => m.slot === "lunch"))).toBe(true);
  });
});

describe("variety, calcium and the energy ceiling", () => {
  it("counts distinct dishes and those planned last week", () => {
    const variety = weekVariety(weekOf([1, 2, 3, 4, 5, 6, 7]), [1, 2, 99]);
    expect(variety).toEqual({ distinctDishes: 7, meals: 28, overlapWithLastWeek: 2 });
    expect(varietySentence(variety)).toBe(
      "7 different dishes in 28 meals; 2 of them were also planned last week.",
    );
    expect(weekVariety(weekOf([1]), null).overlapWithLastWeek).toBeNull();
  });

  it("says calcium eaten and counted, and why they differ", () => {
    const sentence = calciumSentence({
      eatenMg: 1120,
      countedMg: 910,
      poorlyAbsorbed: [{ name: "Spinach, raw", reason: "oxalate-rich green", lostMg: 200 }],
    });
    expect(sentence).toBe("1,120 mg eaten, 910 mg counted: spinach's calcium is poorly absorbed.");
    expect(calciumSentence({ eatenMg: 900, countedMg: 895, poorlyAbsorbed: [] })).toBeNull();
  });

  it("the largest day: each meal's richest dish at the largest portion", () => {
    const dishes = [
      dish(1, { slots: ["breakfast"], kcal: 400 }),
      dish(2, { slots: ["lunch", "dinner"], kcal: 700 }),
    ];
    expect(largestDayKcal(dishes)).toBe(2 * (400 + 700 + 700));
  });
});
