import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { foodNamesByIds } from "@/lib/db/foods";

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
