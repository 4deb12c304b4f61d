// Writes imported USDA foods in batches: one transaction per batch, set-based SQL (one INSERT, one UPDATE,
// one portion rewrite per batch), and only for rows that change. See ADR 007.
import { isDeepStrictEqual } from "node:util";
import type { TFoodInput } from "@/lib/schemas/food";
import type { Database } from "@/lib/db/client";
import { forgetCachedRecipes } from "@/lib/db/recipes";
import { Prisma } from "@/lib/db/generated/client";
import { foodColumns, foodInclude, toFood } from "@/lib/db/mappers";

export type UsdaFoodOutcome =
  | { ndbNo: string; result: "inserted" | "updated" | "unchanged" }
  /** A curated seed food or a user's own food, which the import leaves alone unless forced. */
  | { ndbNo: string; result: "protected"; source: "seed" | "user" };

type Comparable = Omit<TFoodInput, "ndbNo">;

function comparable(food: Comparable): Comparable {
  return {
    name: food.name,
    foodGroup: food.foodGroup,
    aisle: food.aisle,
    fortified: food.fortified,
    diet: { ...food.diet },
    dietUncertain: [...food.dietUncertain],
    uncertainReason: food.uncertainReason,
    allergens: [...food.allergens],
    mayContain: [...food.mayContain],
    per100g: { ...food.per100g },
    portions: food.portions.map((portion) => ({ grams: portion.grams, description: portion.description })),
  };
}

/** Columns as JSON for jsonb_to_recordset: one parameter per batch instead of one per value. */
const foodRecord = (food: TFoodInput) => foodColumns(food);

const RECORD_COLUMNS = Prisma.sql`r("ndbNo" text, name text, "foodGroup" text, aisle text, fortified boolean,
  "containsMeat" boolean, "containsFish" boolean, "containsShellfish" boolean, "containsDairy" boolean,
  "containsEgg" boolean, "containsHoney" boolean, "dietUncertain" jsonb, "uncertainReason" text,
  allergens jsonb, "mayContain" jsonb, "energyKcal" float8, "proteinG" float8,
  "fatG" float8, "carbohydrateG" float8, "fiberG" float8, "magnesiumMg" float8, "calciumMg" float8,
  "vitaminDMcg" float8, "vitaminB12Mcg" float8)`;

const ALLERGENS_OF_RECORD = Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(r.allergens))::"Allergen"[]`;
const MAY_CONTAIN_OF_RECORD = Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(r."mayContain"))::"Allergen"[]`;
const DIET_UNCERTAIN_OF_RECORD = Prisma.sql`ARRAY(SELECT jsonb_array_elements_text(r."dietUncertain"))::"DietFact"[]`;

/**
 * Upserts one batch of foods by NDB_No in one transaction: new foods are inserted, changed foods imported
 * before are updated, equal ones left untouched; foods from the curated seed or a user are only overwritten
 * with `force` (they then become `usda_import` foods). Either the whole batch is written or none of it.
 */
export async function upsertUsdaFoodBatch(
  db: Database,
  foods: readonly TFoodInput[],
  options: { force?: boolean } = {},
): Promise<UsdaFoodOutcome[]> {
  if (foods.length === 0) return [];
  try {
    return await writeUsdaFoodBatch(db, foods, options);
  } finally {
    // Recipes carry their foods' nutrients: this process's cached catalogue is out of date.
    forgetCachedRecipes(db);
  }
}

type Tx = Prisma.TransactionClient;
type PortionRow = { foodId: number; position: number; grams: number; description: string };
interface StoredUsdaRow {
  id: number;
  source: "seed" | "user" | "usda_import";
  food: Comparable;
}

/** What the batch does with each food: insert it, update it, or leave it (unchanged or protected). */
function sortBatch(
  foods: readonly TFoodInput[],
  existing: ReadonlyMap<string, StoredUsdaRow>,
  force: boolean,
) {
  const outcomes: UsdaFoodOutcome[] = [];
  const inserts: TFoodInput[] = [];
  const updates: { id: number; food: TFoodInput }[] = [];
  for (const food of foods) {
    const row = existing.get(food.ndbNo);
    if (!row) {
      inserts.push(food);
      outcomes.push({ ndbNo: food.ndbNo, result: "inserted" });
    } else if (row.source !== "usda_import" && !force) {
      outcomes.push({ ndbNo: food.ndbNo, result: "protected", source: row.source });
    } else if (row.source === "usda_import" && isDeepStrictEqual(comparable(row.food), comparable(food))) {
      outcomes.push({ ndbNo: food.ndbNo, result: "unchanged" });
    } else {
      updates.push({ id: row.id, food });
      outcomes.push({ ndbNo: food.ndbNo, result: "updated" });
    }
  }
  return { outcomes, inserts, updates };
}

const portionRowsOf = (foodId: number, food: TFoodInput): PortionRow[] =>
  food.portions.map((portion, position) => ({ foodId, position, ...portion }));

