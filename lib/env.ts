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

/** A comma-separated list; absent or empty is none. */
const ZList = z
  .string()
  .optional()
  .transform((list) => splitList(list));
/** A switch that only "1" turns on. */
const ZFlag = z
  .enum(["1"])
  .optional()
  .transform((flag) => flag === "1");

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
  BETTER_AUTH_TRUSTED_ORIGINS: ZList,
  /** Sign-in/sign-up attempts allowed per IP per minute (lower it in tests that prove the limit). */
  AUTH_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(10),
  /** Plan generations (and previews) allowed per user (per IP) per minute. */
  PLAN_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(20),
  /**
   * Reverse proxies whose X-Forwarded-For is believed, comma-separated IPs or CIDR ranges
   * ("10.0.0.0/8,::1"). Empty (the default): no forwarding header counts, the socket address is the client.
   * Checked entry by entry where it is used (scripts/server.ts refuses to start on a bad one); next.config.ts
   * loads this file too, and can import nothing from it.
   */
  TRUSTED_PROXIES: ZList,
  /**
   * Set by scripts/server.ts in its own process (never by hand): the client-address header was written from
   * the socket, so it can be believed. Under a bare `next start` nobody writes it and every client shares one
   * "unknown" rate-limit bucket.
   */
  NUTRIWEEK_SERVER: ZFlag,
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
   * Hosts (name or name:port, comma-separated) that recipe import may fetch although they are local or
   * private: for tests of a local fixture server only. Empty by default: every such address is refused.
   */
  RECIPE_IMPORT_ALLOWED_HOSTS: ZList,
  /** Recipe imports (URL or HTML) allowed per user per minute. */
  RECIPE_IMPORT_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(10),
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
  TEST_BUILD: ZFlag,
  /** The least severe log line written (pino levels); "silent" writes none. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

function readEnv(): TEnv {
  // An empty variable counts as unset, so `FOO=` falls back to the default.
  const parsed = ZEnvSchema.safeParse(
    Object.fromEntries(Object.keys(ZEnvSchema.shape).map((key) => [key, process.env[key] || undefined])),
  );
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env: TEnv = readEnv();

/** The environment schema, for tests of how a setting is read (RECIPE_IMPORT_ALLOWED_HOSTS). */
export const parseEnv = (values: Record<string, string | undefined>) => ZEnvSchema.parse(values);

/** Whether the demo account exists on this deployment (see DEMO_ACCOUNT). */
export const demoAccountEnabled = (config: TEnv = env) =>
  config.DEMO_ACCOUNT ? config.DEMO_ACCOUNT === "on" : config.DATABASE_URL === undefined;
