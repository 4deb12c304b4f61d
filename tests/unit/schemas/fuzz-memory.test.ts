// Schema fuzz, memory family: dish ratings, meal logs, supplements and the symptom diary, from the JSON API
// and the pages' forms. The properties are in tests/support/schema-fuzz.ts.
import { DISH_RATINGS } from "@/lib/nutrition/memory/ratings";
import { SYMPTOM_IDS } from "@/lib/nutrition/symptoms";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { SLOTS } from "@/lib/planner/types";
import { MEAL_LOG_STATUSES } from "@/lib/planner/eaten-coverage";
import { check, fuzzSchemaFamily, ok } from "@/tests/support/schema-fuzz";

const DATE = /^(19|2\d)\d{2}-\d{2}-\d{2}$/;

function realDate(value: unknown): void {
  check.matches(value, DATE);
  ok(
    new Date(`${String(value)}T00:00:00Z`).toISOString().slice(0, 10) === value,
    () => `${check.show(value)} is real`,
  );
}

function nullableNumber(value: unknown, min: number, max: number, int = false): void {
  check.optional(value, (v) => (v === null ? undefined : check.num(v, min, max, { int })));
}

function diaryTriggers(out: Record<string, unknown>): void {
  nullableNumber(out.sleepHours, 0, 24);
  nullableNumber(out.caffeineDrinks, 0, 30, true);
  nullableNumber(out.stress, 0, 3, true);
  check.optional(out.note, (note) => check.text(note, 0, 1000));
}

function symptoms(value: unknown): void {
  const list = check.arr(value, 0, SYMPTOM_IDS.length);
  for (const symptom of list) {
    check.oneOf(check.obj(symptom).code, SYMPTOM_IDS);
    check.num(check.obj(symptom).severity, 0, 3, { int: true });
  }
  ok(new Set(list.map((s) => check.obj(s).code)).size === list.length, () => "each symptom once");
}

function supplementNumbers(out: Record<string, unknown>): void {
  check.optional(out.amount, (amount) => check.num(amount, Number.MIN_VALUE, 100_000));
  check.optional(out.timesPerWeek, (times) => check.num(times, 1, 7, { int: true }));
  check.optional(out.startDate, realDate);
  check.optional(out.stopDate, (stop) => (stop === null ? undefined : realDate(stop)));
  if (typeof out.startDate === "string" && typeof out.stopDate === "string") {
    ok(out.stopDate >= out.startDate, () => "stop is not before start");
  }
}

fuzzSchemaFamily("memory", {
  ZRatingInputSchema: {
    feeds: { json: { rating: "never" } },
    check: (out) => check.oneOf(check.obj(out).rating, DISH_RATINGS),
  },
  ZLessOftenAnswerSchema: {
    feeds: { json: { lessOften: true } },
    check: (out) => ok(typeof check.obj(out).lessOften === "boolean", () => "lessOften is a boolean"),
  },
  ZRateRecipeFormSchema: {
    feeds: { form: { recipeId: "12", rating: "love" } },
    check: (out) => {
      check.id(check.obj(out).recipeId);
      check.oneOf(check.obj(out).rating, DISH_RATINGS);
    },
  },
  ZMealLogParamsSchema: {
    feeds: { query: { id: "7", day: "3", slot: "dinner" } },
    check: (out) => {
      check.id(check.obj(out).id);
      check.num(check.obj(out).day, 0, 6, { int: true });
      check.oneOf(check.obj(out).slot, SLOTS);
    },
  },
  ZMealLogInputSchema: {
    feeds: { json: { status: "replaced", foodId: 1234, grams: 150 } },
    check: (out) => {
      const log = check.obj(out);
      check.oneOf(log.status, MEAL_LOG_STATUSES);
      check.optional(log.recipeId, check.id);
      check.optional(log.foodId, check.id);
      check.optional(log.grams, (grams) => check.num(grams, Number.MIN_VALUE, 5000));
      if (log.status !== "replaced")
        ok(log.recipeId === undefined && log.foodId === undefined, () => "no replacement");
      else ok((log.recipeId === undefined) !== (log.foodId === undefined), () => "one replacement");
    },
  },
  ZLogMealFormSchema: {
    feeds: { form: { planId: "7", day: "0", slot: "lunch", status: "skipped" } },
    check: (out) => {
      check.id(check.obj(out).planId);
      check.num(check.obj(out).day, 0, 6, { int: true });
      check.oneOf(check.obj(out).slot, SLOTS);
      check.oneOf(check.obj(out).status, ["eaten", "skipped"]);
    },
  },
  ZLogDayFormSchema: {
    feeds: { form: { planId: "7", day: "6" } },
    check: (out) => {
      check.id(check.obj(out).planId);
      check.num(check.obj(out).day, 0, 6, { int: true });
    },
  },
  ZSupplementInputSchema: {
    feeds: {
      json: { nutrient: "vitaminB12Mcg", amount: 250, timesPerWeek: 7, startDate: "2026-12-01" },
    },
    check: (out) => {
      check.oneOf(check.obj(out).nutrient, TARGET_NUTRIENTS);
      supplementNumbers(check.obj(out));
    },
  },
  ZSupplementFormSchema: {
    feeds: { form: { nutrient: "magnesiumMg", amount: "400", timesPerWeek: "7", startDate: "2026-12-01" } },
    check: (out) => {
      check.oneOf(check.obj(out).nutrient, TARGET_NUTRIENTS);
      supplementNumbers(check.obj(out));
    },
  },
  ZSupplementPatchSchema: {
    feeds: { json: { amount: 100, stopDate: "2026-12-24" } },
    check: (out) => supplementNumbers(check.obj(out)),
  },
  ZSupplementIdFormSchema: {
    feeds: { form: { supplementId: "3" } },
    check: (out) => check.id(check.obj(out).supplementId),
  },
  ZDiaryEntryInputSchema: {
    feeds: {
      json: {
        date: "2026-12-01",
        symptoms: [{ code: "eyelid-facial-twitching", severity: 2 }],
        sleepHours: 6.5,
        caffeineDrinks: 3,
        stress: 2,
        note: "Long day",
      },
    },
    check: (out) => {
      realDate(check.obj(out).date);
      symptoms(check.obj(out).symptoms);
      diaryTriggers(check.obj(out));
    },
  },
  ZDiaryFormSchema: {
    feeds: {
      form: { date: "2026-12-01", "severity-muscle-cramps": "1", sleepHours: "7", stress: "1", note: "ok" },
    },
    check: (out) => {
      realDate(check.obj(out).date);
      symptoms(check.obj(out).symptoms);
      for (const symptom of check.arr(check.obj(out).symptoms))
        check.num(check.obj(symptom).severity, 1, 3, { int: true });
      diaryTriggers(check.obj(out));
    },
  },
  ZDiaryRangeQuerySchema: {
    feeds: { query: { from: "2026-11-01", to: "2026-12-01" } },
    check: (out) => {
      check.optional(check.obj(out).from, realDate);
      check.optional(check.obj(out).to, realDate);
    },
  },
});
