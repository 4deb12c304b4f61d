import { z } from "zod";

// The one place that reads process.env (docs/ARCHITECTURE.md).
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
    .transform((list) =>
      list
        ? list
            .split(",")
            .map((origin) => origin.trim())
            .filter(Boolean)
        : [],
    ),
  /** Sign-in/sign-up attempts allowed per IP per minute (lower it in tests that prove the limit). */
  AUTH_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(10),
  /** Plan generations (and previews) allowed per user (per IP) per minute. */
  PLAN_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(20),
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
    PLAN_RATE_LIMIT_MAX: process.env.PLAN_RATE_LIMIT_MAX || undefined,
    LOG_LEVEL: process.env.LOG_LEVEL || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env: TEnv = readEnv();
