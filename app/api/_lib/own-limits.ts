import type { RateLimit } from "@/lib/api/with-route";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";

/** Writes of own foods and recipes, per user: an editor saves a few times a minute, a script far more. */
export const OWN_WRITE_LIMIT: RateLimit = {
  name: "own-catalogue-write",
  max: 60,
  windowMs: 60_000,
  message: "Too many changes to your foods and recipes in a minute; wait a moment and try again.",
};

/** The route options of a change to one of the user's own foods or recipes, by id. */
export const OWN_ITEM_WRITE = {
  auth: "required",
  params: ZIdParamSchema,
  rateLimit: OWN_WRITE_LIMIT,
} as const;
