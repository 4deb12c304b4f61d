import type { PlanFollow } from "@/lib/planner/follow-warnings";
import type { TPlanPreviewResponse } from "@/lib/schemas/api-responses";

type FollowJson = Pick<
  TPlanPreviewResponse,
  "conflicts" | "bindingRule" | "relaxations" | "variety" | "calcium"
>;

const round = (value: number) => Math.round(value * 10) / 10;

/** Conflicts, the binding rule with its relaxations, variety and calcium as the API sends them. */
export function planFollowJson(follow: PlanFollow): FollowJson {
  return {
    conflicts: follow.conflicts.map(({ day, slot, dishId, dishName, reasons }) => ({
      day,
      slot,
      recipeId: dishId,
      recipeName: dishName,
      reasons: reasons.map(({ rule, subject, message }) => ({ rule, subject, message })),
    })),
    bindingRule: follow.infeasibility
      ? { rule: follow.infeasibility.rule, message: follow.infeasibility.message }
      : null,
    relaxations: (follow.infeasibility?.relaxations ?? []).map(({ id, kind, label }) => ({
      id,
      kind,
      label,
    })),
    variety: { ...follow.variety },
    calcium: {
      eatenMg: round(follow.calcium.eatenMg),
      countedMg: round(follow.calcium.countedMg),
      poorlyAbsorbed: follow.calcium.poorlyAbsorbed.map(({ name, reason, lostMg }) => ({
        name,
        reason,
        lostMg: round(lostMg),
      })),
    },
  };
}
