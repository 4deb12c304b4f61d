import { errorResponse } from "@/lib/api/error-response";
import { AppError } from "@/lib/errors/app-error";

// The largest JSON body any API route accepts. Our bodies are a profile or a list of checks (a few KB); the
// cap keeps a hostile client from making the server buffer and parse megabytes.
export const MAX_JSON_BODY_BYTES = 64 * 1024;

export function bodyTooLargeError(): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", `Request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB`, {
    fieldErrors: [{ field: "(body)", message: "too large" }],
  });
}

/** The 413 answer, in the API's error shape. */
export function bodyTooLarge(): Response {
  return errorResponse(bodyTooLargeError());
}

/** Whether the request says up front that its body is over the cap. */
export function declaresTooLargeBody(headers: Headers): boolean {
  const declared = Number(headers.get("content-length"));
  return Number.isFinite(declared) && declared > MAX_JSON_BODY_BYTES;
}

/**
 * Whether a streamed body goes over `maxBytes`. Reads at most one chunk past the cap and stops, so a
 * chunked upload of megabytes (no Content-Length to refuse up front) costs no more than the cap.
 */
export async function streamExceeds(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<boolean> {
  if (!body) return false;
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      size += value.byteLength;
      if (size > maxBytes) return true;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
