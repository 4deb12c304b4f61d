import { describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { listMealAlternatives, swapMeal } from "@/lib/services/planning/change-meal";
import { getShoppingList } from "@/lib/services/shopping/get-shopping-list";
import { setPantryItem } from "@/lib/services/shopping/pantry";
import {
  addShoppingExtra,
  checkShoppingItems,
  clearCheckedItems,
} from "@/lib/services/shopping/update-shopping-list";
import { createPlannedUser, createUser } from "@/tests/db-utils";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

const plannedUser = (db: Database, householdSize = 2) =>
  createPlannedUser(db, { label: "shopper", profile: { diet: "vegetarian", householdSize } });

describe.each(testDatabaseKinds())("shopping lists on %s", (kind) => {
  const db = useTestDatabase(kind);

  it("lists each food once, for the household, less the pantry", async () => {
    const { userId, planId } = await plannedUser(db, 3);
    const list = (await getShoppingList(userId, { planId }, db))!;
    expect(list.householdSize).toBe(3);
    expect(new Set(list.items.map((item) => item.foodId)).size).toBe(list.items.length);
    const item = list.items.reduce((a, b) => (b.neededGrams > a.neededGrams ? b : a));
    await setPantryItem(userId, item.foodId, (item.neededGrams / 2) * item.gramsOfFoodPerGram, db);
    const after = (await getShoppingList(userId, { planId }, db))!.items.find(
      (i) => i.foodId === item.foodId,
    )!;
    expect(after.grams).toBeCloseTo(item.neededGrams / 2, 6);
    await setPantryItem(userId, item.foodId, item.neededGrams * 2 * item.gramsOfFoodPerGram, db);
    expect(
      (await getShoppingList(userId, { planId }, db))!.items.find((i) => i.foodId === item.foodId),
    ).toMatchObject({
      grams: 0,
      inPantry: true,
    });
  });

  it("lets the latest tick of an item win, whatever order the ticks arrive in", async () => {
    const { userId, planId } = await plannedUser(db);
    const [item] = (await getShoppingList(userId, { planId }, db)).items;
    const foodId = item!.foodId;
    await checkShoppingItems(userId, planId, [{ foodId, checked: true, at: "2026-11-24T10:00:05Z" }], db);
    // A phone that was offline sends an older untick later: it must not undo the newer tick.
    await checkShoppingItems(userId, planId, [{ foodId, checked: false, at: "2026-11-24T10:00:01Z" }], db);
    const checked = (id: number) =>
      getShoppingList(userId, { planId }, db).then((l) => l.items.find((i) => i.foodId === id)?.checked);
    expect(await checked(foodId)).toBe(true);
    await checkShoppingItems(userId, planId, [{ foodId, checked: false, at: "2026-11-24T10:00:09Z" }], db);
    expect(await checked(foodId)).toBe(false);
  });

  it("keeps the checks of items still needed when a meal is swapped, and clears checked items", async () => {
    const { userId, planId } = await plannedUser(db);
    const before = (await getShoppingList(userId, { planId }, db))!;
    const [first, second] = before.items;
    await checkShoppingItems(
      userId,
      planId,
      [
        { foodId: first!.foodId, checked: true },
        { foodId: second!.foodId, checked: true },
      ],
      db,
    );
    await addShoppingExtra(userId, planId, '=HYPERLINK("x") <b>soap</b>', db);
    const [alternative] = (await listMealAlternatives(userId, { planId, day: 0, slot: "dinner" }, db))!;
    await swapMeal(userId, { planId, day: 0, slot: "dinner", recipeId: alternative!.dishId }, db);
    const after = (await getShoppingList(userId, { planId }, db))!;
    expect(after.items.map((i) => i.foodId)).not.toEqual(before.items.map((i) => i.foodId));
    for (const checked of [first!, second!]) {
      const still = after.items.find((i) => i.foodId === checked.foodId);
      if (still) expect(still.checked).toBe(true);
    }
    expect(after.extras[0]?.text).toBe('=HYPERLINK("x") <b>soap</b>');

    await clearCheckedItems(userId, planId, db);
    const cleared = (await getShoppingList(userId, { planId }, db))!;
    expect(cleared.items.some((i) => i.checked)).toBe(false);
  });

  it("refuses a food that is not on the list, naming it, and writes none of the request", async () => {
    const { userId, planId } = await plannedUser(db);
    const [onList] = (await getShoppingList(userId, { planId }, db)).items;
    const items = [
      { foodId: onList!.foodId, checked: true },
      { foodId: 99_999_999, checked: true },
    ];
    await expect(checkShoppingItems(userId, planId, items, db)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: [{ field: "items.1.foodId" }],
    });
    expect(await db.prisma.shoppingCheck.count({ where: { planId } })).toBe(0);
  });

  it("does not let another user read or change the list", async () => {
    const { planId } = await plannedUser(db);
    const { id: other } = await createUser(db, "other");
    await expect(getShoppingList(other, { planId }, db)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkShoppingItems(other, planId, [{ foodId: 1, checked: true }], db)).rejects.toMatchObject(
      {
        code: "NOT_FOUND",
      },
    );
    expect(await db.prisma.shoppingCheck.count({ where: { planId } })).toBe(0);
  });
});

describe.runIf(testDatabaseKinds().includes("postgres"))("concurrent checks on postgres", () => {
  const db = useTestDatabase("postgres");

  it("50 simultaneous check/uncheck requests leave one row per item in the state of its last write", async () => {
    const { userId, planId } = await plannedUser(db);
    const foods = (await getShoppingList(userId, { planId }, db))!.items.slice(0, 5).map((i) => i.foodId);
    // 45 racing writes, then one final write per food (racing each other): the final ones must stick.
    await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        checkShoppingItems(userId, planId, [{ foodId: foods[i % 5]!, checked: i % 2 === 0 }], db),
      ),
    );
    const finalState = foods.map((foodId, i) => ({ foodId, checked: i % 2 === 1 }));
    await Promise.all(finalState.map((write) => checkShoppingItems(userId, planId, [write], db)));
    const rows = await db.prisma.shoppingCheck.findMany({ where: { planId } });
    expect(rows).toHaveLength(5);
    for (const write of finalState)
      expect(rows.find((r) => r.foodId === write.foodId)?.checked).toBe(write.checked);
  }, 60_000);
});
