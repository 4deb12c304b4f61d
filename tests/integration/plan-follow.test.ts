// Plans follow the profile: conflicts after a profile change and the one fix, weeks that cannot keep their
// rules with their relaxations, the variety figure, calcium counted, the kidney caution of a preview.
import { describe, expect, it } from "vitest";
import { touchesAllergens } from "@/lib/nutrition/diet";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { ALLERGENS, type Allergen } from "@/lib/nutrition/types";
import { PROFILE_CHANGED } from "@/lib/planner/follow-warnings";
import { candidatesBySlot, resolveRequest } from "@/lib/planner/request";
import { getEnergyCeilingKcal } from "@/lib/services/planning/get-energy-ceiling";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { getWeeklyPlan } from "@/lib/services/planning/get-weekly-plan";
import type { PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningCatalogue, planRequestFor } from "@/lib/services/planning/planning-context";
import { previewPlan } from "@/lib/services/planning/preview-plan";
import { relaxWeeklyPlan } from "@/lib/services/planning/relax-weekly-plan";
import { replaceConflictingMeals } from "@/lib/services/planning/replace-conflicting-meals";
import { saveProfile } from "@/lib/services/profile/save-profile";
import { planJson, planViewJson } from "@/app/api/_lib/plan-json";
import { createUserWithProfile } from "@/tests/db-utils";
import { buildProfile } from "@/tests/factories/profile";
import { PLAN_WEEK } from "@/tests/factories/plan";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

/** A week after today whatever day the suite runs (this and later weeks are checked), and the one before. */
const LATER_WEEK = "2030-01-07";
const WEEK_BEFORE = "2029-12-31";

/** The allergen in the fewest meals of the plan (at least one): adding it makes a few conflicts. */
function rareAllergenOf(result: PlanResult): Allergen {
  const dishes = new Map(result.request.dishes.map((dish) => [dish.id, dish]));
  const counts = ALLERGENS.map((allergen) => ({
    allergen,
    meals: result.plan.entries.filter((e) => touchesAllergens(dishes.get(e.recipeId)!, new Set([allergen])))
      .length,
  })).filter((c) => c.meals > 0);
  return counts.sort((a, b) => a.meals - b.meals)[0]!.allergen;
}

