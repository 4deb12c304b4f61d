// Bodies the memory's routes send (ADR 021), as zod schemas for the OpenAPI document and the JSON builders.
import { z } from "zod";
import { DIARY_ALERT_CODE } from "@/lib/nutrition/memory/diary";
import { DISH_RATINGS } from "@/lib/nutrition/memory/ratings";
import { SYMPTOM_IDS } from "@/lib/nutrition/symptoms";
import { TARGET_NUTRIENTS } from "@/lib/nutrition/types";
import { SLOTS } from "@/lib/planner/types";
import { MEAL_LOG_STATUSES } from "@/lib/planner/eaten-coverage";
import { COVERAGE_KEYS } from "@/lib/planner/plan-view";
import { listResponse } from "@/lib/schemas/list-responses";

const ZId = z.number().int().positive();
const ZDate = z.iso.date();
const ZDateTime = z.iso.datetime();

const ZEatenAmountSchema = z
  .object({
    total: z.number().meta({ description: "Eaten, from meals marked eaten or replaced." }),
    target: z.number(),
    percent: z.number().meta({ description: "total / target × 100, not capped." }),
  })
  .meta({ id: "EatenAmount" });
const ZEatenByNutrient = z
  .object(
    Object.fromEntries(COVERAGE_KEYS.map((key) => [key, ZEatenAmountSchema])) as Record<
      (typeof COVERAGE_KEYS)[number],
      typeof ZEatenAmountSchema
    >,
  )
  .meta({ id: "EatenByNutrient" });

export const ZMealLogResponseSchema = z
  .object({
    day: z.number().int().min(0).max(6),
    slot: z.enum(SLOTS),
    status: z.enum(MEAL_LOG_STATUSES),
    recipeId: ZId.nullable().meta({ description: "What replaced the meal (a catalogue recipe), if any." }),
    foodId: ZId.nullable().meta({ description: "What replaced the meal (a food), if any." }),
    grams: z.number().nullable(),
    replacementName: z
      .string()
      .nullable()
      .meta({ description: 'What replaced the meal, in words as logged ("150 g Bananas, raw").' }),
  })
  .meta({ id: "MealLog" });
export type TMealLogResponse = z.infer<typeof ZMealLogResponseSchema>;

export const ZSupplementCoverageSchema = z
  .object({
    nutrient: z.enum(TARGET_NUTRIENTS),
    targetPerDay: z.number(),
    foodPerDay: z.number().meta({ description: "Planned food, per day on average." }),
    supplementPerDay: z.number().meta({ description: "Supplements, weekly amount ÷ 7." }),
    togetherPerDay: z.number(),
    foodPercent: z.number(),
    togetherPercent: z.number(),
  })
  .meta({ id: "SupplementCoverage", description: "Food and supplements apart and together." });
export type TSupplementCoverage = z.infer<typeof ZSupplementCoverageSchema>;

/** The fields a saved plan carries beside `coverage`. */
export const ZPlanMemoryShape = {
  eaten: ZEatenByNutrient.meta({
    description: "What was eaten this week (meals marked eaten or replaced), against the weekly targets.",
  }),
  eatenDays: z.array(
    z.object({
      day: z.number().int().min(0).max(6),
      loggedMeals: z.number().int(),
      eaten: ZEatenByNutrient,
    }),
  ),
  mealLogs: z.array(ZMealLogResponseSchema),
  supplements: z.array(ZSupplementCoverageSchema),
};

// ---- ratings ----

export const ZRatingResponseSchema = z
  .object({
    recipeId: ZId,
    recipeName: z.string(),
    rating: z.enum(DISH_RATINGS),
    updatedAt: ZDateTime,
  })
  .meta({ id: "DishRating" });
export type TRatingResponse = z.infer<typeof ZRatingResponseSchema>;

export const ZRatingListResponseSchema = listResponse("ratings", ZRatingResponseSchema, "DishRatings");
export type TRatingListResponse = z.infer<typeof ZRatingListResponseSchema>;

// ---- supplements ----

