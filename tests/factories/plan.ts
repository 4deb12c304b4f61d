// Weeks for plans: a Monday shared by tests that own their user, or a week of its own for a shared user
// (the demo account) so that a retry or a parallel run never finds it already planned.

export const PLAN_WEEK = "2026-11-23";

export function uniquePlanWeek(): string {
  return new Date(Date.UTC(2030, 0, 7 + 7 * Math.floor(Math.random() * 500))).toISOString().slice(0, 10);
}
