// The side catalogue (bread, fruit, a glass of milk...): each side one food at a household portion.
import type { Food, MealType } from "@/lib/nutrition/types";
import type { Database } from "@/lib/db/client";
import { foodInclude, toFood } from "@/lib/db/mappers";

export interface CatalogueSide {
  id: number;
  slug: string;
  name: string;
  food: Food;
  grams: number;
  /** The household portion in words ("2 slices"). */
  portion: string;
  group: string;
  mealTypes: MealType[];
}

/** Every side with its food, in id order. Small (a few dozen rows): read per request. */
export async function findAllSides(db: Database): Promise<CatalogueSide[]> {
  const rows = await db.prisma.side.findMany({
    include: { food: { include: foodInclude } },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    food: toFood(row.food),
    grams: row.grams,
    portion: row.portion,
    group: row.group,
    mealTypes: [...row.mealTypes],
  }));
}
