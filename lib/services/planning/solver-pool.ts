import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { PlanRequest, WeekPlan } from "@/lib/planner/types";
import type { PlanWorkerTask } from "@/lib/services/planning/plan-worker";

const WORKER_FILE = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "dist/plan-worker.mjs");

const SOLVER_THREADS = Math.max(1, availableParallelism() - 1);

// Worker threads keep HiGHS loaded between solves (a cold first solve costs ~1.4 s, a warm one ~0.2 s).
const holder = globalThis as typeof globalThis & {
  nutriweekSolverPool?: Piscina<PlanWorkerTask, WeekPlan | null>;
};

function pool(): Piscina<PlanWorkerTask, WeekPlan | null> {
  if (!holder.nutriweekSolverPool) {
    if (!existsSync(WORKER_FILE)) {
      throw new Error(
        `The planner worker is not built: run "npm run build:worker" (expected ${WORKER_FILE}).`,
      );
    }
    const created = new Piscina<PlanWorkerTask, WeekPlan | null>({
      filename: WORKER_FILE,
      minThreads: 1,
      // One core stays with the request thread: pages keep answering while a burst of plans is solved.
      maxThreads: SOLVER_THREADS,
      idleTimeout: 10 * 60_000,
      // Enough for a burst of generations; beyond it callers get a clear "busy" error instead of waiting forever.
      maxQueue: 64,
    });
    void created.run({ kind: "warm-up" }).catch(() => undefined);
    holder.nutriweekSolverPool = created;
  }
  return holder.nutriweekSolverPool;
}

/** Solves off the main thread. The planner honours request.timeLimitMs and returns its best plan by then. */
export async function solveInWorker(request: PlanRequest): Promise<WeekPlan> {
  const plan = await pool().run({ kind: "plan", request });
  if (!plan) throw new Error("The planner worker returned no plan.");
  return plan;
}
