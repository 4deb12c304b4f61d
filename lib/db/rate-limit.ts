import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";

/**
 * Counts one request against `key` in a fixed window, atomically in Postgres (so limits hold across
 * instances), and says whether it is allowed. Shares better-auth's RateLimit table. A new row gets an id of
 * its own: with id = key, two first requests at once could collide on the primary key, which the
 * `ON CONFLICT (key)` arbiter does not catch.
 */
export async function hitRateLimit(
  db: Database,
  key: string,
  max: number,
  windowMs: number,
  now = Date.now(),
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const rows = await db.prisma.$queryRaw<{ count: number; lastRequest: bigint }[]>`
    INSERT INTO "RateLimit" (id, key, count, "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${BigInt(now)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."lastRequest" < ${BigInt(now - windowMs)} THEN 1 ELSE "RateLimit".count + 1 END,
      "lastRequest" = CASE WHEN "RateLimit"."lastRequest" < ${BigInt(now - windowMs)} THEN ${BigInt(now)} ELSE "RateLimit"."lastRequest" END
    RETURNING count, "lastRequest"`;
  const row = rows[0];
  const count = row ? Number(row.count) : 1;
  const windowStart = row ? Number(row.lastRequest) : now;
  return {
    allowed: count <= max,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
  };
}

/** Forgets a counter (e.g. an account's failed sign-ins once the right password came). */
export async function clearRateLimit(db: Database, key: string): Promise<void> {
  await db.prisma.rateLimit.deleteMany({ where: { key } });
}
