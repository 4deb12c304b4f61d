import { getDatabase } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { pingDatabase } from "@/lib/db/health";

export type HealthReport =
  | { status: "ok"; database: "ok"; ms: number }
  | { status: "error"; database: "error"; ms: number; error: string };

const DATABASE_TIMEOUT_MS = 3_000;

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref();
  });
}

/** Is the app able to serve: the database opens and answers a query in time. */
export async function checkHealth(
  db: () => Promise<Database> = getDatabase,
  timeoutMs = DATABASE_TIMEOUT_MS,
): Promise<HealthReport> {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  try {
    await Promise.race([db().then(pingDatabase), timeout(timeoutMs)]);
    return { status: "ok", database: "ok", ms: elapsed() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: "error", database: "error", ms: elapsed(), error: `Database check failed: ${message}` };
  }
}
