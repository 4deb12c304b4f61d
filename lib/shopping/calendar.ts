// The week's meals as an RFC 5545 iCalendar, built with ical-generator (it escapes text, folds lines
// and writes CRLF). Pure: no framework or database imports.
import ical, { ICalCalendarMethod } from "ical-generator";
import { formatAmount, formatNumber, NUTRIENT_META } from "@/lib/nutrition/units";
import type { TargetNutrient } from "@/lib/nutrition/types";
import { dayOfWeek, parseIsoDate } from "@/lib/planner/week";
import { SLOT_LABELS, SLOTS, type Slot } from "@/lib/planner/types";

export type CalendarNutrient = "energyKcal" | TargetNutrient;
export const CALENDAR_NUTRIENTS: readonly CalendarNutrient[] = [
  "energyKcal",
  "magnesiumMg",
  "calciumMg",
  "vitaminDMcg",
  "vitaminB12Mcg",
];

export interface CalendarMeal {
  /** 0 (first day of the week) to 6. */
  day: number;
  slot: Slot;
  recipeName: string;
  /** Servings eaten (the planned portion). */
  servings: number;
  /** For the servings eaten; null = not measured. */
  nutrients: Readonly<Record<CalendarNutrient, number | null>>;
  /** Sides eaten with it ("Whole-wheat roll"), in order; none when absent. */
  sideNames?: readonly string[];
}

export interface PlanCalendarInput {
  /** Makes UIDs unique across plans: `nutriweek-<planId>-<date>-<slot>@<uidDomain>`. */
  planId: string | number;
  /** YYYY-MM-DD, the Monday of the week (day 0). */
  weekStart: string;
  meals: readonly CalendarMeal[];
  /** Local start time per slot, "HH:MM"; missing slots use DEFAULT_MEAL_TIMES. */
  mealTimes?: Partial<Record<Slot, string>>;
  /** Minutes per slot; missing slots use DEFAULT_MEAL_MINUTES. */
  mealMinutes?: Partial<Record<Slot, number>>;
  /**
   * IANA zone of the meal times ("Europe/Berlin"): events are written in UTC at those local times.
   * Without it the events are floating (08:00 wherever the calendar is), which RFC 5545 allows.
   */
  timeZone?: string;
  /** Right-hand side of every UID, e.g. the app's host name. */
  uidDomain: string;
  /** DTSTAMP of every event. */
  now: Date;
  /** Calendar name; default "NutriWeek: week of <weekStart>". */
  name?: string;
}

export const DEFAULT_MEAL_TIMES: Readonly<Record<Slot, string>> = Object.freeze({
  breakfast: "08:00",
  lunch: "12:30",
  dinner: "19:00",
  snack: "16:00",
  snack2: "10:30",
  snack3: "21:00",
});

export const DEFAULT_MEAL_MINUTES: Readonly<Record<Slot, number>> = Object.freeze({
  breakfast: 30,
  lunch: 45,
  dinner: 45,
  snack: 30,
  snack2: 15,
  snack3: 15,
});

export const CALENDAR_PRODID = { company: "NutriWeek", product: "Meal plan", language: "EN" } as const;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const UID_PART_RE = /[^A-Za-z0-9._-]/g;

/** The stable UID of a planned meal: the same plan, day and slot always give the same UID. */
export function mealUid(planId: string | number, date: string, slot: Slot, uidDomain: string): string {
  const plan = String(planId).replace(UID_PART_RE, "_");
  return `nutriweek-${plan}-${date}-${slot}@${uidDomain}`;
}

/** "Servings: 1.5" and one line per key nutrient, "Magnesium: 120 mg" ("not measured" when null). */
export function mealDescription(meal: CalendarMeal): string {
  return [
    `Servings: ${formatNumber(meal.servings)}`,
    ...CALENDAR_NUTRIENTS.map(
      (key) => `${NUTRIENT_META[key].label}: ${formatAmount(key, meal.nutrients[key], { missing: "text" })}`,
    ),
  ].join("\n");
}

/** An RFC 5545 calendar (VERSION 2.0, PRODID, METHOD PUBLISH) with one VEVENT per meal. */
export function planCalendar(input: PlanCalendarInput): string {
  const { weekStart, uidDomain, timeZone } = input;
  if (!DATE_RE.test(weekStart) || Number.isNaN(parseIsoDate(weekStart).getTime())) {
    throw new RangeError(`weekStart must be YYYY-MM-DD, got ${JSON.stringify(weekStart)}`);
  }
  if (!/^[A-Za-z0-9.-]+$/.test(uidDomain)) {
    throw new RangeError(`uidDomain must be a host name, got ${JSON.stringify(uidDomain)}`);
  }
  if (Number.isNaN(input.now.getTime())) throw new RangeError("now is not a valid date");
  if (timeZone !== undefined) new Intl.DateTimeFormat("en", { timeZone }); // throws on an unknown zone

  const calendar = ical({
    prodId: CALENDAR_PRODID,
    method: ICalCalendarMethod.PUBLISH,
    name: input.name ?? `NutriWeek: week of ${weekStart}`,
  });

  const seen = new Set<string>();
  const meals = [...input.meals].sort(
    (a, b) => a.day - b.day || SLOTS.indexOf(a.slot) - SLOTS.indexOf(b.slot),
  );
  for (const meal of meals) {
    if (!Number.isInteger(meal.day) || meal.day < 0 || meal.day > 6) {
      throw new RangeError(`meal day must be 0 to 6, got ${meal.day}`);
    }
    const date = dayOfWeek(weekStart, meal.day);
    const uid = mealUid(input.planId, date, meal.slot, uidDomain);
    if (seen.has(uid)) throw new RangeError(`two meals on day ${meal.day} at ${meal.slot}`);
    seen.add(uid);

    const time = input.mealTimes?.[meal.slot] ?? DEFAULT_MEAL_TIMES[meal.slot];
    const match = TIME_RE.exec(time);
    if (!match) throw new RangeError(`meal time must be HH:MM, got ${JSON.stringify(time)}`);
    const minutes = input.mealMinutes?.[meal.slot] ?? DEFAULT_MEAL_MINUTES[meal.slot];
    if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError(`invalid meal length ${minutes}`);

    const [year, month, dayOfMonth] = date.split("-").map(Number) as [number, number, number];
    const wall = { year, month, day: dayOfMonth, hour: Number(match[1]), minute: Number(match[2]) };
    // Floating: ical-generator writes a Date's UTC fields without "Z", so the UTC fields carry the wall time.
    const start = timeZone
      ? zonedTimeToUtc(wall, timeZone)
      : new Date(Date.UTC(year, month - 1, wall.day, wall.hour, wall.minute));
    const end = new Date(start.getTime() + minutes * 60_000);

    calendar.createEvent({
      id: uid,
      stamp: input.now,
      start,
      end,
      floating: !timeZone,
      summary: `${SLOT_LABELS[meal.slot]}: ${cleanText([meal.recipeName, ...(meal.sideNames ?? [])].join(" + "))}`,
      description: mealDescription(meal),
    });
  }
  return calendar.toString();
}

/** RFC 5545 TEXT allows no control characters but tab (line breaks are escaped by the library). */
function cleanText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, " ");
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Milliseconds the zone is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant at which clocks in `timeZone` show `wall` (in a DST gap: the shifted-forward time). */
export function zonedTimeToUtc(wall: WallTime, timeZone: string): Date {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const first = zoneOffsetMs(guess, timeZone);
  let utc = guess - first;
  const second = zoneOffsetMs(utc, timeZone);
  if (second !== first) utc = guess - second;
  return new Date(utc);
}
