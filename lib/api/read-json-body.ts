import { AppError } from "@/lib/errors/app-error";
import { bodyTooLargeError, declaresTooLargeBody, MAX_JSON_BODY_BYTES } from "@/lib/security/request-limits";

/**
 * The body as text, refusing it past the cap. Stops reading at the limit, so a client that sends (or claims
 * to send) megabytes costs no more memory than one that sends 64 KB.
 */
async function readTextWithin(request: Request, maxBytes: number): Promise<string> {
  if (declaresTooLargeBody(request.headers)) throw bodyTooLargeError();
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw bodyTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The parsed JSON body (an empty body is `{}`); 413 past the cap, 400 when it is not JSON. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await readTextWithin(request, MAX_JSON_BODY_BYTES);
  try {
    return text ? (JSON.parse(text) as unknown) : {};
  } catch {
    throw new AppError("INVALID_INPUT", "Request body is not valid JSON", {
      fieldErrors: [{ field: "(body)", message: "not valid JSON" }],
    });
  }
}
