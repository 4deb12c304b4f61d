// The memory's rows (ADR 021): dish ratings, meal logs, supplements, diary entries. Always by user id.
import { z } from "zod";
import type { Database } from "@/lib/db/client";
import { planInclude, toPlanEntries } from "@/lib/db/plans";
import type { DiaryRecord } from "@/lib/nutrition/memory/diary";
import type { DishRatingValue } from "@/lib/nutrition/memory/ratings";
import type { SupplementRecord } from "@/lib/nutrition/memory/supplements";
import { SYMPTOM_IDS } from "@/lib/nutrition/symptoms";
import { COVERAGE_KEYS, type CoverageKey } from "@/lib/planner/plan-view";
import type { MealLogRecord } from "@/lib/planner/eaten-coverage";
import { parseIsoDate } from "@/lib/planner/week";
import type { Slot } from "@/lib/planner/types";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

// ---- ratings ----

export interface RatingRecord {
  recipeId: number;
  recipeName: string;
  rating: DishRatingValue;
  createdAt: Date;
  updatedAt: Date;
}

export async function findRatings(db: Database, userId: string): Promise<RatingRecord[]> {
  const rows = await db.prisma.recipeRating.findMany({
    where: { userId },
    include: { recipe: { select: { name: true } } },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((row) => ({
    recipeId: row.recipeId,
    recipeName: row.recipe.name,
    rating: row.rating,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

/** A catalogue recipe or one of the user's own: someone else's own recipe is as absent as no recipe. */
export async function isRecipeVisibleTo(db: Database, userId: string, recipeId: number): Promise<boolean> {
  const recipe = await db.prisma.recipe.findFirst({
    where: { id: recipeId, OR: [{ ownerId: null }, { ownerId: userId }] },
    select: { id: true },
  });
  return recipe !== null;
}

/** Rates a recipe; false when the recipe does not exist (or is someone else's own). */
export async function upsertRating(
  db: Database,
  userId: string,
  recipeId: number,
  rating: DishRatingValue,
): Promise<boolean> {
  if (!(await isRecipeVisibleTo(db, userId, recipeId))) return false;
  await db.prisma.recipeRating.upsert({
    where: { userId_recipeId: { userId, recipeId } },
    create: { userId, recipeId, rating },
    update: { rating },
  });
  return true;
}

// ---- meal logs ----

const ZStoredNutrients = z.object(
  Object.fromEntries(COVERAGE_KEYS.map((key) => [key, z.number().catch(0)])) as Record<
    CoverageKey,
    z.ZodCatch<z.ZodNumber>
  >,
);

export function toMealLogRecord(row: {
  day: number;
  slot: Slot;
  status: MealLogRecord["status"];
  recipeId: number | null;
  foodId: number | null;
  grams: number | null;
  replacementName: string | null;
  nutrients: unknown;
}): MealLogRecord {
  const parsed = ZStoredNutrients.safeParse(row.nutrients);
  return {
    day: row.day,
    slot: row.slot,
    status: row.status,
    recipeId: row.recipeId,
    foodId: row.foodId,
    grams: row.grams,
    replacementName: row.replacementName,
    nutrients: parsed.success
      ? parsed.data
      : (Object.fromEntries(COVERAGE_KEYS.map((k) => [k, 0])) as Record<CoverageKey, number>),
  };
}

/** Writes the logs of one plan (one per day and slot, replacing what was there); false if not the user's. */
export async function upsertMealLogs(
  db: Database,
  userId: string,
  planId: number,
  logs: readonly MealLogRecord[],
): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const plan = await tx.plan.findFirst({ where: { id: planId, userId }, select: { id: true } });
    if (!plan) return false;
    for (const log of logs) {
      const data = {
        status: log.status,
        recipeId: log.recipeId,
        foodId: log.foodId,
        grams: log.grams,
        replacementName: log.replacementName,
        nutrients: { ...log.nutrients },
      };
      await tx.mealLog.upsert({
        where: { planId_day_slot: { planId, day: log.day, slot: log.slot } },
        create: { userId, planId, day: log.day, slot: log.slot, ...data },
        update: data,
      });
    }
    return true;
  });
}

/** Eaten-vs-planned material for the history: each plan since `from` with its entries' and logs' weeks. */
export async function findPlanWeeksWithLogs(db: Database, userId: string, from: string) {
  const rows = await db.prisma.plan.findMany({
    where: { userId, weekStart: { gte: parseIsoDate(from) } },
    orderBy: { weekStart: "asc" },
    include: { entries: planInclude.entries, mealLogs: true },
  });
  return rows.map((row) => ({
    weekStart: isoDay(row.weekStart),
    entries: toPlanEntries(row.entries),
    logs: row.mealLogs.map(toMealLogRecord),
  }));
}

// ---- supplements ----

export interface StoredSupplement extends SupplementRecord {
  createdAt: Date;
  updatedAt: Date;
}

function toSupplement(row: {
  id: number;
  nutrient: SupplementRecord["nutrient"];
  amount: number;
  timesPerWeek: number;
  startDate: Date;
  stopDate: Date | null;
  createdAt: Date;
  updatedAt: Date;
}): StoredSupplement {
  return {
    id: row.id,
    nutrient: row.nutrient,
    amount: row.amount,
    timesPerWeek: row.timesPerWeek,
    startDate: isoDay(row.startDate),
    stopDate: row.stopDate ? isoDay(row.stopDate) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function findSupplements(db: Database, userId: string): Promise<StoredSupplement[]> {
  const rows = await db.prisma.supplement.findMany({ where: { userId }, orderBy: { id: "asc" } });
  return rows.map(toSupplement);
}

export async function createSupplement(
  db: Database,
  userId: string,
  input: Omit<SupplementRecord, "id">,
): Promise<StoredSupplement> {
  const row = await db.prisma.supplement.create({
    data: {
      userId,
      nutrient: input.nutrient,
      amount: input.amount,
      timesPerWeek: input.timesPerWeek,
      startDate: parseIsoDate(input.startDate),
      stopDate: input.stopDate ? parseIsoDate(input.stopDate) : null,
    },
  });
  return toSupplement(row);
}

/** Changes one of the user's supplements; null when it is not theirs (or does not exist). */
export async function updateSupplement(
  db: Database,
  userId: string,
  id: number,
  change: (current: SupplementRecord) => SupplementRecord,
): Promise<StoredSupplement | null> {
  return db.prisma.$transaction(async (tx) => {
    const row = await tx.supplement.findFirst({ where: { id, userId } });
    if (!row) return null;
    const next = change(toSupplement(row));
    const updated = await tx.supplement.update({
      where: { id },
      data: {
        amount: next.amount,
        timesPerWeek: next.timesPerWeek,
        startDate: parseIsoDate(next.startDate),
        stopDate: next.stopDate ? parseIsoDate(next.stopDate) : null,
      },
    });
    return toSupplement(updated);
  });
}

export async function deleteSupplement(db: Database, userId: string, id: number): Promise<boolean> {
  const { count } = await db.prisma.supplement.deleteMany({ where: { id, userId } });
  return count > 0;
}

// ---- diary ----

const ZStoredSymptoms = z.array(
  z.object({ code: z.enum(SYMPTOM_IDS), severity: z.number().int().min(0).max(3) }),
);

export interface StoredDiaryEntry extends DiaryRecord {
  updatedAt: Date;
}

function toDiaryEntry(row: {
  date: Date;
  symptoms: unknown;
  sleepHours: number | null;
  caffeineDrinks: number | null;
  stress: number | null;
  note: string;
  updatedAt: Date;
}): StoredDiaryEntry {
  const symptoms = ZStoredSymptoms.safeParse(row.symptoms);
  return {
    date: isoDay(row.date),
    // A symptom code this version no longer knows is dropped, not passed on.
    symptoms: symptoms.success ? symptoms.data : [],
    sleepHours: row.sleepHours,
    caffeineDrinks: row.caffeineDrinks,
    stress: row.stress,
    note: row.note,
    updatedAt: row.updatedAt,
  };
}

/** Saves the check-in of one day (a second check-in that day replaces the first). */
export async function upsertDiaryEntry(
  db: Database,
  userId: string,
  entry: DiaryRecord,
): Promise<StoredDiaryEntry> {
  const date = parseIsoDate(entry.date);
  const data = {
    symptoms: entry.symptoms.map((s) => ({ ...s })),
    sleepHours: entry.sleepHours,
    caffeineDrinks: entry.caffeineDrinks,
    stress: entry.stress,
    note: entry.note,
  };
  const row = await db.prisma.diaryEntry.upsert({
    where: { userId_date: { userId, date } },
    create: { userId, date, ...data },
    update: data,
  });
  return toDiaryEntry(row);
}

export async function findDiaryEntries(
  db: Database,
  userId: string,
  from: string,
  to: string,
): Promise<StoredDiaryEntry[]> {
  const rows = await db.prisma.diaryEntry.findMany({
    where: { userId, date: { gte: parseIsoDate(from), lte: parseIsoDate(to) } },
    orderBy: { date: "asc" },
  });
  return rows.map(toDiaryEntry);
}
