import { z } from "zod";
import type { Slot } from "@/lib/planner/types";
import { DEFAULT_MEAL_TIMES } from "@/lib/shopping/calendar";

const ZMealTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "times are HH:MM");
const mealTime = (slot: Slot) =>
  ZMealTime.optional().meta({
    description: `Local start of ${slot}, HH:MM; ${DEFAULT_MEAL_TIMES[slot]} when absent.`,
  });

/** Options of a plan's iCalendar export (`/api/plans/{id}/calendar.ics`): time zone and meal times. */
export const ZCalendarQuerySchema = z.object({
  tz: z
    .string()
    .max(64)
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, "tz must be an IANA time zone such as Europe/Berlin")
    .optional()
    .meta({
      description: "IANA time zone of the meal times, e.g. Europe/Berlin; floating local times when absent.",
    }),
  breakfast: mealTime("breakfast"),
  lunch: mealTime("lunch"),
  dinner: mealTime("dinner"),
  snack: mealTime("snack"),
  snack2: mealTime("snack2"),
  snack3: mealTime("snack3"),
});
