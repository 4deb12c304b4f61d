import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { findPlan } from "@/lib/db/plans";
import { addExtraItem, clearChecked, setChecks, setExtraChecked } from "@/lib/db/shopping";

type Db = Database | Promise<Database>;

/** Runs a change on a plan's list only when the plan is the user's; false otherwise (→ 404). */
async function onOwnPlan(
  userId: string,
  planId: number,
  db: Db,
  change: (database: Database) => Promise<unknown>,
) {
  const database = await db;
  if (!(await findPlan(database, userId, planId))) return false;
  await change(database);
  return true;
}

export function checkShoppingItems(
  userId: string,
  planId: number,
  items: { foodId: number; checked: boolean }[],
  db: Db = getDatabase(),
): Promise<boolean> {
  return onOwnPlan(userId, planId, db, (database) => setChecks(database, planId, items));
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
) {
  return onOwnPlan(userId, planId, db, (database) => setExtraChecked(database, planId, id, checked));
}

export function clearCheckedItems(userId: string, planId: number, db: Db = getDatabase()) {
  return onOwnPlan(userId, planId, db, (database) => clearChecked(database, planId));
}
