import "server-only";
import type { z } from "zod";
import { errorResponse, NO_STORE } from "@/lib/api/error-response";
import { enforceRateLimit, type RateLimit } from "@/lib/api/rate-limit";
import { readJsonBody } from "@/lib/api/read-json-body";
import { currentUser, type SessionUser } from "@/lib/auth/server";
import { getDatabase } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/log";
import { searchParamsToObject } from "@/lib/schemas/catalogue";
import { clientAddressOf } from "@/lib/security/client-address";

// The one way a route handler runs (ADR 012), after dub's `withWorkspace`: session -> rate limit -> params,
// query and body parsed with the route's zod schemas -> the handler -> JSON. Every AppError becomes the
// API's error shape here and nowhere else.

type Schema = z.ZodType;
type Output<S> = S extends Schema ? z.output<S> : undefined;
type Auth = "required" | "optional" | "none";
type UserOf<A extends Auth> = A extends "required"
  ? SessionUser
  : A extends "optional"
    ? SessionUser | null
    : null;

export type { RateLimit } from "@/lib/api/rate-limit";

export interface RouteOptions<A extends Auth, P, Q, B> {
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  rateLimit?: RateLimit;
  /**
   * Send `Cache-Control: private, no-store` (every error gets it anyway). Default: when the route reads a
   * session, since its answers carry personal data.
   */
  noStore?: boolean;
}

export interface RouteContext<A extends Auth, P, Q, B> {
  request: Request;
  user: UserOf<A>;
  params: Output<P>;
  query: Output<Q>;
  body: Output<B>;
}

/** What a handler returns: a JSON value (200), `json(value, status)`, or a Response of its own (files). */
export type RouteResult = Response | object;

/** A JSON answer with another status than 200 (201 Created, ...). */
export function json(value: unknown, status: number): Response {
  return Response.json(value, { status });
}

type NextContext = { params: Promise<Record<string, string | string[] | undefined>> };

function parse<S extends Schema | undefined>(schema: S, value: unknown): Output<S> {
  if (!schema) return undefined as Output<S>;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.invalidInput(parsed.error);
  return parsed.data as Output<S>;
}

async function sessionFor(auth: Auth): Promise<SessionUser | null> {
  if (auth === "none") return null;
  const user = await currentUser();
  if (!user && auth === "required") throw new AppError("UNAUTHORIZED", "Sign in first");
  return user;
}

async function enforce(limit: RateLimit, request: Request, user: SessionUser | null): Promise<void> {
  const subject = user ? `user:${user.id}` : `address:${clientAddressOf(request)}`;
  await enforceRateLimit(await getDatabase(), limit, subject);
}

function finish(result: RouteResult, noStore: boolean): Response {
  const response = result instanceof Response ? result : Response.json(result);
  if (noStore) response.headers.set("Cache-Control", NO_STORE);
  return response;
}

function unexpected(request: Request, error: unknown): Response {
  requestLogger(request.headers).error({ event: "route_error", err: error }, "route handler failed");
  return Response.json(
    { error: "Something went wrong on our side." },
    { status: 500, headers: { "Cache-Control": NO_STORE } },
  );
}

export function withRoute<
  A extends Auth,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
>(
  options: RouteOptions<A, P, Q, B>,
  handler: (context: RouteContext<A, P, Q, B>) => Promise<RouteResult> | RouteResult,
) {
  const noStore = options.noStore ?? options.auth !== "none";
  return async (request: Request, context: NextContext): Promise<Response> => {
    try {
      const user = await sessionFor(options.auth);
      if (options.rateLimit) await enforce(options.rateLimit, request, user);
      const params = parse(options.params as P, await context.params);
      const query = parse(options.query as Q, searchParamsToObject(new URL(request.url).searchParams));
      const body = options.body
        ? parse(options.body as B, await readJsonBody(request))
        : (undefined as Output<B>);
      const result = await handler({ request, user: user as UserOf<A>, params, query, body });
      return finish(result, noStore);
    } catch (error) {
      return isAppError(error) ? errorResponse(error) : unexpected(request, error);
    }
  };
}
