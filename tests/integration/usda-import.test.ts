// The USDA importer on PGlite and (with TEST_DATABASE_URL) Postgres: the shared SR28 file when present,
// a small fixture of the same format otherwise. Each run imports into a database of its own (a private
// PGlite copy of the seeded template, or a fresh Postgres database) so other test files keep the seed's foods.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/client";
import { findFoodById } from "@/lib/db/foods";
import { seedCatalogue } from "@/lib/db/seed";
import { loadSeedCatalogue } from "@/lib/db/seed-data";
import { isAllowedFor } from "@/lib/nutrition/diet";
import { upsertUsdaFoodBatch } from "@/lib/db/usda-import";
import { ZFoodListQuerySchema, ZRecipeListQuerySchema } from "@/lib/schemas/catalogue";
import { listFoods } from "@/lib/services/catalogue/list-foods";
import { listRecipes } from "@/lib/services/catalogue/list-recipes";
import { importUsdaFoods, PROTECTED_REASON } from "@/lib/services/import-usda-foods";
import { createSeededPostgres } from "@/tests/setup/seeded-postgres";
import { openTestDatabase, testDatabaseKinds, type TestDatabaseKind } from "@/tests/setup/test-databases";
import { SR28_CSV_PATH } from "@/tests/support/sr28-csv-path";

const SHARED_CSV = SR28_CSV_PATH;
const FIXTURES = path.resolve(process.cwd(), "tests/fixtures");
const fullFile = existsSync(SHARED_CSV);
const csvPath = fullFile ? SHARED_CSV : path.join(FIXTURES, "usda-sr28-sample.csv");
// Every curated seed food is an SR28 row: the full file holds all of them.
const SEED_FOODS = loadSeedCatalogue().foods.length;

/** Rows in the file and how many of them are curated seed foods (pinned for both files). */
const expected = fullFile ? { rows: 8790, seedRows: SEED_FOODS } : { rows: 35, seedRows: 7 };

/** A dozen foods that are not in the seed, with their SR28 figures per 100 g (null = blank cell). */
interface KnownFood {
  ndbNo: string;
  name: string;
  foodGroup: string;
  per100g: Record<
    "magnesiumMg" | "calciumMg" | "vitaminDMcg" | "vitaminB12Mcg" | "energyKcal",
    number | null
  >;
}
const KNOWN_FOODS = (
  JSON.parse(readFileSync(path.join(FIXTURES, "usda-known-foods.json"), "utf8")) as KnownFood[]
).map((food) => [food.ndbNo, food.name, food.foodGroup, food.per100g] as const);

const foodQuery = (input: Record<string, unknown>) => ZFoodListQuerySchema.parse(input);

/** A seeded database that only this file writes to. */
async function openPrivateDatabase(
  kind: TestDatabaseKind,
): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (kind === "pglite") {
    const db = await openTestDatabase("pglite");
    return { db, drop: async () => {} };
  }
  const { db, drop } = await createSeededPostgres(
    process.env.TEST_DATABASE_URL!,
    "nutriweek_usda",
    loadSeedCatalogue(),
    // The pool's connections may still be closing after db.close(): wait for them instead of terminating
    // them (FORCE would make a closing client raise an unhandled "terminating connection" error).
    { dropWhenClosed: true },
  );
  return { db, drop };
}

