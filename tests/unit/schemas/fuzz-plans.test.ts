// Schema fuzz, plans family: POST /api/plans, the plan page and its actions, the shopping list API and
// actions, the pantry, and the calendar export's query. The properties are in tests/support/schema-fuzz.ts.
import { SLOTS } from "@/lib/planner/types";
import { mondayOf } from "@/lib/planner/week";
import {
  arr,
  bool,
  fuzzSchemaFamily,
  id,
  matches,
  num,
  obj,
  ok,
  oneOf,
  optional,
  show,
  text,
  type Out,
} from "@/tests/support/schema-fuzz";

/** The week form's and POST /api/plans' optional fix and relaxation. */
function checkFixAndRelax(out: unknown): void {
  optional(obj(out).fix, (fix) => oneOf(fix, ["conflicts"]));
  optional(obj(out).relax, (relax) =>
    matches(relax, /^(repeats-3|energy-window-15|drop-(food|family|dish)-[a-z0-9-]{1,40})$/),
  );
}

/** A week date the app can compute with and Postgres can store: a real calendar day whose Monday is too. */
function weekDate(value: unknown): void {
  ok(typeof value === "string", () => `${show(value)} is a string`);
  const day = new Date(`${value}T00:00:00Z`);
  ok(!Number.isNaN(day.getTime()), () => `${show(value)} is a date`);
  ok(
    day.toISOString().slice(0, 10) === value,
    () => `${show(value)} is a real day, not ${day.toISOString()}`,
  );
  const monday = mondayOf(day);
  const daysBack = (day.getTime() - new Date(`${monday}T00:00:00Z`).getTime()) / 86_400_000;
  ok(daysBack >= 0 && daysBack <= 6, () => `mondayOf(${value}) = ${monday} is in the same week`);
  ok(Number(monday.slice(0, 4)) >= 1, () => `${monday}: Postgres dates have no year 0`);
}

function isTimeZone(zone: string): boolean {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: zone }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

function mealRef(ref: Out): void {
  id(ref.planId);
  num(ref.day, 0, 6, { int: true });
  oneOf(ref.slot, SLOTS);
}

fuzzSchemaFamily("plans", {
  // calendar.ts: /api/plans/{id}/calendar.ics query.
  ZCalendarQuerySchema: {
    feeds: {
      query: { tz: "Europe/Berlin", breakfast: "07:30", lunch: "12:30", dinner: "19:00", snack: "16:00" },
    },
    check: (out) => {
      const query = obj(out);
      optional(query.tz, (tz) => {
        text(tz, 1, 64);
        ok(isTimeZone(tz as string), () => `${show(tz)} is a time zone`);
      });
      for (const slot of SLOTS) optional(query[slot], (time) => matches(time, /^([01]\d|2[0-3]):[0-5]\d$/));
    },
  },

  // plan.ts: POST /api/plans, the plan page and its actions, the shopping list API and actions, pantry.
  ZGeneratePlanSchema: {
    feeds: { json: { weekStart: "2026-11-23", relax: "repeats-3" } },
    check: (out) => {
      optional(obj(out).weekStart, weekDate);
      checkFixAndRelax(out);
    },
  },
  ZGenerateWeekFormSchema: {
    feeds: {
      form: { week: "2026-11-23", relax: "drop-family-mushrooms" },
      query: { week: "2026-11-25", fix: "conflicts" },
    },
    check: (out) => {
      optional(obj(out).week, weekDate);
      checkFixAndRelax(out);
    },
  },
  ZShoppingPageQuerySchema: {
    feeds: { query: { week: "2026-11-25", weeks: "2", plan: "7" } },
    check: (out) => {
      optional(obj(out).week, (week) => {
        weekDate(week);
        ok(new Date(`${String(week)}T00:00:00Z`).getUTCDay() === 1, () => `${show(week)} is a Monday`);
      });
      optional(obj(out).weeks, (weeks) => num(weeks, 1, 4, { int: true }));
      optional(obj(out).plan, id);
    },
  },
  ZShoppingRangeQuerySchema: {
    feeds: { query: { from: "2026-11-23", to: "2026-11-30" } },
    check: (out) => {
      weekDate(obj(out).weekStart);
      num(obj(out).weeks, 1, 4, { int: true });
    },
  },
  ZPlanPageQuerySchema: {
    feeds: { query: { week: "2026-11-25", swap: "3-snack2" } },
    check: (out) => {
      weekDate(obj(out).week);
      optional(obj(out).swap, (swap) => {
        num(obj(swap).day, 0, 6, { int: true });
        oneOf(obj(swap).slot, SLOTS);
      });
    },
  },
  ZMealRefSchema: {
    feeds: { form: { planId: "7", day: "3", slot: "dinner" } },
    check: (out) => mealRef(obj(out)),
  },
  ZSwapMealSchema: {
    feeds: { form: { planId: "7", day: "0", slot: "breakfast", recipeId: "19" } },
    check: (out) => {
      mealRef(obj(out));
      id(obj(out).recipeId);
    },
  },
  ZLockMealSchema: {
    feeds: { form: { planId: "7", day: "6", slot: "snack", locked: "true" } },
    check: (out) => {
      mealRef(obj(out));
      bool(obj(out).locked);
    },
  },
  ZPlanIdSchema: { feeds: { form: { planId: "7" } }, check: (out) => id(obj(out).planId) },
  ZChangeSideBodySchema: {
    feeds: { json: { day: 2, slot: "lunch", position: 0, sideId: 4 } },
    check: (out) => {
      const side = obj(out);
      num(side.day, 0, 6, { int: true });
      oneOf(side.slot, SLOTS);
      num(side.position, 0, 1, { int: true });
      if (side.sideId !== null) id(side.sideId);
    },
  },
  ZChangeSideSchema: {
    feeds: { form: { planId: "7", day: "1", slot: "dinner", position: "1", sideId: "3" } },
    check: (out) => {
      mealRef(obj(out));
      num(obj(out).position, 0, 1, { int: true });
    },
  },
  ZCheckItemsSchema: {
    feeds: {
      json: {
        items: [
          { foodId: 12, checked: true },
          { foodId: 13, checked: false },
        ],
      },
    },
    check: (out) => {
      for (const item of arr(obj(out).items, 1, 500)) {
        id(obj(item).foodId);
        bool(obj(item).checked);
      }
    },
  },
  ZExtraItemFormSchema: {
    feeds: { form: { planId: "7", text: "Kitchen roll" } },
    check: (out) => {
      id(obj(out).planId);
      text(obj(out).text, 1, 200, { trimmed: true });
    },
  },
  ZCheckExtraFormSchema: {
    feeds: { form: { planId: "7", id: "3", checked: "true" } },
    check: (out) => {
      id(obj(out).planId);
      id(obj(out).id);
      bool(obj(out).checked);
    },
  },
  ZPantryFormSchema: {
    feeds: { form: { foodId: "12", quantity: "2.5", unit: "each" } },
    check: (out) => {
      id(obj(out).foodId);
      num(obj(out).quantity, 0, 10_000);
      oneOf(obj(out).unit, ["each", "g", "kg", "oz", "lb", "ml", "L", "fl oz", "quarts"]);
    },
  },
  ZHaveItemFormSchema: {
    feeds: { form: { foodId: "12", grams: "250.5" } },
    check: (out) => {
      id(obj(out).foodId);
      num(obj(out).grams, 0, 100_000);
      ok((obj(out).grams as number) > 0, () => "grams must be positive");
    },
  },
});
