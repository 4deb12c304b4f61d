import { z } from "zod";
import { MEAL_TYPES } from "@/lib/nutrition/types";
import { parseIsoDate, weekStartOf } from "@/lib/planner/week";
import { hasNoNul } from "@/lib/schemas/form-data";

/**
 * A calendar day in years 1900-2999. Date.parse rolls 2026-02-31 over to March 3, so the day must read back
 * unchanged; year 0000 cannot be stored (Postgres dates have no year 0) and mondayOf reads years 0-99 as
 * 1900-1999.
 */
const ZIsoDate = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/, "weekStart must be a date like 2026-11-23")
  .refine((value) => {
    const day = parseIsoDate(value);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
  }, "weekStart must be a real date");

/** A week, normalised once here: any day of it (or none: this week) becomes its Monday. */
const ZWeekStart = ZIsoDate.optional().transform((value) => weekStartOf(value));

export const ZGeneratePlanSchema = z.object({ weekStart: ZWeekStart }).strict();

export const ZWeekQuerySchema = z.object({ week: ZWeekStart });

const ZDay = z.coerce
  .number({ error: "day must be a number" })
  .int()
  .min(0, "day is 0 to 6")
  .max(6, "day is 0 to 6");
const ZSlot = z.enum(MEAL_TYPES, { error: `slot must be one of ${MEAL_TYPES.join(", ")}` });
const ZId = z.coerce.number({ error: "must be a number" }).int().positive().max(2_147_483_647);

export const ZMealRefSchema = z.object({ planId: ZId, day: ZDay, slot: ZSlot });
export const ZSwapMealSchema = ZMealRefSchema.extend({ recipeId: ZId });
export const ZLockMealSchema = ZMealRefSchema.extend({
  locked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const ZPlanIdSchema = z.object({ planId: ZId });

/** `/plan?week=…&swap=3-dinner`: the week, and the meal whose alternatives are open ("day-slot"). */
export const ZPlanPageQuerySchema = z.object({
  week: ZWeekStart,
  swap: z
    .string()
    .regex(/^[0-6]-[a-z]+$/, "swap is day-slot, e.g. 3-dinner")
    .transform((value) => {
      const [day, slot] = value.split("-");
      return { day: Number(day), slot };
    })
    .pipe(z.object({ day: z.number().int().min(0).max(6), slot: ZSlot }))
    .optional(),
});

export const ZCheckItemsSchema = z
  .object({
    items: z
      .array(
        z.object({ foodId: ZId, checked: z.boolean({ error: "checked must be true or false" }) }).strict(),
      )
      .min(1, "items needs at least one entry")
      .max(500, "at most 500 items at once"),
  })
  .strict();

export const ZCheckItemFormSchema = z.object({
  planId: ZId,
  foodId: ZId,
  checked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const ZExtraItemFormSchema = z.object({
  planId: ZId,
  text: z
    .string()
    .trim()
    .min(1, "Write what to add")
    .max(200, "At most 200 characters")
    .refine(hasNoNul, "Text cannot contain NUL characters"),
});
export const ZCheckExtraFormSchema = z.object({
  planId: ZId,
  id: ZId,
  checked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const ZPantryFormSchema = z.object({
  foodId: ZId,
  grams: z.coerce
    .number({ error: "Amount must be a number of grams" })
    .min(0, "Amount cannot be negative")
    .max(100_000, "At most 100 kg"),
});
