// iCalendar export, checked with an independent parser (ical.js, Mozilla's RFC 5545 implementation).
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it, test } from "vitest";
import { DEFAULT_SLOTS, type Slot } from "@/lib/planner/types";
import {
  DEFAULT_MEAL_TIMES,
  mealUid,
  planCalendar,
  zonedTimeToUtc,
  type CalendarMeal,
  type PlanCalendarInput,
} from "@/lib/shopping/calendar";

const NOW = new Date("2026-01-02T10:11:12Z");

function mealOf(day: number, slot: Slot, recipeName = `Dish ${day}-${slot}`): CalendarMeal {
  return {
    day,
    slot,
    recipeName,
    servings: 1.5,
    nutrients: { energyKcal: 540.4, magnesiumMg: 120, calciumMg: 310, vitaminDMcg: 2.5, vitaminB12Mcg: null },
  };
}

const WEEK: CalendarMeal[] = Array.from({ length: 7 }, (_, day) =>
  DEFAULT_SLOTS.map((slot) => mealOf(day, slot)),
).flat();

function input(overrides: Partial<PlanCalendarInput> = {}): PlanCalendarInput {
  return {
    planId: 42,
    weekStart: "2026-01-05",
    meals: WEEK,
    uidDomain: "nutriweek.example",
    now: NOW,
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

describe("planCalendar", () => {
  it("is a VERSION 2.0 calendar with a PRODID and one VEVENT per meal, each with UID and DTSTAMP", () => {
    const ics = planCalendar(input());
    const { calendar, events } = parse(ics);
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//NutriWeek//Meal plan//EN");
    expect(events).toHaveLength(WEEK.length);
    const uids = events.map((e) => e.getFirstPropertyValue("uid"));
    expect(new Set(uids).size).toBe(WEEK.length);
    for (const event of events) {
      expect(event.getFirstPropertyValue("uid")).toMatch(
        /^nutriweek-42-2026-01-\d\d-(breakfast|lunch|dinner|snack)@nutriweek\.example$/,
      );
      expect(event.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-01-02T10:11:12Z");
      expect(event.hasProperty("dtstart")).toBe(true);
      expect(event.hasProperty("dtend")).toBe(true);
    }
    // RFC 5545: CRLF line ends, lines folded at 75 octets.
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("gives each snack its own event: a second and third snack at their own times", () => {
    const meals = [mealOf(0, "snack", "Apple"), mealOf(0, "snack2", "Hummus"), mealOf(0, "snack3", "Yogurt")];
    const events = parse(planCalendar(input({ meals })))
      .events.map((e) => new ICAL.Event(e))
      .sort((a, b) => a.startDate.compare(b.startDate));
    expect(events.map((e) => e.summary)).toEqual(["Snack 2: Hummus", "Snack: Apple", "Snack 3: Yogurt"]);
    expect(events.map((e) => e.uid)).toEqual([
      "nutriweek-42-2026-01-05-snack2@nutriweek.example",
      "nutriweek-42-2026-01-05-snack@nutriweek.example",
      "nutriweek-42-2026-01-05-snack3@nutriweek.example",
    ]);
    expect(events.map((e) => e.startDate.toString())).toEqual([
      "2026-01-05T10:30:00",
      "2026-01-05T16:00:00",
      "2026-01-05T21:00:00",
    ]);
  });

  it("puts the dish in the summary and the servings and key nutrients in the description", () => {
    const { events } = parse(planCalendar(input({ meals: [mealOf(2, "lunch", "Salmon, kale; and rice")] })));
    const event = new ICAL.Event(events[0]);
    expect(event.summary).toBe("Lunch: Salmon, kale; and rice");
    expect(event.uid).toBe("nutriweek-42-2026-01-07-lunch@nutriweek.example");
    expect(event.description.split("\n")).toEqual([
      "Servings: 1.5",
      "Energy: 540 kcal",
      "Magnesium: 120 mg",
      "Calcium: 310 mg",
      "Vitamin D: 2.5 µg",
      "Vitamin B12: not measured",
    ]);
  });

  test.each<[Slot, string, string]>([
    ["breakfast", "2026-01-05T08:00:00", "2026-01-05T08:30:00"],
    ["lunch", "2026-01-05T12:30:00", "2026-01-05T13:15:00"],
    ["snack", "2026-01-05T16:00:00", "2026-01-05T16:30:00"],
    ["dinner", "2026-01-05T19:00:00", "2026-01-05T19:45:00"],
  ])("default %s time is floating local time %s", (slot, start, end) => {
    const { events } = parse(planCalendar(input({ meals: [mealOf(0, slot)] })));
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.toString()).toBe(start);
    expect(event.endDate.toString()).toBe(end);
    expect(event.startDate.zone?.tzid).toBe("floating");
    expect(DEFAULT_MEAL_TIMES[slot]).toBe(start.slice(11, 16));
  });

  it("uses configured meal times and lengths", () => {
    const { events } = parse(
      planCalendar(
        input({ meals: [mealOf(6, "dinner")], mealTimes: { dinner: "18:15" }, mealMinutes: { dinner: 60 } }),
      ),
    );
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.toString()).toBe("2026-01-11T18:15:00");
    expect(event.endDate.toString()).toBe("2026-01-11T19:15:00");
  });

  test.each([
    ["Europe/Berlin", "2026-01-05", "2026-01-05T07:00:00Z"],
    ["Europe/Berlin", "2026-06-01", "2026-06-01T06:00:00Z"],
    ["America/New_York", "2026-01-05", "2026-01-05T13:00:00Z"],
    ["UTC", "2026-01-05", "2026-01-05T08:00:00Z"],
  ])("with time zone %s, breakfast on %s starts at %s", (timeZone, weekStart, utc) => {
    const { events } = parse(planCalendar(input({ weekStart, timeZone, meals: [mealOf(0, "breakfast")] })));
    const event = new ICAL.Event(events[0]);
    expect(event.startDate.toString()).toBe(utc);
    expect(event.startDate.zone?.tzid).toBe("UTC");
  });

  it("converts wall times across DST changes", () => {
    // Europe/Berlin springs forward at 02:00 on 2026-03-29 and falls back at 03:00 on 2026-10-25.
    const berlin = (month: number, day: number, hour: number, minute: number) =>
      zonedTimeToUtc({ year: 2026, month, day, hour, minute }, "Europe/Berlin").toISOString();
    expect(berlin(3, 29, 12, 30)).toBe("2026-03-29T10:30:00.000Z");
    expect(berlin(3, 28, 12, 30)).toBe("2026-03-28T11:30:00.000Z");
    expect(berlin(3, 29, 2, 30)).toBe("2026-03-29T01:30:00.000Z");
    expect(berlin(10, 25, 8, 0)).toBe("2026-10-25T07:00:00.000Z");
  });

  it("keeps UIDs stable across exports and distinct across plans", () => {
    const uidsOf = (ics: string) => parse(ics).events.map((e) => e.getFirstPropertyValue("uid"));
    const first = uidsOf(planCalendar(input()));
    expect(
      uidsOf(planCalendar(input({ now: new Date("2026-03-01T00:00:00Z"), meals: [...WEEK].reverse() }))),
    ).toEqual(first);
    expect(uidsOf(planCalendar(input({ planId: "43" }))).some((uid) => first.includes(uid))).toBe(false);
    expect(mealUid("a b/c", "2026-01-05", "lunch", "x.example")).toBe(
      "nutriweek-a_b_c-2026-01-05-lunch@x.example",
    );
  });

  test.each<[string, Partial<PlanCalendarInput>]>([
    ["a bad week start", { weekStart: "5 Jan 2026" }],
    ["a bad meal time", { mealTimes: { lunch: "12:60" } }],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }],
    ["a UID domain with spaces", { uidDomain: "not a host" }],
    ["a day out of the week", { meals: [mealOf(7, "lunch")] }],
    ["two meals in one slot", { meals: [mealOf(1, "lunch"), mealOf(1, "lunch")] }],
    ["an invalid now", { now: new Date("nope") }],
  ])("rejects %s", (_label, overrides) => {
    expect(() => planCalendar(input(overrides))).toThrow(RangeError);
  });

  it("an empty week is still a valid calendar", () => {
    const { calendar, events } = parse(planCalendar(input({ meals: [] })));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(events).toHaveLength(0);
  });

  it("any plan: one parsable VEVENT per meal, summary and UID round-trip", () => {
    const mealsArb = fc
      .uniqueArray(
        fc.record({ day: fc.integer({ min: 0, max: 6 }), slot: fc.constantFrom(...DEFAULT_SLOTS) }),
        {
          selector: (m) => `${m.day}-${m.slot}`,
          maxLength: 28,
        },
      )
      .chain((keys) =>
        fc.tuple(
          ...keys.map((k) =>
            fc
              .string({ unit: "grapheme", minLength: 1, maxLength: 60 })
              .map((name) => mealOf(k.day, k.slot, name)),
          ),
        ),
      );
    fc.assert(
      fc.property(
        mealsArb,
        fc.option(fc.constantFrom("Europe/Berlin", "Asia/Tokyo", "America/Los_Angeles")),
        (meals, tz) => {
          const ics = planCalendar(input({ meals, ...(tz ? { timeZone: tz } : {}) }));
          const { calendar, events } = parse(ics);
          expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
          expect(events).toHaveLength(meals.length);
          for (const line of ics.split("\r\n"))
            expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
          const byUid = new Map(events.map((e) => [e.getFirstPropertyValue("uid"), new ICAL.Event(e)]));
          for (const m of meals) {
            const uid = mealUid(
              42,
              `2026-01-${String(5 + m.day).padStart(2, "0")}`,
              m.slot,
              "nutriweek.example",
            );
            const event = byUid.get(uid);
            expect(event?.summary).toBe(`${m.slot[0]?.toUpperCase()}${m.slot.slice(1)}: ${m.recipeName}`);
            expect(event?.component.hasProperty("dtstamp")).toBe(true);
          }
        },
      ),
      { seed: 5545, numRuns: 60 },
    );
  });
});
