import type { RateLimit } from "@/lib/api/with-route";

/** Writes of own foods and recipes, per user: an editor saves a few times a minute, a script far more. */
export const OWN_WRITE_LIMIT: RateLimit = {
  name: "own-catalogue-write",
  max: 60,
  windowMs: 60_000,
  message: "Too many changes to your foods and recipes in a minute; wait a moment and try again.",
};
