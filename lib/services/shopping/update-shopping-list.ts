import { getDatabase, type Db } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan } from "@/lib/db/plans";
import { addExtraItem, clearChecked, setChecks, setExtraChecked } from "@/lib/db/shopping";
import { AppError } from "@/lib/errors/app-error";
import { shoppingFoodIds } from "@/lib/services/shopping/get-shopping-list";

/** Runs a change on a plan's list only when the plan is the user's; NOT_FOUND otherwise. */
async function onOwnPlan<T>(
  userId: string,
  planId: number,
  db: Db,
  change: (database: Database) => Promise<T>,
) {
  const database = await db;
  if (!(await findPlan(database, userId, planId))) throw AppError.notFound("Plan");
  return change(database);
}

/**
 * Checks or unchecks items of the list. Every food must be on this plan's list (a 400 names the first one
 * that is not); all checks are written in one transaction, so a refused request writes nothing.
 */
export function checkShoppingItems(
  userId: string,
  planId: number,
  items: { foodId: number; checked: boolean }[],
  db: Db = getDatabase(),
): Promise<void> {
  return onOwnPlan(userId, planId, db, async (database) => {
    const onList = await shoppingFoodIds(database, userId, planId);
    const index = items.findIndex((item) => !onList.has(item.foodId));
    if (index >= 0) {
      throw new AppError("INVALID_INPUT", "That item is not on this shopping list.", {
        fieldErrors: [
          { field: `items.${index}.foodId`, message: `food ${items[index]?.foodId} is not on this list` },
        ],
      });
    }
    await setChecks(database, planId, items);
  });
}

export function addShoppingExtra(userId: string, planId: number, text: string, db: Db = getDatabase()) {
  return onOwnPlan(userId, planId, db, (database) => addExtraItem(database, planId, text));
}

export function checkShoppingExtra(
  userId: string,
  planId: number,
  id: number,
  checked: boolean,
  db: Db = getDatabase(),
): Promise<void> {
  return onOwnPlan(userId, planId, db, async (database) => {
    if (!(await setExtraChecked(database, planId, id, checked))) throw AppError.notFound("Item");
  });
}

export function clearCheckedItems(userId: string, planId: number, db: Db = getDatabase()) {
  return onOwnPlan(userId, planId, db, (database) => clearChecked(database, planId));
}
