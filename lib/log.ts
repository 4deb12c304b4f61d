// Structured JSON logs on stdout (pino, no pretty transport: one JSON object a line for the log collector).
import pino, { type Logger } from "pino";
import { env } from "@/lib/env";
import { requestIdFrom } from "@/lib/request-id";

export type { Logger };

function createLogger(): Logger {
  return pino({
    level: env.LOG_LEVEL,
    base: { service: "nutriweek" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    // Never write credentials, even when a caller logs a whole headers object or body by mistake.
    redact: {
      paths: [
        "headers.cookie",
        'headers["set-cookie"]',
        "headers.authorization",
        "*.password",
        "*.token",
        "password",
        "token",
      ],
      censor: "[redacted]",
    },
  });
}

const holder = globalThis as typeof globalThis & { nutriweekLogger?: Logger };

/** One logger per process (a globalThis singleton survives dev hot reloads). */
export const logger: Logger = (holder.nutriweekLogger ??= createLogger());

/** A child logger whose every line carries the request's id. */
export function requestLogger(headers: Parameters<typeof requestIdFrom>[0]): Logger {
  return logger.child({ requestId: requestIdFrom(headers) });
}
