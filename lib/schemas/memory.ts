// Inputs of the memory: dish ratings, meal logs, supplements and the symptom diary (ADR 021). Numbers are
// coerced, so one schema parses both the JSON API and the forms of the pages (blank fields are dropped).
import { z } from "zod";
import { DISH_RATINGS } from "@/lib/nutrition/memory/ratings";
import { SEVERITY_MAX, STRESS_MAX } from "@/lib/nutrition/memory/diary";
import { SYMPTOM_IDS } from "@/lib/nutrition/symptoms";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { MEAL_LOG_STATUSES } from "@/lib/planner/eaten-coverage";
import { hasNoNul } from "@/lib/schemas/form-data";
import { PLAN_FIELDS } from "@/lib/schemas/plan";

/** A calendar day (YYYY-MM-DD, years 1900-2999) that reads back unchanged (no 31 February). */
const ZDay8601 = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/, "must be a date like 2026-12-01")
  .refine((value) => {
    // Runs after a failed regex too: an unparsable value must not throw.
    const day = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
  }, "must be a real date")
  .meta({ description: "A calendar day, YYYY-MM-DD.", example: "2026-12-01" });

const { id: ZId, day: ZDay, slot: ZSlot } = PLAN_FIELDS;

// ---- ratings ----

const ZRating = z.enum(DISH_RATINGS, { error: `rating must be one of ${DISH_RATINGS.join(", ")}` });

export const ZRatingInputSchema = z.object({ rating: ZRating }).strict();

/** `PUT /api/recipes/{id}/less-often`: the answer to "show it less often?" (true rates it dislike). */
export const ZLessOftenAnswerSchema = z
  .object({ lessOften: z.boolean({ error: "lessOften must be true or false" }) })
  .strict();

export const ZRateRecipeFormSchema = z.object({ recipeId: ZId, rating: ZRating });

// ---- meals eaten ----

/** `/api/plans/{id}/meals/{day}/{slot}/log` */
export const ZMealLogParamsSchema = z.object({ id: ZId, day: ZDay, slot: ZSlot });

export const ZMealLogInputSchema = z
  .object({
    status: z.enum(MEAL_LOG_STATUSES, { error: `status must be one of ${MEAL_LOG_STATUSES.join(", ")}` }),
    recipeId: ZId.optional().meta({
      description: "Replaced by this catalogue recipe (its planned portion).",
    }),
    foodId: ZId.optional().meta({ description: "Replaced by this food, `grams` of it." }),
    grams: z.coerce.number({ error: "grams must be a number" }).positive().max(5000).optional(),
  })
  .strict()
  .superRefine((input, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: "custom", path: [path], message });
    if (input.status !== "replaced") {
      for (const key of ["recipeId", "foodId", "grams"] as const) {
        if (input[key] !== undefined) issue(key, `${key} is only for a replaced meal`);
      }
      return;
    }
    if (input.recipeId === undefined && input.foodId === undefined) {
      issue("foodId", "a replaced meal names either recipeId or foodId with grams");
    } else if (input.recipeId !== undefined && input.foodId !== undefined) {
      issue("recipeId", "a replaced meal names either recipeId or foodId with grams, not both");
    } else if (input.foodId !== undefined && input.grams === undefined) {
      issue("grams", "grams is required with foodId");
    } else if (input.recipeId !== undefined && input.grams !== undefined) {
      issue("grams", "grams goes with foodId, not recipeId");
    }
  });

export const ZLogMealFormSchema = z.object({
  planId: ZId,
  day: ZDay,
  slot: ZSlot,
  status: z.enum(["eaten", "skipped"]),
});

export const ZLogDayFormSchema = z.object({ planId: ZId, day: ZDay });

// ---- supplements ----

const ZAmount = z.coerce
  .number({ error: "amount must be a number" })
  .positive("amount must be above 0")
  .max(100_000, "amount must be at most 100,000")
  .meta({ description: "Per dose, in the nutrient's unit: mg (magnesium, calcium) or µg (vitamin D, B12)." });
const ZTimesPerWeek = z.coerce
  .number({ error: "timesPerWeek must be a number" })
  .int("timesPerWeek must be a whole number")
  .min(1, "timesPerWeek is 1 to 7")
  .max(7, "timesPerWeek is 1 to 7")
  .meta({ description: "How many doses a week; 7 is daily." });

