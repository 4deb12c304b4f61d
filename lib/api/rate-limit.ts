// A route's rate limit (ADR 012): one bucket per limit name and per subject (user or client address).
import type { Database } from "@/lib/db/client";
import { hitRateLimit } from "@/lib/db/rate-limit";
import { AppError } from "@/lib/errors/app-error";

export interface RateLimit {
  /** Bucket name: one bucket per name and per user (signed in) or client address (signed out). */
  name: string;
  max: number;
  windowMs: number;
  message: string;
}

/** Counts one request of `subject` ("user:<id>" or "address:<ip>"); TOO_MANY_REQUESTS with Retry-After above the limit. */
export async function enforceRateLimit(db: Database, limit: RateLimit, subject: string): Promise<void> {
  const hit = await hitRateLimit(db, `${limit.name}|${subject}`, limit.max, limit.windowMs);
  if (!hit.allowed) {
    throw new AppError("TOO_MANY_REQUESTS", limit.message, { retryAfterSeconds: hit.retryAfterSeconds });
  }
}
