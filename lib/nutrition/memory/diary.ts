// The symptom diary's rules. Pure.
//
// A symptom logged (severity 1-3) on 10 or more of the last 14 days, or rising in severity over two weeks,
// raises a `persistent-symptom` alert: see a doctor, who can test magnesium, calcium and B12 levels. The
// symptoms are linked to these nutrients (lib/nutrition/symptoms.ts) and to common triggers — little
// sleep, caffeine, stress — never said to be caused by either.
import { SYMPTOMS, symptomById, type SymptomId } from "@/lib/nutrition/symptoms";
import { NUTRIENT_META } from "@/lib/nutrition/units";

export const SEVERITY_MAX = 3;
export const STRESS_MAX = 3;

export interface DiarySymptom {
  code: SymptomId;
  /** 0 (none) to 3 (severe). */
  severity: number;
}

export interface DiaryRecord {
  /** YYYY-MM-DD. */
  date: string;
  symptoms: DiarySymptom[];
  sleepHours: number | null;
  caffeineDrinks: number | null;
  stress: number | null;
  note: string;
}

export const DIARY_ALERT_CODE = "persistent-symptom";

export interface DiaryAlert {
  code: typeof DIARY_ALERT_CODE;
  symptom: SymptomId;
  /** Days with the symptom in the 14 days ending on the alert's day. */
  days: number;
  rising: boolean;
  title: string;
  message: string;
}

/** How many of the last days count, and on how many of them a symptom must appear. */
export const PERSISTENCE_WINDOW_DAYS = 14;
export const PERSISTENCE_MIN_DAYS = 10;
/** Rising: the second week's average severity is at least this much above the first's. */
const RISING_BY = 1;
/** ...and the symptom was logged on at least this many days of the second week. */
const RISING_MIN_DAYS = 3;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function severityOn(entry: DiaryRecord | undefined, symptom: SymptomId): number {
  return entry?.symptoms.find((s) => s.code === symptom)?.severity ?? 0;
}

function meanSeverity(dates: string[], byDate: Map<string, DiaryRecord>, symptom: SymptomId) {
  return dates.reduce((sum, date) => sum + severityOn(byDate.get(date), symptom), 0) / dates.length;
}

function alertFor(symptom: SymptomId, days: number, rising: boolean): DiaryAlert {
  const { label, nutrients } = symptomById(symptom);
  const linked = nutrients.map((n) => NUTRIENT_META[n].label.toLowerCase()).join(" and ");
  const how = rising
    ? "getting worse over two weeks"
    : `logged on ${days} of the last ${PERSISTENCE_WINDOW_DAYS} days`;
  return {
    code: DIARY_ALERT_CODE,
    symptom,
    days,
    rising,
    title: `${label}: ${how}. Please see a doctor.`,
    message:
      `A symptom that keeps coming back deserves a doctor's look. It is linked to low ${linked}, and also to ` +
      "little sleep, caffeine and stress, the common triggers you log beside it. A doctor can test your " +
      "magnesium, calcium and B12 levels. This diary is not a diagnosis.",
  };
}

/** The alerts of the 14 days ending on `today` (YYYY-MM-DD), in checklist order. */
export function diaryAlerts(entries: readonly DiaryRecord[], today: string): DiaryAlert[] {
  const byDate = new Map(entries.map((entry) => [entry.date, entry]));
  const window = Array.from({ length: PERSISTENCE_WINDOW_DAYS }, (_, i) =>
    addDays(today, i - PERSISTENCE_WINDOW_DAYS + 1),
  );
  const firstWeek = window.slice(0, 7);
  const secondWeek = window.slice(7);
  const alerts: DiaryAlert[] = [];
  for (const { id } of SYMPTOMS) {
    const days = window.filter((date) => severityOn(byDate.get(date), id) > 0).length;
    const lateDays = secondWeek.filter((date) => severityOn(byDate.get(date), id) > 0).length;
    const rising =
      lateDays >= RISING_MIN_DAYS &&
      meanSeverity(secondWeek, byDate, id) - meanSeverity(firstWeek, byDate, id) >= RISING_BY;
    if (days >= PERSISTENCE_MIN_DAYS || rising) alerts.push(alertFor(id, days, rising));
  }
  return alerts;
}
