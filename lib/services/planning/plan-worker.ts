// Runs inside a worker thread (bundled to dist/plan-worker.mjs by scripts/build-plan-worker.ts):
// solving is CPU work and must never block the server's event loop.
import { warmUpPlanner } from "@/lib/planner/highs";
import { planWeek } from "@/lib/planner/plan-week";
import type { PlanRequest, WeekPlan } from "@/lib/planner/types";

export type PlanWorkerTask = { kind: "warm-up" } | { kind: "plan"; request: PlanRequest };

export default async function runPlanTask(task: PlanWorkerTask): Promise<WeekPlan | null> {
  if (task.kind === "warm-up") {
    await warmUpPlanner();
    return null;
  }
  return planWeek(task.request);
}
