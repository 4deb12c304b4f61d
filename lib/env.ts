import { z } from "zod";

// The one place that reads process.env (DESIGN.md convention 6).
const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A Postgres URL; without it the app runs on an embedded PGlite database. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  /** Where the embedded PGlite keeps its files. */
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
});

export type TEnv = z.infer<typeof ZEnvSchema>;

function readEnv(): TEnv {
  const parsed = ZEnvSchema.safeParse({
    NODE_ENV: process.env.NODE_ENV,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    PGLITE_DATA_DIR: process.env.PGLITE_DATA_DIR || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env: TEnv = readEnv();
