// The memory's part of the account export (ADR 021): ratings, dishes swapped away, supplements, diary, and each plan's meal logs.
import type { AccountDataRow } from "@/lib/db/account";

type Row = AccountDataRow;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** When the row was made and last changed, as ISO strings. */
const times = (row: { createdAt: Date; updatedAt: Date }) => ({
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export function mealLogExport(log: Row["plans"][number]["mealLogs"][number]) {
  const { day, slot, status, recipeId, foodId, grams, replacementName, nutrients } = log;
  return {
    day,
    slot,
    status,
    recipeId,
    foodId,
    grams,
    replacementName,
    nutrients,
    updatedAt: log.updatedAt.toISOString(),
  };
}

function ratingExport({ recipeId, recipe, rating, ...row }: Row["recipeRatings"][number]) {
  return { recipeId, recipeName: recipe.name, rating, ...times(row) };
}

function swapAwayExport({
  recipeId,
  recipe,
  streak,
  askedAt,
  answeredAt,
  lessOften,
}: Row["swapAways"][number]) {
  return {
    recipeId,
    recipeName: recipe.name,
    swapsAwayInARow: streak,
    askedAt: askedAt?.toISOString() ?? null,
    lessOften: answeredAt ? lessOften : null,
  };
}

function supplementExport(supplement: Row["supplements"][number]) {
  const { id, nutrient, amount, timesPerWeek, startDate, stopDate } = supplement;
  const dates = { startDate: isoDate(startDate), stopDate: stopDate ? isoDate(stopDate) : null };
  return { id, nutrient, amount, timesPerWeek, ...dates, ...times(supplement) };
}

function diaryExport(entry: Row["diaryEntries"][number]) {
  const { symptoms, sleepHours, caffeineDrinks, stress, note } = entry;
  return { date: isoDate(entry.date), symptoms, sleepHours, caffeineDrinks, stress, note, ...times(entry) };
}

export function memoryExport(row: Row) {
  return {
    ratings: row.recipeRatings.map(ratingExport),
    swapsAway: row.swapAways.map(swapAwayExport),
    supplements: row.supplements.map(supplementExport),
    diary: row.diaryEntries.map(diaryExport),
  };
}
