import type { z } from "zod";
import { currentUser } from "@/lib/auth/server";
import { fieldErrors, searchParamsToObject, type FieldError } from "@/lib/schemas/catalogue";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A catalogue list page's request: its query as `schema` reads it (the defaults, and the errors to show,
 * when it does not parse) and who is looking (their own foods and recipes are listed too).
 */
export async function listQuery<S extends z.ZodType<object>>(schema: S, searchParams: Promise<SearchParams>) {
  const params = searchParamsToObject(await searchParams);
  const parsed = schema.safeParse(params);
  const query: z.output<S> = parsed.success ? parsed.data : schema.parse({});
  const errors: FieldError[] | null = parsed.success ? null : fieldErrors(parsed.error);
  const user = await currentUser();
  return { params, query, errors, signedIn: user !== null, viewerId: user?.id ?? null };
}
