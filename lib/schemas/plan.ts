import { z } from "zod";
import { SLOTS } from "@/lib/planner/types";
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

const ZId = z.coerce.number({ error: "must be a number" }).int().positive().max(2_147_483_647);

/** A week, normalised once here: any day of it (or none: this week) becomes its Monday. */
const ZWeekStart = ZIsoDate.optional().transform((value) => weekStartOf(value));

/** A relaxation id a plan offers (lib/planner/relaxations.ts). */
const ZRelaxationId = z
  .string()
  .regex(
    /^(repeats-3|add-snack|energy-window-15|drop-(food|family|dish)-[a-z0-9-]{1,40})$/,
    "Unknown relaxation",
  );

/**
 * `POST /api/plans`: plan the week; with `fix: "conflicts"` replace only the meals that break the profile;
 * with `relax` (an id from the plan's `relaxations`) plan it again with that rule relaxed for this week.
 */
export const ZGeneratePlanSchema = z
  .object({
    weekStart: ZWeekStart,
    fix: z.literal("conflicts", { error: 'fix must be "conflicts"' }).optional(),
    relax: ZRelaxationId.optional(),
  })
  .strict();

/**
 * The plan page's week form: generate or regenerate the week; with `fix: "conflicts"` replace only the
 * meals that break the profile; with `relax` plan it again with one rule relaxed for this week.
 */
export const ZGenerateWeekFormSchema = z.object({
  week: ZWeekStart,
  fix: z.literal("conflicts", { error: 'fix must be "conflicts"' }).optional(),
  relax: ZRelaxationId.optional(),
});

const WEEK_MS = 7 * 86_400_000;

/** Weeks on one shopping list: 1 (a week) to 4. */
const ZListWeeks = z.coerce
  .number({ error: "weeks must be a number" })
  .int("weeks must be a whole number")
  .min(1, "weeks is 1 to 4")
  .max(4, "weeks is 1 to 4");

/** `/shopping?week=2026-11-23&weeks=2` or `?plan=7`; any day stands for its week. */
export const ZShoppingPageQuerySchema = z.object({
  week: ZIsoDate.transform((day) => weekStartOf(day)).optional(),
  weeks: ZListWeeks.optional(),
  plan: ZId.optional(),
});

/**
 * `GET /api/shopping-list?from=2026-11-23&to=2026-11-30`: the planned weeks from one day's week to
 * another's (at most 4).
 */
export const ZShoppingRangeQuerySchema = z
  .object({ from: ZIsoDate, to: ZIsoDate.optional() })
  .refine(({ from, to }) => to === undefined || to >= from, {
    path: ["to"],
    message: "to must not be before from",
    // Only once both are real dates: a bad "from" is named on its own.
    when: (payload) => payload.issues.length === 0,
  })
  .transform(({ from, to }) => {
    const weekStart = weekStartOf(from);
    const lastWeek = weekStartOf(to ?? from);
    const weeks =
      Math.round((parseIsoDate(lastWeek).getTime() - parseIsoDate(weekStart).getTime()) / WEEK_MS) + 1;
    // One list covers at most 4 weeks: a longer range keeps its first four.
    return { weekStart, weeks: Math.min(weeks, 4) };
  });

const ZDay = z.coerce
  .number({ error: "day must be a number" })
  .int()
  .min(0, "day is 0 to 6")
  .max(6, "day is 0 to 6");
const ZSlot = z.enum(SLOTS, { error: `slot must be one of ${SLOTS.join(", ")}` });

/** The field schemas of a planned meal, shared with the memory's schemas (not a schema: no fuzz family). */
export const PLAN_FIELDS = { id: ZId, day: ZDay, slot: ZSlot };

