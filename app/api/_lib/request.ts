import type { z } from "zod";
import { badRequest } from "./json";

const MAX_JSON_BYTES = 64 * 1024;

/** Parses a JSON body with a size limit and a zod schema; returns the data or the 4xx response to send. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ data: z.output<S> } | { response: Response }> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_JSON_BYTES) {
    return {
      response: Response.json(
        { error: `Request body is larger than ${MAX_JSON_BYTES / 1024} KB` },
        { status: 413 },
      ),
    };
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    return {
      response: Response.json(
        { error: "Request body is not valid JSON", errors: [{ field: "(body)", message: "not valid JSON" }] },
        { status: 400 },
      ),
    };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { data: parsed.data } : { response: badRequest(parsed.error) };
}

/** The client address for rate limits: the first X-Forwarded-For hop (set by the proxy in front). */
export function clientIp(request: Request): string {
  return (
    request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    request.headers.get("x-real-ip") ||
    "local"
  );
}

export function unauthorized() {
  return Response.json({ error: "Sign in first" }, { status: 401 });
}