const supplementFields = {
  nutrient: z.enum(TARGET_NUTRIENTS, { error: `nutrient must be one of ${TARGET_NUTRIENTS.join(", ")}` }),
  amount: ZAmount,
  timesPerWeek: ZTimesPerWeek.default(7),
  startDate: ZDay8601.optional().meta({ description: "Default: today." }),
  stopDate: ZDay8601.nullable()
    .optional()
    .meta({ description: "Last day taken; null or absent: still taken." }),
};

const stopNotBeforeStart = {
  path: ["stopDate"],
  message: "stopDate must not be before startDate",
  when: (payload: { issues: unknown[] }) => payload.issues.length === 0,
};

export const ZSupplementInputSchema = z
  .object(supplementFields)
  .strict()
  .refine((s) => !s.stopDate || !s.startDate || s.stopDate >= s.startDate, stopNotBeforeStart);

/** The supplements page's form (extra fields of a form are ignored, as everywhere). */
export const ZSupplementFormSchema = z
  .object(supplementFields)
  .refine((s) => !s.stopDate || !s.startDate || s.stopDate >= s.startDate, stopNotBeforeStart);

export const ZSupplementPatchSchema = z
  .object({
    amount: ZAmount.optional(),
    timesPerWeek: ZTimesPerWeek.optional(),
    startDate: supplementFields.startDate,
    stopDate: supplementFields.stopDate,
  })
  .strict()
  .refine((s) => !s.stopDate || !s.startDate || s.stopDate >= s.startDate, stopNotBeforeStart);

export const ZSupplementIdFormSchema = z.object({ supplementId: ZId });

// ---- diary ----

const ZSeverity = z.coerce
  .number({ error: "severity must be a number" })
  .int()
  .min(0, `severity is 0 to ${SEVERITY_MAX}`)
  .max(SEVERITY_MAX, `severity is 0 to ${SEVERITY_MAX}`);

const diaryTriggers = {
  sleepHours: z.coerce.number({ error: "sleepHours must be a number" }).min(0).max(24).nullable().optional(),
  caffeineDrinks: z.coerce
    .number({ error: "caffeineDrinks must be a number" })
    .int()
    .min(0)
    .max(30)
    .nullable()
    .optional(),
  stress: z.coerce
    .number({ error: "stress must be a number" })
    .int()
    .min(0)
    .max(STRESS_MAX)
    .nullable()
    .optional(),
  note: z
    .string()
    .max(1000, "note is at most 1,000 characters")
    .refine(hasNoNul, "note must not contain NUL")
    .optional(),
};

export const ZDiaryEntryInputSchema = z
  .object({
    date: ZDay8601,
    symptoms: z
      .array(z.object({ code: z.enum(SYMPTOM_IDS), severity: ZSeverity }).strict())
      .max(SYMPTOM_IDS.length)
      .refine((list) => new Set(list.map((s) => s.code)).size === list.length, "each symptom at most once"),
    ...diaryTriggers,
  })
  .strict();

/** The check-in form: one `severity-<symptom>` field per symptom (absent: 0). */
export const ZDiaryFormSchema = z
  .object({
    date: ZDay8601,
    ...Object.fromEntries(SYMPTOM_IDS.map((code) => [`severity-${code}`, ZSeverity.optional()])),
    ...diaryTriggers,
  })
  .transform((form) => {
    const values = form as Record<string, unknown>;
    return {
      date: form.date,
      symptoms: SYMPTOM_IDS.map((code) => ({
        code,
        severity: Number(values[`severity-${code}`] ?? 0),
      })).filter((s) => s.severity > 0),
      sleepHours: form.sleepHours ?? null,
      caffeineDrinks: form.caffeineDrinks ?? null,
      stress: form.stress ?? null,
      note: form.note ?? "",
    };
  });

/** `GET /api/diary?from=&to=`: default the 28 days ending today; at most 366 days. */
export const ZDiaryRangeQuerySchema = z
  .object({ from: ZDay8601.optional(), to: ZDay8601.optional() })
  .refine(({ from, to }) => !from || !to || from <= to, {
    path: ["to"],
    message: "to must not be before from",
    when: (payload) => payload.issues.length === 0,
  })
  .refine(({ from, to }) => !from || !to || Date.parse(to) - Date.parse(from) <= 365 * 86_400_000, {
    path: ["from"],
    message: "a range is at most 366 days",
    when: (payload) => payload.issues.length === 0,
  });
