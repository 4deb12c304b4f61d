// The warnings that say a saved week no longer follows the profile, or cannot keep its rules. Pure.
import { MIN_PLANNED_ENERGY_KCAL } from "@/lib/nutrition/energy";
import { formatNumber } from "@/lib/nutrition/units";
import {
  conflictHeadline,
  driftSentence,
  type PlanConflict,
  type ProfileDrift,
} from "@/lib/planner/profile-conflicts";
import type { PlanWarning } from "@/lib/planner/plan-warnings";
import type { PlanCalcium } from "@/lib/planner/counted-calcium";
import type { Infeasibility } from "@/lib/planner/relaxations";
import type { WeekVariety } from "@/lib/planner/week-variety";

/** What a week says about following the profile, beside its coverage: the API's and the page's view. */
export interface PlanFollow {
  /** Meals that break the profile as it is now. */
  conflicts: PlanConflict[];
  /** A changed energy target or flag since the plan was built (not a conflict). */
  drift: ProfileDrift | null;
  /** The rule the week cannot keep and what to relax; null when it keeps them. */
  infeasibility: Infeasibility | null;
  variety: WeekVariety;
  /** Calcium a day, eaten and counted milk-equivalent. */
  calcium: PlanCalcium;
  /** profile-changed, energy-target-raised, infeasible-week. */
  warnings: PlanWarning[];
}

/** Codes of the warnings below (stable: the API carries them). */
export const PROFILE_CHANGED = "profile-changed";
export const INFEASIBLE_WEEK = "infeasible-week";
export const ENERGY_TARGET_RAISED = "energy-target-raised";

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * profile-changed: the meals that now break the profile (a warning), or only a changed energy target or
 * flag (information: the meals are still safe; regenerating follows the new figures).
 * infeasible-week: the rule that binds and what can be relaxed.
 */
export function followWarnings(input: {
  conflicts: readonly PlanConflict[];
  drift: ProfileDrift | null;
  infeasibility: Infeasibility | null;
  /** The computed energy target when it was below the floor and raised (null otherwise). */
  energyRaisedFromKcal?: number | null;
}): PlanWarning[] {
  const out: PlanWarning[] = [];
  const { conflicts, drift, infeasibility } = input;
  const drifted = drift
    ? ` Since this week was planned, ${driftSentence(drift)}: regenerate to follow it.`
    : "";
  if (conflicts.length > 0) {
    out.push({
      code: PROFILE_CHANGED,
      severity: "warning",
      title: `${conflictHeadline(conflicts)}: your profile changed after this week was planned`,
      message: `Replace them to keep the rest of the week as it is.${drifted}`,
    });
  } else if (drift) {
    out.push({
      code: PROFILE_CHANGED,
      severity: "info",
      title: "Your profile changed after this week was planned",
      message: `${capitalised(driftSentence(drift))}. The meals still fit your rules; regenerate to follow the new figures.`,
    });
  }
  if (input.energyRaisedFromKcal != null) {
    out.push({
      code: ENERGY_TARGET_RAISED,
      severity: "warning",
      title: `Planned for ${formatNumber(MIN_PLANNED_ENERGY_KCAL)} kcal a day, not your estimated ${formatNumber(input.energyRaisedFromKcal)} kcal`,
      message: `An estimate below ${formatNumber(MIN_PLANNED_ENERGY_KCAL)} kcal a day is too little to cover your nutrients reliably; this week is planned at ${formatNumber(MIN_PLANNED_ENERGY_KCAL)} kcal. Ask a doctor or dietitian before eating less.`,
    });
  }
  if (infeasibility) {
    out.push({
      code: INFEASIBLE_WEEK,
      severity: "warning",
      title: "This week cannot keep all your rules",
      message:
        infeasibility.relaxations.length > 0
          ? `${infeasibility.message} For this week you can: ${infeasibility.relaxations.map((r) => r.label.toLowerCase()).join("; ")}.`
          : `${infeasibility.message} Relaxing your profile (fewer dislikes or allergens excluded) would help.`,
    });
  }
  return out;
}

/** What the person is told when a week was just planned: ready, or which rule it cannot keep. */
export function weekReadyMessage(follow: Pick<PlanFollow, "infeasibility" | "conflicts">): string {
  if (follow.infeasibility) {
    return `Your week is planned, but it cannot keep all your rules: ${follow.infeasibility.message} See the options on the page.`;
  }
  if (follow.conflicts.length > 0) return `Your week is planned; ${conflictHeadline(follow.conflicts)}.`;
  return "Your week is ready.";
}
