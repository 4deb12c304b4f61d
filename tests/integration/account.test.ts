import { beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/config";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { deleteAccount } from "@/lib/services/account/delete-account";
import { exportAccountData } from "@/lib/services/account/export-account-data";
import { listMealAlternatives, swapMeal } from "@/lib/services/planning/change-meal";
import { changeSide, listSideOptions } from "@/lib/services/planning/change-side";
import { saveProfile } from "@/lib/services/profile/save-profile";
import { addSupplement } from "@/lib/services/memory/add-supplement";
import { logMeal } from "@/lib/services/memory/log-meal";
import { rateRecipe } from "@/lib/services/memory/rate-recipe";
import { saveDiaryEntry } from "@/lib/services/memory/save-diary-entry";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import { setPantryItem } from "@/lib/services/shopping/pantry";
import { addShoppingExtra, checkShoppingItems } from "@/lib/services/shopping/update-shopping-list";
import { authPost, cookieOf, createPlan, createProfile, randomIp, signUpUser } from "@/tests/db-utils";
import { PLAN_WEEK } from "@/tests/factories/plan";
import { buildProfile } from "@/tests/factories/profile";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

/** Tables that hold no one's personal data: the shared catalogue and better-auth's own bookkeeping. */
// The shared catalogue (a user's own foods and recipes are proven private in own-recipes.test.ts).
const NOT_PERSONAL = new Set<string>([
  "Food",
  "FoodPortion",
  "Recipe",
  "RecipeIngredient",
  "Side",
  "Verification",
]);

/** How many rows of each table belong to a user. Every model must be listed (or be NOT_PERSONAL). */
async function rowsOf(db: Database, userId: string): Promise<Record<string, number>> {
  const p = db.prisma;
  const ofPlan = { plan: { userId } };
  return {
    User: await p.user.count({ where: { id: userId } }),
    Session: await p.session.count({ where: { userId } }),
    Account: await p.account.count({ where: { userId } }),
    Profile: await p.profile.count({ where: { userId } }),
    ProfileVersion: await p.profileVersion.count({ where: { userId } }),
    Plan: await p.plan.count({ where: { userId } }),
    PlanEntry: await p.planEntry.count({ where: ofPlan }),
    PlanEntrySide: await p.planEntrySide.count({ where: { entry: ofPlan } }),
    PlanRevision: await p.planRevision.count({ where: ofPlan }),
    ShoppingCheck: await p.shoppingCheck.count({ where: ofPlan }),
    ShoppingExtraItem: await p.shoppingExtraItem.count({ where: ofPlan }),
    PantryItem: await p.pantryItem.count({ where: { userId } }),
    RateLimit: await p.rateLimit.count({ where: { key: { endsWith: `|${userId}` } } }),
    RecipeRating: await p.recipeRating.count({ where: { userId } }),
    DishSwapAway: await p.dishSwapAway.count({ where: { userId } }),
    MealLog: await p.mealLog.count({ where: { userId } }),
    Supplement: await p.supplement.count({ where: { userId } }),
    DiaryEntry: await p.diaryEntry.count({ where: { userId } }),
  };
}

describe.each(testDatabaseKinds())("your data is yours on %s", (kind) => {
  const db = useTestDatabase(kind);
  let auth: ReturnType<typeof createAuth>;
  beforeAll(() => {
    auth = createAuth(db, { trustClientAddressHeader: true });
  });

  /** A real account (sign-up, a second sign-in) with a profile, a plan with a swap, a list and a pantry. */
  async function fullUser(label: string) {
    const user = await signUpUser(db, auth, label);
    const { id, email, password } = user;
    const signIn = await authPost(auth, "/sign-in/email", { email, password }, { ip: randomIp() });
    expect(signIn.status).toBe(200);

    await createProfile(db, id, { diet: "vegetarian" });
    await saveProfile(id, buildProfile({ diet: "vegetarian", householdSize: 2 }), 1, db);
    const { plan } = await createPlan(db, id);
    const [alternative] = (await listMealAlternatives(id, { planId: plan.id, day: 0, slot: "dinner" }, db))!;
    await swapMeal(id, { planId: plan.id, day: 0, slot: "dinner", recipeId: alternative!.dishId }, db);
    // A side chosen by hand, so the plan has one whatever the planner picked.
    const place = { planId: plan.id, day: 0, slot: "lunch" as const, position: 0 };
    const sides = await listSideOptions(id, place, db);
    // The first that keeps the day under its upper limits (changeSide refuses the others).
    for (const side of sides) {
      const added = await changeSide(id, { ...place, sideId: side.sideId }, db).then(
        () => true,
        () => false,
      );
      if (added) break;
    }
    const [item] = (await getShoppingList(id, { planId: plan.id }, db))!.items;
    await checkShoppingItems(id, plan.id, [{ foodId: item!.foodId, checked: true }], db);
    await addShoppingExtra(id, plan.id, "washing-up liquid", db);
    await setPantryItem(id, item!.foodId, 250, db);
    await hitRateLimit(db, `plan-generate|${id}`, 20, 60_000);
    // The memory (ADR 021).
    await rateRecipe(id, { recipeId: alternative!.dishId, rating: "love" }, db);
    await logMeal(id, { planId: plan.id, day: 0, slot: "dinner", status: "eaten" }, db);
    await addSupplement(id, { nutrient: "vitaminB12Mcg", amount: 250, timesPerWeek: 7 }, db);
    await saveDiaryEntry(id, { date: PLAN_WEEK, symptoms: [{ code: "fatigue", severity: 1 }] }, db);
    return { id, email, password, cookie: cookieOf(signIn), planId: plan.id, foodId: item!.foodId };
  }

  it("counts every table: a new model must say whether it holds personal data", async () => {
    const counted = Object.keys(await rowsOf(db, "nobody"));
    const models = Object.values(Prisma.ModelName).filter((model) => !NOT_PERSONAL.has(model));
    expect(counted.sort()).toEqual([...models].sort());
  });

  it("exports everything about the user and nothing secret or of anyone else", async () => {
    const alice = await fullUser("alice");
    const bob = await fullUser("bob");
    const data = (await exportAccountData(alice.id, db))!;
    expect(data.account).toMatchObject({ id: alice.id, email: alice.email, name: "alice" });
    expect(data.account.signInMethods).toEqual([expect.objectContaining({ provider: "credential" })]);
    // Sign-up opens none (ADR 016); signUpUser signs in once and fullUser a second time.
    expect(data.account.sessions).toHaveLength(2);
    expect(data.profile).toMatchObject({ version: 2, diet: "vegetarian", householdSize: 2 });
    expect(data.profileVersions.map((v) => v.version)).toEqual([1, 2]);
    expect(data.plans).toHaveLength(1);
    const [plan] = data.plans;
    expect(plan).toMatchObject({ id: alice.planId, weekStart: PLAN_WEEK });
    expect(plan!.entries.length).toBeGreaterThan(0);
    expect(plan!.entries[0]!.recipeName).toEqual(expect.any(String));
    expect(plan!.revisions.length).toBeGreaterThan(0);
    expect(plan!.shoppingList.checks).toEqual([
      expect.objectContaining({ foodId: alice.foodId, checked: true }),
    ]);
    expect(plan!.shoppingList.extraItems).toEqual([
      expect.objectContaining({ text: "washing-up liquid", checked: false }),
    ]);
    expect(data.pantry).toEqual([expect.objectContaining({ foodId: alice.foodId, grams: 250 })]);
    expect(data.ratings).toEqual([expect.objectContaining({ rating: "love" })]);
    expect(data.swapsAway).toEqual([expect.objectContaining({ swapsAwayInARow: 1, lessOften: null })]);
    expect(plan!.mealLogs).toEqual([expect.objectContaining({ day: 0, slot: "dinner", status: "eaten" })]);
    expect(data.supplements).toEqual([expect.objectContaining({ nutrient: "vitaminB12Mcg", amount: 250 })]);
    expect(data.diary).toEqual([expect.objectContaining({ date: PLAN_WEEK })]);

    const json = JSON.stringify(data);
    expect(json).not.toContain(bob.id);
    expect(json).not.toContain(bob.email);
    const secrets = await db.prisma.session.findMany({
      where: { userId: alice.id },
      select: { token: true },
    });
    const [account] = await db.prisma.account.findMany({ where: { userId: alice.id } });
    for (const { token } of secrets) expect(json).not.toContain(token);
    expect(account!.password).toBeTruthy();
    expect(json).not.toContain(account!.password!);
    await expect(exportAccountData("no-such-user", db)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("deletes every row of the user in one go, ends their sessions, and leaves other users alone", async () => {
    const alice = await fullUser("alice");
    const bob = await fullUser("bob");
    const aliceBefore = await rowsOf(db, alice.id);
    const bobBefore = await rowsOf(db, bob.id);
    for (const [table, count] of Object.entries(aliceBefore)) {
      expect(count, `alice has ${table} rows to delete`).toBeGreaterThan(0);
    }
    expect(await auth.api.getSession({ headers: new Headers({ cookie: alice.cookie }) })).not.toBeNull();

    await expect(deleteAccount(alice, "someone-else@example.test", db)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: [{ field: "confirmEmail" }],
    });
    expect(await rowsOf(db, alice.id)).toEqual(aliceBefore);

    await deleteAccount(alice, ` ${alice.email.toUpperCase()} `, db);
    const aliceAfter = await rowsOf(db, alice.id);
    expect(aliceAfter).toEqual(Object.fromEntries(Object.keys(aliceBefore).map((table) => [table, 0])));
    expect(await rowsOf(db, bob.id)).toEqual(bobBefore);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: alice.cookie }) })).toBeNull();
    expect(await auth.api.getSession({ headers: new Headers({ cookie: bob.cookie }) })).not.toBeNull();
    await expect(deleteAccount(alice, alice.email, db)).rejects.toMatchObject({ code: "NOT_FOUND" });

    // The email is free again: signing in fails, signing up again starts from nothing.
    const { email, password } = alice;
    const signIn = await authPost(auth, "/sign-in/email", { email, password }, { ip: randomIp() });
    expect(signIn.status).toBe(401);
  });
});
