import { getDatabase, type Db } from "@/lib/db";
import { findPlan, updatePlanEntries } from "@/lib/db/plans";
import { AppError } from "@/lib/errors/app-error";
import { dayAboveUpperLimit, longWeekday } from "@/lib/planner/daily-upper-limits";
import { exclusionReason, resolveRequest, type ResolvedRequest } from "@/lib/planner/request";
import { slotMealType, type SideDish, type Slot } from "@/lib/planner/types";
import { daysOf, readPlanResult, type PlanResult } from "@/lib/services/planning/plan-result";
import { loadPlanningContext } from "@/lib/services/planning/planning-context";

export interface SideChange {
  planId: number;
  day: number;
  slot: Slot;
  /** 0 or 1; the next free place adds a side. */
  position: number;
  /** The side to put there; null removes the side at `position`. */
  sideId: number | null;
}

/** Why a side may not go with this meal, in words, or null when it may. */
function sideRefusal(side: SideDish | undefined, slot: Slot, req: ResolvedRequest): string | null {
  if (!side) return "That side is not in the catalogue.";
  if (!side.mealTypes.includes(slotMealType(slot)))
    return `${side.name} is not a side for ${slotMealType(slot)}.`;
  if (exclusionReason(side, req) !== null) return `${side.name} does not fit your profile.`;
  return null;
}

/**
 * Swaps, adds or removes one side of a saved meal (with an undo step). Refused (UNPROCESSABLE) when the
 * side does not fit the meal or the profile, when the meal already has a side of its kind, when the
 * meal is full, or when the day would go above a daily upper limit. NOT_FOUND for a plan not the user's.
 */
export async function changeSide(
  userId: string,
  change: SideChange,
  db: Db = getDatabase(),
): Promise<PlanResult> {
  const database = await db;
  const context = await loadPlanningContext(database, userId);
  const req = resolveRequest(context.request);
  const side = change.sideId === null ? null : req.sideById.get(change.sideId);
  if (change.sideId !== null) {
    const refusal = sideRefusal(side ?? undefined, change.slot, req);
    if (refusal) throw new AppError("UNPROCESSABLE", refusal);
  }
  const what = side ? `${side.name} with` : "a side of";
  const label = `${side ? "side" : "remove side"}: ${what} ${change.slot} of day ${change.day + 1}`;
  const stored = await updatePlanEntries(
    database,
    userId,
    change.planId,
    (entries) => {
      const next = entries.map((entry) => {
        if (entry.day !== change.day || entry.slot !== change.slot) return entry;
        const sides = [...entry.sides];
        if (side) {
          if (change.position > sides.length || change.position >= req.maxSidesPerMeal) {
            throw new AppError("UNPROCESSABLE", "This meal has no place for another side.");
          }
          const others = sides.filter((_, i) => i !== change.position).map((s) => req.sideById.get(s.sideId));
          if (others.some((other) => other?.group === side.group)) {
            throw new AppError("UNPROCESSABLE", `This meal already has a ${side.group} side.`);
          }
          sides[change.position] = { sideId: side.id, portion: 1 };
        } else {
          sides.splice(change.position, 1);
        }
        return { ...entry, sides };
      });
      if (!next.some((entry) => entry.day === change.day && entry.slot === change.slot)) {
        throw AppError.notFound("Meal");
      }
      const breach = side ? dayAboveUpperLimit(daysOf(next), change.day, req) : null;
      if (breach) {
        throw new AppError(
          "UNPROCESSABLE",
          `That side would put ${longWeekday(breach.day)} above the safe daily upper limit. Choose another side.`,
        );
      }
      return next;
    },
    label,
  );
  if (!stored) throw AppError.notFound("Plan");
  return readPlanResult(database, userId, stored, context);
}

export interface SideOption {
  sideId: number;
  name: string;
  group: string;
  energyKcal: number;
}

/** The sides that may go at `position` of a saved meal: allowed, for this meal, not a second of a kind. */
export async function listSideOptions(
  userId: string,
  input: { planId: number; day: number; slot: Slot; position: number },
  db: Db = getDatabase(),
): Promise<SideOption[]> {
  const database = await db;
  const [plan, context] = await Promise.all([
    findPlan(database, userId, input.planId),
    loadPlanningContext(database, userId),
  ]);
  if (!plan) throw AppError.notFound("Plan");
  const req = resolveRequest(context.request);
  const entry = plan.entries.find((e) => e.day === input.day && e.slot === input.slot);
  const taken = new Set(
    (entry?.sides ?? []).filter((_, i) => i !== input.position).map((s) => req.sideById.get(s.sideId)?.group),
  );
  return req.sides
    .filter((side) => sideRefusal(side, input.slot, req) === null && !taken.has(side.group))
    .map((side) => ({
      sideId: side.id,
      name: side.name,
      group: side.group,
      energyKcal: side.perServing.energyKcal,
    }));
}