/** One INSERT for the batch's new foods; answers their portion rows. */
async function insertFoods(tx: Tx, inserts: readonly TFoodInput[]): Promise<PortionRow[]> {
  if (inserts.length === 0) return [];
  const created = await tx.$queryRaw<{ id: number; ndbNo: string }[]>`
    INSERT INTO "Food" ("ndbNo", name, "foodGroup", aisle, source, fortified, "containsMeat",
      "containsFish", "containsShellfish", "containsDairy", "containsEgg", "containsHoney",
      "dietUncertain", "uncertainReason", allergens, "mayContain", "energyKcal", "proteinG", "fatG", "carbohydrateG", "fiberG", "magnesiumMg", "calciumMg",
      "vitaminDMcg", "vitaminB12Mcg", "updatedAt")
    SELECT r."ndbNo", r.name, r."foodGroup", r.aisle::"Aisle", 'usda_import'::"FoodSource", r.fortified,
      r."containsMeat", r."containsFish", r."containsShellfish", r."containsDairy", r."containsEgg",
      r."containsHoney", ${DIET_UNCERTAIN_OF_RECORD}, r."uncertainReason", ${ALLERGENS_OF_RECORD},
      ${MAY_CONTAIN_OF_RECORD}, r."energyKcal", r."proteinG", r."fatG",
      r."carbohydrateG", r."fiberG", r."magnesiumMg", r."calciumMg", r."vitaminDMcg", r."vitaminB12Mcg",
      CURRENT_TIMESTAMP
    FROM jsonb_to_recordset(${JSON.stringify(inserts.map(foodRecord))}::jsonb) AS ${RECORD_COLUMNS}
    RETURNING id, "ndbNo"`;
  const ids = new Map(created.map((row) => [row.ndbNo, row.id]));
  return inserts.flatMap((food) => portionRowsOf(ids.get(food.ndbNo)!, food));
}

/** One UPDATE for the batch's changed foods, their old portions deleted; answers their new portion rows. */
async function updateFoods(
  tx: Tx,
  updates: readonly { id: number; food: TFoodInput }[],
): Promise<PortionRow[]> {
  if (updates.length === 0) return [];
  await tx.$executeRaw`
    UPDATE "Food" AS f SET name = r.name, "foodGroup" = r."foodGroup", aisle = r.aisle::"Aisle",
      source = 'usda_import'::"FoodSource", fortified = r.fortified, "containsMeat" = r."containsMeat",
      "containsFish" = r."containsFish", "containsShellfish" = r."containsShellfish",
      "containsDairy" = r."containsDairy", "containsEgg" = r."containsEgg",
      "containsHoney" = r."containsHoney", "dietUncertain" = ${DIET_UNCERTAIN_OF_RECORD},
      "uncertainReason" = r."uncertainReason", allergens = ${ALLERGENS_OF_RECORD},
      "mayContain" = ${MAY_CONTAIN_OF_RECORD},
      "energyKcal" = r."energyKcal", "proteinG" = r."proteinG", "fatG" = r."fatG",
      "carbohydrateG" = r."carbohydrateG", "fiberG" = r."fiberG", "magnesiumMg" = r."magnesiumMg",
      "calciumMg" = r."calciumMg", "vitaminDMcg" = r."vitaminDMcg", "vitaminB12Mcg" = r."vitaminB12Mcg",
      "updatedAt" = CURRENT_TIMESTAMP
    FROM jsonb_to_recordset(${JSON.stringify(updates.map(({ food }) => foodRecord(food)))}::jsonb)
      AS ${RECORD_COLUMNS}
    WHERE f."ndbNo" = r."ndbNo"`;
  await tx.$executeRaw`DELETE FROM "FoodPortion" WHERE "foodId" = ANY(${updates.map(({ id }) => id)})`;
  return updates.flatMap(({ id, food }) => portionRowsOf(id, food));
}

async function insertPortions(tx: Tx, rows: readonly PortionRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "FoodPortion" ("foodId", position, grams, description)
    SELECT p."foodId", p.position, p.grams, p.description
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      AS p("foodId" int, position int, grams float8, description text)`;
}

function writeUsdaFoodBatch(
  db: Database,
  foods: readonly TFoodInput[],
  options: { force?: boolean },
): Promise<UsdaFoodOutcome[]> {
  return db.prisma.$transaction(
    async (tx) => {
      const rows = await tx.food.findMany({
        where: { ndbNo: { in: foods.map((food) => food.ndbNo) } },
        include: foodInclude,
      });
      const existing = new Map(
        rows.map((row) => [row.ndbNo!, { id: row.id, source: row.source, food: toFood(row) }]),
      );
      const { outcomes, inserts, updates } = sortBatch(foods, existing, options.force ?? false);
      await insertPortions(tx, [...(await insertFoods(tx, inserts)), ...(await updateFoods(tx, updates))]);
      return outcomes;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
