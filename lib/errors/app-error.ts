// The one application error (ADR 012). Services throw it; three places map it, once each:
// lib/actions/validated-action.ts (server actions -> ActionState), lib/api/with-route.ts (route handlers ->
// JSON) and lib/openapi (documented responses). No framework import: any layer may throw it.
import type { z } from "zod";
import { fieldErrors, type FieldError } from "@/lib/schemas/catalogue";

/** Every way a request can fail on purpose, with the HTTP status it answers. */
export const APP_ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PROFILE_REQUIRED: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export interface AppErrorOptions {
  /** Field-level messages (400s); forms show them beside the field. */
  fieldErrors?: FieldError[];
  /** Seconds to wait (429s): sent as Retry-After. */
  retryAfterSeconds?: number;
}

/** A failure the user can act on: a stable code, its HTTP status and a message written for people. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  readonly fieldErrors: FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = APP_ERROR_STATUS[code];
    this.fieldErrors = options.fieldErrors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** A 400 naming each wrong field, from a zod parse. */
  static invalidInput(error: z.ZodError): AppError {
    const errors = fieldErrors(error);
    const summary = `Invalid ${errors.map((e) => e.field).join(", ")}: ${errors.map((e) => e.message).join("; ")}`;
    return new AppError("INVALID_INPUT", summary, { fieldErrors: errors });
  }

  static notFound(what: string): AppError {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  static profileRequired(): AppError {
    return new AppError(
      "PROFILE_REQUIRED",
      "Fill in your profile first: the planner needs your diet and targets.",
    );
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
