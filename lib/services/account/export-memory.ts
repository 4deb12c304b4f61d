// The memory's part of the account export (ADR 021): ratings, dishes swapped away, supplements, diary, and each plan's meal logs.
import type { AccountDataRow } from "@/lib/db/account";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function mealLogExport(log: AccountDataRow["plans"][number]["mealLogs"][number]) {
  return {
    day: log.day,
    slot: log.slot,
    status: log.status,
    recipeId: log.recipeId,
    foodId: log.foodId,
    grams: log.grams,
    nutrients: log.nutrients,
    updatedAt: log.updatedAt.toISOString(),
  };
}

export function memoryExport(row: AccountDataRow) {
  return {
    ratings: row.recipeRatings.map((rating) => ({
      recipeId: rating.recipeId,
      recipeName: rating.recipe.name,
      rating: rating.rating,
      createdAt: rating.createdAt.toISOString(),
      updatedAt: rating.updatedAt.toISOString(),
    })),
    swapsAway: row.swapAways.map((swap) => ({
      recipeId: swap.recipeId,
      recipeName: swap.recipe.name,
      swapsAwayInARow: swap.streak,
      askedAt: swap.askedAt?.toISOString() ?? null,
      lessOften: swap.answeredAt ? swap.lessOften : null,
    })),
    supplements: row.supplements.map((supplement) => ({
      id: supplement.id,
      nutrient: supplement.nutrient,
      amount: supplement.amount,
      timesPerWeek: supplement.timesPerWeek,
      startDate: isoDate(supplement.startDate),
      stopDate: supplement.stopDate ? isoDate(supplement.stopDate) : null,
      createdAt: supplement.createdAt.toISOString(),
      updatedAt: supplement.updatedAt.toISOString(),
    })),
    diary: row.diaryEntries.map((entry) => ({
      date: isoDate(entry.date),
      symptoms: entry.symptoms,
      sleepHours: entry.sleepHours,
      caffeineDrinks: entry.caffeineDrinks,
      stress: entry.stress,
      note: entry.note,
      createdAt: entry.createdAt.toISOString(),
      updatedAt: entry.updatedAt.toISOString(),
    })),
  };
}