export const ZSupplementResponseSchema = z
  .object({
    id: ZId,
    nutrient: z.enum(TARGET_NUTRIENTS),
    amount: z.number().meta({ description: "Per dose: mg (magnesium, calcium) or µg (vitamin D, B12)." }),
    timesPerWeek: z.number().int().min(1).max(7),
    startDate: ZDate,
    stopDate: ZDate.nullable(),
    active: z.boolean().meta({ description: "Taken today." }),
  })
  .meta({ id: "Supplement" });
export type TSupplementResponse = z.infer<typeof ZSupplementResponseSchema>;

export const ZSupplementListResponseSchema = listResponse(
  "supplements",
  ZSupplementResponseSchema,
  "Supplements",
);
export type TSupplementListResponse = z.infer<typeof ZSupplementListResponseSchema>;

// ---- diary ----

export const ZDiaryEntryResponseSchema = z
  .object({
    date: ZDate,
    symptoms: z.array(z.object({ code: z.enum(SYMPTOM_IDS), severity: z.number().int().min(0).max(3) })),
    sleepHours: z.number().nullable(),
    caffeineDrinks: z.number().int().nullable(),
    stress: z.number().int().nullable(),
    note: z.string(),
  })
  .meta({ id: "DiaryEntry" });
export type TDiaryEntryResponse = z.infer<typeof ZDiaryEntryResponseSchema>;

export const ZDiaryAlertSchema = z
  .object({
    code: z.literal(DIARY_ALERT_CODE),
    symptom: z.enum(SYMPTOM_IDS),
    days: z.number().int().meta({ description: "Days with the symptom among the last 14." }),
    rising: z.boolean().meta({ description: "Severity rose from the first week to the second." }),
    title: z.string(),
    message: z.string(),
  })
  .meta({ id: "DiaryAlert" });

export const ZDiaryResponseSchema = z
  .object({
    from: ZDate,
    to: ZDate,
    entries: z.array(ZDiaryEntryResponseSchema),
    alerts: z.array(ZDiaryAlertSchema).meta({ description: "For the 14 days ending on `to`." }),
  })
  .meta({ id: "Diary" });
export type TDiaryResponse = z.infer<typeof ZDiaryResponseSchema>;

export const ZLessOftenResponseSchema = z
  .object({
    recipeId: ZId,
    lessOften: z.boolean(),
    rating: z.enum(DISH_RATINGS).nullable().meta({ description: "The rating after the answer." }),
  })
  .meta({ id: "LessOftenAnswer" });

export const ZRecipeRatingResponseSchema = z
  .object({
    recipeId: ZId,
    rating: z.enum(DISH_RATINGS).nullable().meta({ description: "null: not rated." }),
  })
  .meta({ id: "RecipeRating" });
export type TRecipeRatingResponse = z.infer<typeof ZRecipeRatingResponseSchema>;

// ---- account export ----

export const ZMealLogExportSchema = ZMealLogResponseSchema.extend({
  nutrients: z.unknown().meta({ description: "What the meal supplied as logged (kcal, mg, µg)." }),
  updatedAt: ZDateTime,
}).meta({ id: "MealLogExport" });

/** The memory's fields of the account export. */
export const ZMemoryExportShape = {
  ratings: z.array(
    z.object({
      recipeId: ZId,
      recipeName: z.string(),
      rating: z.enum(DISH_RATINGS),
      createdAt: ZDateTime,
      updatedAt: ZDateTime,
    }),
  ),
  swapsAway: z.array(
    z.object({
      recipeId: ZId,
      recipeName: z.string(),
      swapsAwayInARow: z.number().int(),
      askedAt: ZDateTime.nullable().meta({ description: "When “show it less often?” was asked." }),
      lessOften: z.boolean().nullable().meta({ description: "The answer; null: not answered." }),
    }),
  ),
  supplements: z.array(
    ZSupplementResponseSchema.omit({ active: true }).extend({ createdAt: ZDateTime, updatedAt: ZDateTime }),
  ),
  diary: z.array(
    ZDiaryEntryResponseSchema.extend({
      symptoms: z.unknown().meta({ description: "[{ code, severity }] as saved." }),
      createdAt: ZDateTime,
      updatedAt: ZDateTime,
    }),
  ),
};
