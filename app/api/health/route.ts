import { requestLogger } from "@/lib/log";
import type { THealthFailure, THealthOk } from "@/lib/schemas/api-responses";
import { checkHealth } from "@/lib/services/health/check-health";

const NO_STORE = { "cache-control": "no-store" };

/** Liveness and readiness for a load balancer: 200 when the database answers, 503 otherwise. */
export async function GET(request: Request) {
  const log = requestLogger(request.headers);
  const report = await checkHealth();
  if (report.status === "ok") {
    log.debug({ event: "health", ...report }, "health check ok");
    return Response.json(report satisfies THealthOk, { headers: NO_STORE });
  }
  log.error({ event: "health", ...report }, "health check failed");
  // The cause goes to the log; the public answer names the failing part only.
  return Response.json(
    {
      status: "error",
      database: "error",
      ms: report.ms,
      error: "The database is not answering.",
    } satisfies THealthFailure,
    { status: 503, headers: NO_STORE },
  );
}
