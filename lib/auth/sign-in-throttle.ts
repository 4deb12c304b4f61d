// Failed sign-ins per account, whatever address they come from (ADR 016): the per-address limit alone
// lets someone with many addresses guess one account's password without end.
import { APIError } from "better-auth/api";
import type { Database } from "@/lib/db/client";
import { clearRateLimit, hitRateLimit } from "@/lib/db/rate-limit";

export interface SignInThrottle {
  /** Attempts allowed per account in one window before sign-in is refused for the rest of it. */
  maxFailures: number;
  windowSeconds: number;
}

const keyOf = (email: string) => `sign-in-failures|${email.trim().toLowerCase()}`;

/**
 * Counts the attempt before the password is checked (so a burst of parallel guesses cannot all slip past a
 * count taken afterwards) and refuses it once the account has used up its window: 429 with Retry-After.
 */
export async function reserveSignInAttempt(db: Database, email: string, throttle: SignInThrottle) {
  const { allowed, retryAfterSeconds } = await hitRateLimit(
    db,
    keyOf(email),
    throttle.maxFailures,
    throttle.windowSeconds * 1000,
  );
  if (allowed) return;
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new APIError(
    "TOO_MANY_REQUESTS",
    {
      code: "ACCOUNT_SIGN_IN_THROTTLED",
      message:
        `Too many failed sign-ins for this account. Wait ${minutes} minute${minutes === 1 ? "" : "s"} ` +
        "and try again.",
    },
    { "Retry-After": String(retryAfterSeconds) },
  );
}

/** A right password forgets the account's failed attempts; a wrong one leaves its reservation counted. */
export async function settleSignInAttempt(db: Database, email: string, succeeded: boolean) {
  if (succeeded) await clearRateLimit(db, keyOf(email));
}
