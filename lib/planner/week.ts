// Weeks start on Monday (ISO 8601). Dates are UTC calendar days, YYYY-MM-DD. Pure.

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The one way to read a YYYY-MM-DD calendar day: midnight UTC of that day. */
export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00Z`);
}

/** The week a request means: the Monday on or before `date` (YYYY-MM-DD), or this week without one. */
export function weekStartOf(date: string | undefined, today = new Date()): string {
  return mondayOf(date ? parseIsoDate(date) : today);
}

const longDateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "23 November 2026". */
export function longDate(value: string): string {
  return longDateFormat.format(parseIsoDate(value));
}

/** The Monday on or before `date`, as YYYY-MM-DD. */
export function mondayOf(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const offset = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - offset);
  return isoDate(day);
}

/** The date of day `index` (0 = Monday) of the week starting `weekStart`. */
export function dayOfWeek(weekStart: string, index: number): string {
  const day = parseIsoDate(weekStart);
  day.setUTCDate(day.getUTCDate() + index);
  return isoDate(day);
}

export function shiftWeek(weekStart: string, weeks: number): string {
  return dayOfWeek(weekStart, weeks * 7);
}
