import { z } from "zod";

// The one place that reads process.env (docs/ARCHITECTURE.md).

function splitList(list: string | undefined): string[] {
  return list
    ? list
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean)
    : [];
}

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A Postgres URL; without it the app runs on an embedded PGlite database. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the embedded PGlite keeps its files. */
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  /** Signs session cookies; production refuses to start without a real one (32+ characters). */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The exact origin browsers use (scheme, host, port); sign-in from another origin is refused. */
  BETTER_AUTH_URL: z.url().optional(),
  /** Further origins allowed to sign in, comma-separated (e.g. http://127.0.0.1:3000 beside localhost). */
  BETTER_AUTH_TRUSTED_ORIGINS: z
    .string()
    .optional()
    .transform((list) => splitList(list)),
  /** Sign-in/sign-up attempts allowed per IP per minute (lower it in tests that prove the limit). */
  AUTH_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(10),
  /** Plan generations (and previews) allowed per user (per IP) per minute. */
  PLAN_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(20),
  /**
   * Reverse proxies whose X-Forwarded-For is believed, comma-separated IPs or CIDR ranges
   * ("10.0.0.0/8,::1"). Empty (the default): no forwarding header counts, the socket address is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    // Checked entry by entry where it is used (scripts/server.ts refuses to start on a bad one); next.config.ts
    // loads this file too, and can import nothing from it.
    .transform((list) => splitList(list)),
  /**
   * Set by scripts/server.ts in its own process (never by hand): the client-address header was written from
   * the socket, so it can be believed. Under a bare `next start` nobody writes it and every client shares one
   * "unknown" rate-limit bucket.
   */
  NUTRIWEEK_SERVER: z
    .enum(["1"])
    .optional()
    .transform((flag) => flag === "1"),
  /**
   * The public demo account (README): "on" creates and keeps it, "off" removes nothing but never creates it.
   * Default: on for the embedded PGlite database (a one-person local start), off with DATABASE_URL.
   */
  DEMO_ACCOUNT: z.enum(["on", "off"]).optional(),
  /** Failed sign-ins allowed per account (whatever the address) in AUTH_ACCOUNT_FAILURE_WINDOW_S. */
  AUTH_ACCOUNT_FAILURE_MAX: z.coerce.number().int().positive().default(10),
  AUTH_ACCOUNT_FAILURE_WINDOW_S: z.coerce
    .number()
    .int()
    .positive()
    .default(15 * 60),
  /**
   * Milliseconds a client has to send a whole request to scripts/server.ts (slow-body clients are cut off
   * with a 408 after it). 30 s in production; the e2e test of the cut-off lowers it so it need not wait 30 s.
   */
  SERVER_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
  /**
   * "1": the build scripts/test.sh makes in a fresh clone (ADR 024). `next build` skips its own TypeScript
   * pass (test.sh has run `tsc --noEmit` over the same files) and Turbopack's filesystem cache (nothing
   * would read it again). Never set for a deployment's build.
   */
  TEST_BUILD: z
    .enum(["1"])
    .optional()
    .transform((flag) => flag === "1"),
  /** The least severe log line written (pino levels); "silent" writes none. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

function readEnv(): TEnv {
  const parsed = ZEnvSchema.safeParse({
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR || undefined,
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET || undefined,
    BETTER_AUTH_URL: process.env.BETTER_AUTH_URL || undefined,
    BETTER_AUTH_TRUSTED_ORIGINS: process.env.BETTER_AUTH_TRUSTED_ORIGINS || undefined,
    AUTH_RATE_LIMIT_MAX: process.env.AUTH_RATE_LIMIT_MAX || undefined,
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || undefined,
    NUTRIWEEK_SERVER: process.env.NUTRIWEEK_SERVER || undefined,
    DEMO_ACCOUNT: process.env.DEMO_ACCOUNT || undefined,
    AUTH_ACCOUNT_FAILURE_MAX: process.env.AUTH_ACCOUNT_FAILURE_MAX || undefined,
    AUTH_ACCOUNT_FAILURE_WINDOW_S: process.env.AUTH_ACCOUNT_FAILURE_WINDOW_S || undefined,
    PLAN_RATE_LIMIT_MAX: process.env.PLAN_RATE_LIMIT_MAX || undefined,
    LOG_LEVEL: process.env.LOG_LEVEL || undefined,
    SERVER_REQUEST_TIMEOUT_MS: process.env.SERVER_REQUEST_TIMEOUT_MS || undefined,
    TEST_BUILD: process.env.TEST_BUILD || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env: TEnv = readEnv();

/** Whether the demo account exists on this deployment (see DEMO_ACCOUNT). */
export const demoAccountEnabled = (config: TEnv = env) =>
  config.DEMO_ACCOUNT ? config.DEMO_ACCOUNT === "on" : config.DATABASE_URL === undefined;
