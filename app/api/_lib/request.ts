import type { z } from "zod";
import { badRequest } from "./json";

const MAX_JSON_BYTES = 64 * 1024;

const tooLarge = () => ({
  response: Response.json(
    {
      error: `Request body is larger than ${MAX_JSON_BYTES / 1024} KB`,
      errors: [{ field: "(body)", message: "too large" }],
    },
    { status: 413 },
  ),
});

/**
 * The body as text, or null when it is over the limit. Stops reading at the limit, so a client that sends
 * (or claims to send) megabytes costs no more memory than one that sends 64 KB.
 */
async function readTextWithin(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Parses a JSON body with a size limit and a zod schema; returns the data or the 4xx response to send. */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ data: z.output<S> } | { response: Response }> {
  const text = await readTextWithin(request, MAX_JSON_BYTES);
  if (text === null) return tooLarge();
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
