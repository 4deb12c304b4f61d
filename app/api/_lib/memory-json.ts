import type { StoredDiaryEntry } from "@/lib/services/memory/get-diary";
import type { RatingRecord } from "@/lib/services/memory/list-ratings";
import type { StoredSupplement } from "@/lib/services/memory/list-supplements";
import type { DiaryAlert } from "@/lib/nutrition/memory/diary";
import type { EatenAmount, MealLogRecord } from "@/lib/planner/eaten-coverage";
import type { CoverageKey } from "@/lib/planner/plan-view";
import type {
  TDiaryEntryResponse,
  TDiaryResponse,
  TMealLogResponse,
  TRatingResponse,
  TSupplementCoverage,
  TSupplementResponse,
} from "@/lib/schemas/memory-responses";
import type { TPlanResponse } from "@/lib/schemas/api-responses";
import type { PlanMemoryView } from "@/lib/services/memory/plan-memory-view";

// Typed with the documented response schemas (lib/schemas/memory-responses.ts), like plan-json.ts.

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function eatenJson(amounts: Record<CoverageKey, EatenAmount>): TPlanResponse["eaten"] {
  const entries = Object.entries<EatenAmount>(amounts).map(([key, a]) => [
    key,
    { total: round(a.total), target: round(a.target), percent: round(a.percent, 1) },
  ]);
  return Object.fromEntries(entries) as TPlanResponse["eaten"];
}

export function mealLogJson(log: MealLogRecord): TMealLogResponse {
  const { day, slot, status, recipeId, foodId, grams, replacementName } = log;
  return { day, slot, status, recipeId, foodId, grams, replacementName };
}

/** The plan's fields beside `coverage`: eaten coverage, the meal logs, supplements apart and together. */
export function planMemoryJson(
  memory: PlanMemoryView,
  logs: readonly MealLogRecord[],
): Pick<TPlanResponse, "eaten" | "eatenDays" | "mealLogs" | "supplements"> {
  return {
    eaten: eatenJson(memory.eaten.week),
    eatenDays: memory.eaten.days.map((day) => ({
      day: day.day,
      loggedMeals: day.loggedMeals,
      eaten: eatenJson(day.coverage),
    })),
    mealLogs: logs.map(mealLogJson),
    supplements: memory.supplements.map((s): TSupplementCoverage => ({
      nutrient: s.nutrient,
      targetPerDay: round(s.targetPerDay),
      foodPerDay: round(s.foodPerDay),
      supplementPerDay: round(s.supplementPerDay),
      togetherPerDay: round(s.togetherPerDay),
      foodPercent: round(s.foodPercent, 1),
      togetherPercent: round(s.togetherPercent, 1),
    })),
  };
}

export function ratingJson(rating: RatingRecord): TRatingResponse {
  return {
    recipeId: rating.recipeId,
    recipeName: rating.recipeName,
    rating: rating.rating,
    updatedAt: rating.updatedAt.toISOString(),
  };
}

export function supplementJson(supplement: StoredSupplement, today: string): TSupplementResponse {
  return {
    id: supplement.id,
    nutrient: supplement.nutrient,
    amount: supplement.amount,
    timesPerWeek: supplement.timesPerWeek,
    startDate: supplement.startDate,
    stopDate: supplement.stopDate,
    active: supplement.startDate <= today && (supplement.stopDate === null || supplement.stopDate >= today),
  };
}

export function diaryEntryJson(entry: StoredDiaryEntry): TDiaryEntryResponse {
  const { date, sleepHours, caffeineDrinks, stress, note } = entry;
  const symptoms = entry.symptoms.map(({ code, severity }) => ({ code, severity }));
  return { date, symptoms, sleepHours, caffeineDrinks, stress, note };
}

export function diaryJson(diary: {
  from: string;
  to: string;
  entries: StoredDiaryEntry[];
  alerts: DiaryAlert[];
}): TDiaryResponse {
  return {
    from: diary.from,
    to: diary.to,
    entries: diary.entries.map(diaryEntryJson),
    alerts: diary.alerts.map(({ code, symptom, days, rising, title, message }) => ({
      code,
      symptom,
      days,
      rising,
      title,
      message,
    })),
  };
}
