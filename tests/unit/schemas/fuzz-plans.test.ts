// Schema fuzz, plans family: POST /api/plans, the plan page and its actions, the shopping list API and
// actions, the pantry, and the calendar export's query. The properties are in tests/support/schema-fuzz.ts.
import { SLOTS } from "@/lib/planner/types";
import { mondayOf } from "@/lib/planner/week";
import { check, fuzzSchemaFamily, ok, type Out } from "@/tests/support/schema-fuzz";

/** The week form's and POST /api/plans' optional fix and relaxation. */
function checkFixAndRelax(out: unknown): void {
  check.optional(check.obj(out).fix, (fix) => check.oneOf(fix, ["conflicts"]));
  check.optional(check.obj(out).relax, (relax) =>
    check.matches(relax, /^(repeats-3|energy-window-15|drop-(food|family|dish)-[a-z0-9-]{1,40})$/),
  );
}

/** A week date the app can compute with and Postgres can store: a real calendar day whose Monday is too. */
function weekDate(value: unknown): void {
  ok(typeof value === "string", () => `${check.show(value)} is a string`);
  const day = new Date(`${value}T00:00:00Z`);
  ok(!Number.isNaN(day.getTime()), () => `${check.show(value)} is a date`);
  ok(
    day.toISOString().slice(0, 10) === value,
    () => `${check.show(value)} is a real day, not ${day.toISOString()}`,
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
  check.id(ref.planId);
  check.num(ref.day, 0, 6, { int: true });
  check.oneOf(ref.slot, SLOTS);
}

fuzzSchemaFamily("plans", {
  // calendar.ts: /api/plans/{id}/calendar.ics query.
  ZCalendarQuerySchema: {
    feeds: {
      query: { tz: "Europe/Berlin", breakfast: "07:30", lunch: "12:30", dinner: "19:00", snack: "16:00" },
    },
    check: (out) => {
      const query = check.obj(out);
      check.optional(query.tz, (tz) => {
        check.text(tz, 1, 64);
        ok(isTimeZone(tz as string), () => `${check.show(tz)} is a time zone`);
      });
      for (const slot of SLOTS)
        check.optional(query[slot], (time) => check.matches(time, /^([01]\d|2[0-3]):[0-5]\d$/));
    },
  },

  // plan.ts: POST /api/plans, the plan page and its actions, the shopping list API and actions, pantry.
  ZGeneratePlanSchema: {
    feeds: { json: { weekStart: "2026-11-23", relax: "repeats-3" } },
    check: (out) => {
      check.optional(check.obj(out).weekStart, weekDate);
      checkFixAndRelax(out);
    },
  },
  ZGenerateWeekFormSchema: {
    feeds: {
      form: { week: "2026-11-23", relax: "drop-family-mushrooms" },
      query: { week: "2026-11-25", fix: "conflicts" },
    },
    check: (out) => {
      check.optional(check.obj(out).week, weekDate);
      checkFixAndRelax(out);
    },
  },
  ZShoppingPageQuerySchema: {
    feeds: { query: { week: "2026-11-25", weeks: "2", plan: "7" } },
    check: (out) => {
      check.optional(check.obj(out).week, (week) => {
        weekDate(week);
        ok(new Date(`${String(week)}T00:00:00Z`).getUTCDay() === 1, () => `${check.show(week)} is a Monday`);
      });
      check.optional(check.obj(out).weeks, (weeks) => check.num(weeks, 1, 4, { int: true }));
      check.optional(check.obj(out).plan, check.id);
    },
  },
  ZShoppingRangeQuerySchema: {
    feeds: { query: { from: "2026-11-23", to: "2026-11-30" } },
    check: (out) => {
      weekDate(check.obj(out).weekStart);
      check.num(check.obj(out).weeks, 1, 4, { int: true });
    },
  },
  ZPlanPageQuerySchema: {
    feeds: { query: { week: "2026-11-25", swap: "3-snack2" } },
    check: (out) => {
      weekDate(check.obj(out).week);
      check.optional(check.obj(out).swap, (swap) => {
        check.num(check.obj(swap).day, 0, 6, { int: true });
        check.oneOf(check.obj(swap).slot, SLOTS);
      });
    },
  },
  ZMealRefSchema: {
    feeds: { form: { planId: "7", day: "3", slot: "dinner" } },
    check: (out) => mealRef(check.obj(out)),
  },
  ZSwapMealSchema: {
    feeds: { form: { planId: "7", day: "0", slot: "breakfast", recipeId: "19" } },
    check: (out) => {
      mealRef(check.obj(out));
      check.id(check.obj(out).recipeId);
    },
  },
  ZLockMealSchema: {
    feeds: { form: { planId: "7", day: "6", slot: "snack", locked: "true" } },
    check: (out) => {
      mealRef(check.obj(out));
      check.bool(check.obj(out).locked);
    },
  },
  ZPlanIdSchema: { feeds: { form: { planId: "7" } }, check: (out) => check.id(check.obj(out).planId) },
  ZChangeSideBodySchema: {
    feeds: { json: { day: 2, slot: "lunch", position: 0, sideId: 4 } },
    check: (out) => {
      const side = check.obj(out);
      check.num(side.day, 0, 6, { int: true });
      check.oneOf(side.slot, SLOTS);
      check.num(side.position, 0, 1, { int: true });
      if (side.sideId !== null) check.id(side.sideId);
    },
  },
  ZChangeSideSchema: {
    feeds: { form: { planId: "7", day: "1", slot: "dinner", position: "1", sideId: "3" } },
    check: (out) => {
      mealRef(check.obj(out));
      check.num(check.obj(out).position, 0, 1, { int: true });
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
      for (const item of check.arr(check.obj(out).items, 1, 500)) {
        check.id(check.obj(item).foodId);
        check.bool(check.obj(item).checked);
      }
    },
  },
  ZExtraItemFormSchema: {
    feeds: { form: { planId: "7", text: "Kitchen roll" } },
    check: (out) => {
      check.id(check.obj(out).planId);
      check.text(check.obj(out).text, 1, 200, { trimmed: true });
    },
  },
  ZCheckExtraFormSchema: {
    feeds: { form: { planId: "7", id: "3", checked: "true" } },
    check: (out) => {
      check.id(check.obj(out).planId);
      check.id(check.obj(out).id);
      check.bool(check.obj(out).checked);
    },
  },
  ZPantryFormSchema: {
    feeds: { form: { foodId: "12", quantity: "2.5", unit: "each" } },
    check: (out) => {
      check.id(check.obj(out).foodId);
      check.num(check.obj(out).quantity, 0, 10_000);
      check.oneOf(check.obj(out).unit, ["each", "g", "kg", "oz", "lb", "ml", "L", "fl oz", "quarts"]);
    },
  },
  ZHaveItemFormSchema: {
    feeds: { form: { foodId: "12", grams: "250.5" } },
    check: (out) => {
      check.id(check.obj(out).foodId);
      check.num(check.obj(out).grams, 0, 100_000);
      ok((check.obj(out).grams as number) > 0, () => "grams must be positive");
    },
  },
});
