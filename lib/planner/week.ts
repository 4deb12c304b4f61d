// Weeks start on Monday (ISO 8601). Dates are UTC calendar days, YYYY-MM-DD. Pure.

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
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
  const day = new Date(`${weekStart}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + index);
  return isoDate(day);
}

export function shiftWeek(weekStart: string, weeks: number): string {
  return dayOfWeek(weekStart, weeks * 7);
}
