// Next.js server hooks: a start-up line, and every unhandled server error (render, route handler, server
// action, proxy) as one structured log line with the request id, instead of an unstructured stack on stderr.
import type { Instrumentation } from "next";

async function serverLogger() {
  const { logger } = await import("@/lib/log");
  return logger;
}

export async function register() {
  // Only the Node.js server logs through pino; an Edge bundle (none today) would skip it.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await serverLogger()).info({ event: "server_start" }, "NutriWeek server started");
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [logger, { requestIdFrom }] = await Promise.all([serverLogger(), import("@/lib/request-id")]);
  const err = error instanceof Error ? error : new Error(String(error));
  const digest =
    typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    {
      event: "request_error",
      requestId: requestIdFrom(request.headers),
      method: request.method,
      // The path without its query: query strings can carry personal data.
      path: request.path.split("?")[0],
      routePath: context.routePath,
      routeType: context.routeType,
      renderSource: context.renderSource,
      digest,
      err,
    },
    `Unhandled ${context.routeType} error: ${err.message}`,
  );
};
