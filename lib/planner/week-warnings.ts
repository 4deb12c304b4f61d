import type { Warning } from "@/lib/nutrition/warnings";
import type { PlanWarning } from "@/lib/planner/plan-warnings";

/**
 * What to tell the person about a week: the plan's warnings, then the profile's that the plan does not
 * already say more precisely (a plan warning such as vegan-b12 carries this week's gap in µg).
 */
export function weekWarnings(
  plan: readonly PlanWarning[],
  profile: readonly Warning[],
): (PlanWarning | Warning)[] {
  return [...plan, ...profile.filter((warning) => !plan.some((p) => p.code === warning.code))];
}
