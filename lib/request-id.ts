// The id that ties one request's log lines together. proxy.ts gives every request one (or keeps a sane id a
// proxy in front already set) and echoes it in the response, so a user's report can be matched to the logs.

export const REQUEST_ID_HEADER = "x-request-id";

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The request's id when it carries a well-formed one, else a fresh one (never a client's arbitrary text). */
export function requestIdFrom(headers: HeaderSource): string {
  const given = headerValue(headers, REQUEST_ID_HEADER);
  return given && SAFE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