describe.each(testDatabaseKinds())(`USDA import of ${path.basename(csvPath)} on %s`, (kind) => {
  let db: Database;
  let drop = async () => {};
  beforeAll(async () => {
    ({ db, drop } = await openPrivateDatabase(kind));
  });
  afterAll(async () => {
    await db?.close();
    await drop();
  });

  it("inserts every new food, keeps the curated seed, and reports progress to the end", async () => {
    const progress: number[] = [];
    const report = await importUsdaFoods(db, readFileSync(csvPath), {
      batchSize: fullFile ? 1000 : 10,
      onProgress: (p) => progress.push(p.done),
    });
    expect(report).toMatchObject({
      rows: expected.rows,
      inserted: expected.rows - expected.seedRows,
      updated: 0,
      unchanged: 0,
      interrupted: false,
    });
    expect(report.skipped).toHaveLength(expected.seedRows);
    expect(report.skipped.every((row) => row.reason === PROTECTED_REASON.seed)).toBe(true);
    // The report counts uncertain foods of the file; those written are its imported ones (not the seed's).
    const uncertainImported = await db.prisma.food.count({
      where: { source: "usda_import", NOT: { dietUncertain: { isEmpty: true } } },
    });
    expect(uncertainImported).toBeGreaterThan(0);
    expect(uncertainImported).toBeLessThanOrEqual(report.uncertain);
    expect(progress.at(-1)).toBe(expected.rows);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await db.prisma.food.count()).toBe(SEED_FOODS + expected.rows - expected.seedRows);
    expect(await db.prisma.food.count({ where: { source: "usda_import" } })).toBe(
      expected.rows - expected.seedRows,
    );
  });

  it.each(KNOWN_FOODS)("stores %s (%s) with its SR28 figures", async (ndbNo, name, group, figures) => {
    const row = await db.prisma.food.findUnique({ where: { ndbNo }, select: { id: true } });
    const food = await findFoodById(db, row!.id);
    expect(food).toMatchObject({ ndbNo, name, foodGroup: group, per100g: figures });
  });

  it("derives diet facts and allergens, keeps blanks as null and portions in order", async () => {
    const byNdb = async (ndbNo: string) =>
      findFoodById(
        db,
        (await db.prisma.food.findUniqueOrThrow({ where: { ndbNo }, select: { id: true } })).id,
      );
    const scallop = (await byNdb("90240"))!;
    expect(scallop.diet.containsShellfish).toBe(true);
    expect(scallop.allergens).toEqual(["shellfish"]);
    expect(isAllowedFor("pescatarian", scallop.diet)).toBe(true);
    expect(isAllowedFor("vegetarian", scallop.diet)).toBe(false);
    const butter = (await byNdb("01002"))!;
    expect(butter.allergens).toEqual(["milk"]);
    expect(butter.portions[0]).toEqual({ grams: 3.8, description: '1 pat, (1" sq, 1/3" high)' });
    const rice = (await byNdb("20444"))!;
    expect(isAllowedFor("vegan", rice.diet)).toBe(true);
    expect((await byNdb("15001"))!.per100g.vitaminDMcg).toBeNull();
  });

  it("leaves curated seed foods as curated", async () => {
    const { items } = await listFoods(foodQuery({ q: "spinach raw" }), db);
    const spinach = items.find((item) => item.food.ndbNo === "11457");
    expect(spinach?.food.name).toBe("Spinach, raw");
    expect(await db.prisma.food.count({ where: { source: "seed" } })).toBe(SEED_FOODS);
  });

  it("changes and duplicates nothing when run again", async () => {
    const before = await db.prisma.food.findMany({ orderBy: { id: "asc" }, include: { portions: true } });
    const report = await importUsdaFoods(db, readFileSync(csvPath));
    expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: expected.rows - expected.seedRows });
    const after = await db.prisma.food.findMany({ orderBy: { id: "asc" }, include: { portions: true } });
    expect(after).toEqual(before);
  });

  it("overwrites seed foods only with force, and the seed takes them back", async () => {
    const forced = await importUsdaFoods(db, readFileSync(csvPath), { force: true });
    expect(forced).toMatchObject({ updated: expected.seedRows, skipped: [] });
    expect(await db.prisma.food.count({ where: { source: "seed" } })).toBe(SEED_FOODS - expected.seedRows);
    const reseeded = await seedCatalogue(db, loadSeedCatalogue());
    expect(reseeded.foods.updated).toBe(expected.seedRows);
    expect(await db.prisma.food.count({ where: { source: "seed" } })).toBe(SEED_FOODS);
  });

  it("recipes show a food's new figures at once after an import changes it (no stale catalogue)", async () => {
    const magnesiumOf = async (id: number) =>
      (await listRecipes(ZRecipeListQuerySchema.parse({ limit: 100 }), db)).items.find(
        (item) => item.recipe.id === id,
      )!.perServing.magnesiumMg.amount!;
    const { recipe } = (await listRecipes(ZRecipeListQuerySchema.parse({ q: "spinach" }), db)).items[0]!;
    const spinach = recipe.ingredients.find((ingredient) => ingredient.food.ndbNo === "11457")!;
    const before = await magnesiumOf(recipe.id);
    const seedSpinach = loadSeedCatalogue().foods.find((food) => food.ndbNo === "11457")!;
    const extraMgPer100g = 1000;
    await upsertUsdaFoodBatch(
      db,
      [{ ...seedSpinach, per100g: { ...seedSpinach.per100g, magnesiumMg: 79 + extraMgPer100g } }],
      { force: true },
    );
    const after = await magnesiumOf(recipe.id);
    expect(after - before).toBeCloseTo((extraMgPer100g * spinach.grams) / 100 / recipe.servings, 5);
    await seedCatalogue(db, loadSeedCatalogue());
    expect(await magnesiumOf(recipe.id)).toBeCloseTo(before, 5);
  });

  it("resumes an interrupted import: committed batches stay, the rest follows", async () => {
    await db.prisma.food.deleteMany({
      where: { source: "usda_import", ndbNo: { in: KNOWN_FOODS.map((f) => f[0]) } },
    });
    const controller = new AbortController();
    const first = await importUsdaFoods(db, readFileSync(csvPath), {
      batchSize: 5,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.inserted + p.unchanged > 0) controller.abort();
      },
    });
    expect(first.interrupted).toBe(true);
    expect(first.batches).toBe(1);
    const second = await importUsdaFoods(db, readFileSync(csvPath));
    expect(first.inserted + second.inserted).toBe(KNOWN_FOODS.length);
    expect(second.interrupted).toBe(false);
    expect(await db.prisma.food.count()).toBe(SEED_FOODS + expected.rows - expected.seedRows);
  });

  it("reports broken rows with their line numbers and imports the good ones", async () => {
    const report = await importUsdaFoods(db, readFileSync(path.join(FIXTURES, "usda-sr28-broken.csv")));
    expect(report.rows).toBe(9);
    expect(report.skipped).toEqual([
      { line: 3, ndbNo: "20444", reason: "wrong column count: expected 53, found 51" },
      { line: 5, ndbNo: "93600", reason: 'Calcium_(mg) is not a number: "abc"' },
      { line: 6, ndbNo: "99001", reason: "unknown food group for NDB_No 99001 (MYSTERY FOOD,RAW)" },
      { line: 7, reason: 'NDB_No is not a 4-5 digit number: "ABC12"' },
      { line: 8, ndbNo: "01002", reason: "duplicate NDB_No (first on line 2)" },
      { line: 9, ndbNo: "90240", reason: expect.stringMatching(/^invalid food: per100g\.energyKcal: /) },
    ]);
    expect(report.inserted + report.updated + report.unchanged).toBe(3);
    expect(await db.prisma.food.count({ where: { ndbNo: "99001" } })).toBe(0);
  });

  it("keeps the catalogue working at this size: search ranks best matches first, filters and pages hold", async () => {
    const spinach = await listFoods(foodQuery({ q: "spinach" }), db);
    expect(spinach.items[0]?.food.name).toBe("Spinach, raw");
    const cheddar = await listFoods(foodQuery({ q: "CHEDDAR cheese" }), db);
    expect(cheddar.total).toBeGreaterThan(0);
    expect(
      cheddar.items.every((item) => /cheddar/i.test(item.food.name) && /cheese/i.test(item.food.name)),
    ).toBe(true);
    const vegan = await listFoods(foodQuery({ diet: "vegan", limit: 100 }), db);
    expect(vegan.items.every((item) => isAllowedFor("vegan", item.food.diet))).toBe(true);
    const fish = await listFoods(foodQuery({ group: "fish-shellfish", diet: "vegan" }), db);
    expect(fish.total).toBe(0);
    const total = (await listFoods(foodQuery({}), db)).total;
    const lastPage = await listFoods(
      foodQuery({ limit: 100, offset: Math.floor((total - 1) / 100) * 100 }),
      db,
    );
    expect(lastPage.items.length).toBe(total - Math.floor((total - 1) / 100) * 100);
    const byCalcium = await listFoods(foodQuery({ sort: "calciumMg", limit: 5 }), db);
    const calcium = byCalcium.items.map((item) => item.food.per100g.calciumMg ?? -1);
    expect(calcium).toEqual([...calcium].sort((a, b) => b - a));
  });
});
