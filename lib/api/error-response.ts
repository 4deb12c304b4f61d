// AppError -> the API's JSON error shape, written once for every route handler (and the proxy's 413).
import type { AppError } from "@/lib/errors/app-error";
import type { TErrorResponse } from "@/lib/schemas/api-responses";

/** Personal or not, an error answer is never stored by a cache. */
export const NO_STORE = "private, no-store";

export function errorResponse(error: AppError): Response {
  const body: TErrorResponse = error.fieldErrors.length
    ? { error: error.message, errors: error.fieldErrors }
    : { error: error.message };
  const headers: Record<string, string> = { "Cache-Control": NO_STORE };
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.retryAfterSeconds);
  return Response.json(body, { status: error.status, headers });
}
