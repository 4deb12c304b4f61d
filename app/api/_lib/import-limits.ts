import type { RateLimit } from "@/lib/api/rate-limit";
import { env } from "@/lib/env";

/** Recipe page imports per user and minute (RECIPE_IMPORT_RATE_LIMIT_MAX, 10 by default; ADR 023). */
export function recipeImportLimit(max = env.RECIPE_IMPORT_RATE_LIMIT_MAX): RateLimit {
  return {
    name: "recipe-import",
    max,
    windowMs: 60_000,
    message: "Too many imports: wait a minute and try again.",
  };
}