export const ZMealRefSchema = z.object({ planId: ZId, day: ZDay, slot: ZSlot });
export const ZSwapMealSchema = ZMealRefSchema.extend({ recipeId: ZId });
export const ZLockMealSchema = ZMealRefSchema.extend({
  locked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const ZPlanIdSchema = z.object({ planId: ZId });

/**
 * One side of a planned meal: put side `sideId` at `position` (0 or 1; the next free place adds one),
 * or remove the side there when `sideId` is absent or null. The route takes the plan from its path.
 */
export const ZChangeSideBodySchema = z.object({
  day: ZDay,
  slot: ZSlot,
  position: z.coerce
    .number({ error: "position must be a number" })
    .int()
    .min(0, "position is 0 or 1")
    .max(1, "position is 0 or 1"),
  sideId: ZId.nullable().default(null),
});
export const ZChangeSideSchema = ZChangeSideBodySchema.extend({ planId: ZId });

/** `/plan?week=…&swap=3-dinner`: the week, and the meal whose alternatives are open ("day-slot"). */
export const ZPlanPageQuerySchema = z.object({
  week: ZWeekStart,
  swap: z
    .string()
    .regex(/^[0-6]-[a-z]+[23]?$/, "swap is day-slot, e.g. 3-dinner or 3-snack2")
    .transform((value) => {
      const [day, slot] = value.split("-");
      return { day: Number(day), slot };
    })
    .pipe(z.object({ day: z.number().int().min(0).max(6), slot: ZSlot }))
    .optional(),
  /** `side=3-lunch-1`: the side place whose options are open ("day-slot-position"). */
  side: z
    .string()
    .regex(/^[0-6]-[a-z]+[23]?-[01]$/, "side is day-slot-position, e.g. 3-lunch-0 or 3-snack2-1")
    .transform((value) => {
      const [day, slot, position] = value.split("-");
      return { day: Number(day), slot, position: Number(position) };
    })
    .pipe(z.object({ day: z.number().int().min(0).max(6), slot: ZSlot, position: z.number().int() }))
    .optional(),
});

export const ZCheckItemsSchema = z
  .object({
    items: z
      .array(
        z
          .object({
            foodId: ZId,
            checked: z.boolean({ error: "checked must be true or false" }),
            // When the tick was made (a phone offline sends it later): the latest tick of an item wins.
            at: z.iso.datetime({ offset: true, error: "at must be an ISO 8601 date-time" }).optional(),
          })
          .strict(),
      )
      .min(1, "items needs at least one entry")
      .max(500, "at most 500 items at once"),
  })
  .strict();

export const ZExtraItemFormSchema = z.object({
  planId: ZId,
  text: z
    .string({ error: "Type what to add" })
    .trim()
    .min(1, "Type what to add")
    .max(200, "At most 200 characters")
    .refine(hasNoNul, "Text cannot contain NUL characters"),
});
export const ZCheckExtraFormSchema = z.object({
  planId: ZId,
  id: ZId,
  checked: z.enum(["true", "false"]).transform((v) => v === "true"),
});
/** Units a pantry amount can be given in ("each": pieces or packs of the food's purchasable item). */
export const PANTRY_UNITS = ["each", "g", "kg", "oz", "lb", "ml", "L", "fl oz", "quarts"] as const;

/** A pantry amount in a unit people buy in: "3" eggs, "1" bag, "1.5" L; 0 removes the food. */
export const ZPantryFormSchema = z.object({
  foodId: ZId,
  quantity: z.coerce
    .number({ error: "Amount must be a number" })
    .min(0, "Amount cannot be negative")
    .max(10_000, "At most 10,000"),
  unit: z.enum(PANTRY_UNITS, { error: "Choose a unit" }),
});
export type TPantryForm = z.infer<typeof ZPantryFormSchema>;

/** "I have this" on the list: these grams of the food go into the pantry. */
export const ZHaveItemFormSchema = z.object({
  foodId: ZId,
  grams: z.coerce
    .number({ error: "Amount must be a number of grams" })
    .positive("Amount must be more than 0")
    .max(100_000, "At most 100 kg"),
});