describe.each(testDatabaseKinds())("plans follow the profile on %s", (kind) => {
  const db = useTestDatabase(kind);

  const userWith = (profile: Partial<DietaryProfile>) => createUserWithProfile(db, "follow", profile);

  it("a new allergy makes conflicts of this and later weeks only; one fix replaces only those meals", async () => {
    const userId = await userWith({});
    const later = await generateWeeklyPlan(userId, LATER_WEEK, db);
    await generateWeeklyPlan(userId, PLAN_WEEK, db);
    const allergen = rareAllergenOf(later);
    await saveProfile(userId, buildProfile({ allergens: [allergen] }), 1, db);

    const read = (await getWeeklyPlan(userId, { weekStart: LATER_WEEK }, db))!;
    const conflicts = read.follow.conflicts;
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) {
      expect(conflict.reasons.map((r) => r.rule)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(allergen|may-contain)$/)]),
      );
    }
    const json = planJson(read);
    expect(json.conflicts).toHaveLength(conflicts.length);
    expect(json.warnings.map((w) => w.code)).toContain(PROFILE_CHANGED);
    // A past week was eaten: it is not checked against today's profile.
    const past = (await getWeeklyPlan(userId, { weekStart: PLAN_WEEK }, db))!;
    expect(past.follow.conflicts).toEqual([]);

    const fixed = await replaceConflictingMeals(userId, { weekStart: LATER_WEEK }, db);
    expect(fixed.follow.conflicts).toEqual([]);
    expect(planJson(fixed).warnings.map((w) => w.code)).not.toContain(PROFILE_CHANGED);
    const dishes = new Map(fixed.request.dishes.map((dish) => [dish.id, dish]));
    for (const entry of fixed.plan.entries) {
      expect(touchesAllergens(dishes.get(entry.recipeId)!, new Set([allergen]))).toBe(false);
    }
    const key = (e: { day: number; slot: string }) => `${e.day}:${e.slot}`;
    const conflicting = new Set(conflicts.map(key));
    const kept = later.plan.entries.filter((entry) => !conflicting.has(key(entry)));
    for (const entry of kept) {
      expect(fixed.plan.entries.find((e) => key(e) === key(entry))).toMatchObject({
        recipeId: entry.recipeId,
        portion: entry.portion,
        locked: false,
      });
    }
    expect(fixed.plan.entries).toHaveLength(later.plan.entries.length);
  });

  it("a changed energy target or flag is reported with regenerate, not as a conflict", async () => {
    const userId = await userWith({ energyTargetOverrideKcal: 2000 });
    await generateWeeklyPlan(userId, LATER_WEEK, db);
    await saveProfile(
      userId,
      buildProfile({ energyTargetOverrideKcal: 2300, favouredNutrients: ["calciumMg"] }),
      1,
      db,
    );
    const read = (await getWeeklyPlan(userId, { weekStart: LATER_WEEK }, db))!;
    expect(read.follow.conflicts).toEqual([]);
    expect(read.follow.drift).toEqual({
      energy: { fromKcal: 2000, toKcal: 2300 },
      favouredAdded: ["calciumMg"],
      favouredRemoved: [],
      meals: null,
    });
    const warning = planJson(read).warnings.find((w) => w.code === PROFILE_CHANGED)!;
    expect(warning.severity).toBe("info");
    expect(warning.message).toMatch(/2,000 to 2,300 kcal.*regenerate/i);
  });

  it("reports distinct dishes and the overlap with last week", async () => {
    const userId = await userWith({});
    const before = await generateWeeklyPlan(userId, WEEK_BEFORE, db);
    expect(before.follow.variety.overlapWithLastWeek).toBeNull();
    const week = await generateWeeklyPlan(userId, LATER_WEEK, db);
    const distinct = new Set(week.plan.entries.map((e) => e.recipeId));
    const lastWeek = new Set(before.plan.entries.map((e) => e.recipeId));
    expect(planJson(week).variety).toEqual({
      distinctDishes: distinct.size,
      meals: 28,
      overlapWithLastWeek: [...distinct].filter((id) => lastWeek.has(id)).length,
    });
  });

  it("counts calcium milk-equivalent: coverage uses the counted figure, never above what is eaten", async () => {
    const userId = await userWith({ diet: "vegan" });
    const week = await generateWeeklyPlan(userId, LATER_WEEK, db);
    const { calcium } = week.follow;
    expect(calcium.countedMg).toBeLessThanOrEqual(calcium.eatenMg + 1e-6);
    expect(week.view.coverage.calciumMg.total / 7).toBeCloseTo(calcium.countedMg, 3);
    const json = planJson(week).calcium;
    expect(json.eatenMg).toBeGreaterThan(0);
  });

  it("a week that cannot keep its rules says which binds and applies a relaxation for that week only", async () => {
    // Every lunch dish but three disliked: three dishes at most twice a week cannot fill seven lunches.
    const catalogue = await loadPlanningCatalogue(db);
    const lunches = candidatesBySlot(
      resolveRequest(planRequestFor(buildProfile(), catalogue, new Date())),
    ).lunch;
    const userId = await userWith({ dislikedRecipeIds: lunches.slice(3).map((dish) => dish.id) });
    const week = await generateWeeklyPlan(userId, LATER_WEEK, db);
    const infeasibility = week.follow.infeasibility;
    expect(infeasibility, "this profile is expected to be infeasible").not.toBeNull();
    expect(week.plan.solver.status).toBe("infeasible");
    const json = planJson(week);
    expect(json.bindingRule?.message).toBe(infeasibility!.message);
    expect(json.bindingRule).toEqual({
      rule: "max-repeats",
      message: "Lunch: 3 allowed dishes cannot fill 7 days at most 2 times each.",
    });
    expect(json.relaxations.map((r) => r.kind)).toEqual(["allow-three-repeats", "drop-dislike"]);
    expect(json.warnings.map((w) => w.code)).toContain("infeasible-week");

    const relaxation = json.relaxations[0]!;
    const relaxed = await relaxWeeklyPlan(userId, { weekStart: LATER_WEEK, relaxation: relaxation.id }, db);
    expect(relaxed.plan.relaxations).toEqual([relaxation.id]);
    expect(planJson(relaxed).relaxed).toEqual([relaxation.id]);
    // The relaxation is the week's: reading it again keeps it, and the profile is unchanged.
    const read = (await getWeeklyPlan(userId, { weekStart: LATER_WEEK }, db))!;
    expect(read.plan.relaxations).toEqual([relaxation.id]);
    expect(read.follow.infeasibility).toBeNull();
    expect(read.plan.solver.status).not.toBe("infeasible");
  });

  it("a computed energy target below 1,200 kcal is planned at 1,200 with a note to ask a doctor", async () => {
    // A small, sedentary woman of 80: Mifflin-St Jeor gives about 930 kcal a day.
    const small = {
      sex: "female",
      birthYear: 1946,
      heightCm: 150,
      weightKg: 40,
      activityLevel: "sedentary",
    } as const;
    const preview = await previewPlan(buildProfile(small), db);
    const raised = preview.follow.warnings.find((w) => w.code === "energy-target-raised");
    expect(raised?.message).toMatch(/1,200 kcal.*doctor/);
    expect(preview.view.coverage.energyKcal.target).toBe(7 * 1200);
  });

  it("refuses a hand-set energy target no day of the catalogue reaches, naming the most", async () => {
    const userId = await userWith({});
    const ceiling = await getEnergyCeilingKcal(db);
    // Three snacks and sides make room for an athlete's day.
    expect(ceiling).toBeGreaterThan(4000);
    await expect(
      saveProfile(userId, buildProfile({ energyTargetOverrideKcal: ceiling + 50 }), 1, db),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: [{ field: "energyTargetOverrideKcal", message: expect.stringContaining("at most") }],
    });
    expect(await saveProfile(userId, buildProfile({ energyTargetOverrideKcal: ceiling }), 1, db)).toBe(2);
  });

  it("a preview for a profile with kidney disease cautions about magnesium and never advises favouring it", async () => {
    const preview = await previewPlan(buildProfile({ riskFactors: ["kidney_disease"] }), db);
    const json = planViewJson(
      preview.view,
      preview.solver,
      preview.profileWarnings,
      preview.violations,
      preview.follow,
    );
    const codes = json.warnings.map((w) => w.code);
    expect(codes).toContain("kidney-magnesium-caution");
    for (const warning of json.warnings) {
      expect(`${warning.title} ${warning.message}`).not.toMatch(/favou?r(ing)? magnesium|more magnesium/i);
    }
    expect(json.favouring).toEqual([]);
  });
});
