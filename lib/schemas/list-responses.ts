// The answer of a list route: `{ ratings: [...] }`, one key holding the items.
import { z } from "zod";

/** `{ [key]: item[] }`, named `id` in the OpenAPI document. */
export function listResponse<K extends string, S extends z.ZodType>(key: K, item: S, id: string) {
  return z.object({ [key]: z.array(item) } as { [P in K]: z.ZodArray<S> }).meta({ id });
}
