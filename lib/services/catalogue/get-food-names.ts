import { getDatabase } from "../../db";
import type { Database } from "../../db/client";
import { foodNamesByIds } from "../../db/foods";

export async function getFoodNames(
  ids: number[],
  db: Database | Promise<Database> = getDatabase(),
): Promise<{ id: number; name: string }[]> {
  const names = await foodNamesByIds(await db, ids);
  return ids.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
}
