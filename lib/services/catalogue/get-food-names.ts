import { getDatabase, type Db } from "@/lib/db";
import { foodNamesByIds } from "@/lib/db/foods";

export async function getFoodNames(
  ids: number[],
  db: Db = getDatabase(),
): Promise<{ id: number; name: string }[]> {
  const names = await foodNamesByIds(await db, ids);
  return ids.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
}
