import { json, withRoute } from "@/lib/api/with-route";
import { requestLogger } from "@/lib/log";
import type { THealthFailure, THealthOk } from "@/lib/schemas/api-responses";
import { checkHealth } from "@/lib/services/health/check-health";

/** Liveness and readiness for a load balancer: 200 when the database answers, 503 otherwise. */
export const GET = withRoute({ auth: "none", noStore: true }, async ({ request }) => {
  const log = requestLogger(request.headers);
  const report = await checkHealth();
  if (report.status === "ok") {
    log.debug({ event: "health", ...report }, "health check ok");
    return report satisfies THealthOk;
  }
  log.error({ event: "health", ...report }, "health check failed");
  // The cause goes to the log; the public answer names the failing part only.
  const failure: THealthFailure = {
    status: "error",
    database: "error",
    ms: report.ms,
    error: "The database is not answering.",
  };
  return json(failure, 503);
});
