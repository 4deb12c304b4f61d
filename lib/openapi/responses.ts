// The building blocks every documented operation shares: tags, the session scheme, JSON bodies, and the
// error responses of AppError (lib/errors/app-error.ts), described once per code here.
import { z } from "zod";
import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from "zod-openapi";
import { APP_ERROR_STATUS, type AppErrorCode } from "@/lib/errors/app-error";
import { ZErrorResponseSchema } from "@/lib/schemas/api-responses";
import { ZIdParamSchema } from "@/lib/schemas/catalogue";

export const SESSION_SCHEME = "sessionCookie";
export const signedIn = [{ [SESSION_SCHEME]: [] }];

export const TAGS = {
  catalogue: "Catalogue",
  plans: "Plans",
  shopping: "Shopping",
  account: "Account",
  auth: "Auth (better-auth)",
  service: "Service",
  memory: "Memory",
} as const;

export const json = (schema: z.ZodType) => ({ "application/json": { schema } });

export const ok = (description: string, schema: z.ZodType): ZodOpenApiResponseObject => ({
  description,
  content: json(schema),
});

const retryAfter = z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait." }) });

const ERROR_DESCRIPTIONS: Record<AppErrorCode, string> = {
  INVALID_INPUT: "Invalid input: `errors` lists each field and what is wrong with it.",
  UNAUTHORIZED: "No valid session cookie: sign in first.",
  FORBIDDEN: "Not allowed for this account.",
  NOT_FOUND: "Not found. Another account's item answers the same, so ids reveal nothing.",
  PROFILE_REQUIRED: "The user has no profile yet: save one first.",
  CONFLICT: "Changed elsewhere at the same time; try again.",
  PAYLOAD_TOO_LARGE: "The JSON body is larger than 64 KB.",
  UNSUPPORTED_MEDIA_TYPE: "The body is not `application/json`.",
  UNPROCESSABLE: "Understood but not possible for this profile or plan; `error` says why.",
  TOO_MANY_REQUESTS: "Too many requests in the last minute; `Retry-After` says when to try again.",
};

/** The documented answer of one AppError code, optionally with a more specific description. */
export function errorResponse(
  code: AppErrorCode,
  description = ERROR_DESCRIPTIONS[code],
): ZodOpenApiResponseObject {
  return {
    ...ok(description, ZErrorResponseSchema),
    ...(code === "TOO_MANY_REQUESTS" && { headers: retryAfter }),
  };
}

/** A code a route can answer, optionally with a more specific description. */
export type ErrorEntry = AppErrorCode | [AppErrorCode, string];

/** Responses keyed by status for the codes a route can answer: `errors("NOT_FOUND", ["CONFLICT", "…"])`. */
export function errors(...codes: ErrorEntry[]): ZodOpenApiResponsesObject {
  return Object.fromEntries(
    codes.map((entry) => {
      const [code, description] = Array.isArray(entry) ? entry : [entry, undefined];
      return [APP_ERROR_STATUS[code], errorResponse(code, description)];
    }),
  );
}

export const attachment = (example: string) =>
  z.object({
    "Content-Disposition": z.string().meta({ description: "A download, with a file name.", example }),
  });

export const planIdParams = {
  path: ZIdParamSchema.extend({ id: ZIdParamSchema.shape.id.meta({ description: "The plan's id." }) }),
};
