import type { z } from "zod";
import { bodyTooLarge, declaresTooLargeBody, MAX_JSON_BODY_BYTES } from "@/lib/security/request-limits";
import { addressBucket } from "@/lib/security/client-address";
import { clientAddressOf } from "@/lib/security/request-address";
import { badRequest } from "@/app/api/_lib/json";

/**
 * The body as text, or null when it is over the limit. Stops reading at the limit, so a client that sends
 * (or claims to send) megabytes costs no more memory than one that sends 64 KB.
 */
async function readTextWithin(request: Request, maxBytes: number): Promise<string | null> {
  if (declaresTooLargeBody(request.headers)) return null;
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
  const text = await readTextWithin(request, MAX_JSON_BODY_BYTES);
  if (text === null) return { response: bodyTooLarge() };
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

/** The client's rate-limit bucket (ADR 016: the socket address, or TRUSTED_PROXIES' right-most untrusted hop). */
export function clientIp(request: Request): string {
  return addressBucket(clientAddressOf(request));
}

export function unauthorized() {
  return Response.json({ error: "Sign in first" }, { status: 401 });
}
