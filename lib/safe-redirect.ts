// Where to go after sign-in (`?next=`). Browsers drop tabs and newlines from URLs and read "\" as "/", so
// "/\t/evil.example" looks like a path here and becomes "//evil.example" there; the URL parser sees what the
// browser will see.
const BASE = "http://nutriweek.invalid";

const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

/**
 * `next` as a path on this site ("/plan?week=2026-11-23"), normalized the way the browser will read it, or
 * `fallback` when it has control characters or backslashes, or resolves to any other origin.
 */
export function safeNextPath(next: unknown, fallback = "/profile"): string {
  if (typeof next !== "string" || !next.startsWith("/") || CONTROL_OR_BACKSLASH.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with two slashes would be read as another host when handed on as a relative URL.
  return path.startsWith("//") ? fallback : path;
}
