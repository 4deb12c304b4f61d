// What the planner is told of the person's memory (ADR 021): ratings become the preference term and hard
// exclusions, supplements lower the targets food has to meet. The request keeps a note of the full
// targets and the supplements, so that plan views show coverage against the real targets.
import type { Database } from "@/lib/db/client";
import { findRatings, findSupplements, type RatingRecord } from "@/lib/db/memory";
import { ratingsForPlanner } from "@/lib/nutrition/memory/ratings";
import {
  foodTargetsAfterSupplements,
  isTakenOn,
  type SupplementRecord,
} from "@/lib/nutrition/memory/supplements";
import type { ReferenceIntakes } from "@/lib/nutrition/reference-intakes";
import type { PlanRequest } from "@/lib/planner/types";
import { isoDate } from "@/lib/planner/week";

export interface PlanningMemory {
  ratings: RatingRecord[];
  /** The supplements taken on the planning day. */
  supplements: SupplementRecord[];
}

export interface RequestMemory {
  /** The person's targets before supplements were taken off them. */
  fullIntakes: ReferenceIntakes;
  supplements: readonly SupplementRecord[];
}

// Keyed by the request object that loadPlanningContext hands out (and plan views receive unchanged).
const memoryOfRequest = new WeakMap<PlanRequest, RequestMemory>();

export async function loadPlanningMemory(db: Database, userId: string, asOf: Date): Promise<PlanningMemory> {
  const [ratings, supplements] = await Promise.all([findRatings(db, userId), findSupplements(db, userId)]);
  const today = isoDate(asOf);
  return { ratings, supplements: supplements.filter((s) => isTakenOn(s, today)) };
}

/** The request with ratings (love/like more, not for me less, never not at all) and supplements applied. */
export function requestWithMemory(request: PlanRequest, memory: PlanningMemory): PlanRequest {
  const { preferences, neverDishIds } = ratingsForPlanner(memory.ratings);
  const remembered: PlanRequest = {
    ...request,
    preferences: { ...request.preferences, ...preferences },
    dislikedDishIds: [...new Set([...(request.dislikedDishIds ?? []), ...neverDishIds])],
    intakes: foodTargetsAfterSupplements(request.intakes, memory.supplements),
    // With a B12 supplement the plan no longer relies on fortified foods spread over the day.
    spreadB12:
      (request.spreadB12 ?? false) && !memory.supplements.some((s) => s.nutrient === "vitaminB12Mcg"),
  };
  memoryOfRequest.set(remembered, { fullIntakes: request.intakes, supplements: memory.supplements });
  return remembered;
}

/** The memory a request was built with; null for one built without (a visitor's preview). */
export function requestMemoryOf(request: PlanRequest): RequestMemory | null {
  return memoryOfRequest.get(request) ?? null;
}

/** The request with the full targets: what coverage is shown against. */
export function viewRequestOf(request: PlanRequest): PlanRequest {
  const memory = requestMemoryOf(request);
  return memory ? { ...request, intakes: memory.fullIntakes } : request;
}
