/** The client address for rate limits: the first X-Forwarded-For hop (set by the proxy in front). */
export function clientAddressOf(request: Request): string {
  return (
    request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ||
    request.headers.get("x-real-ip") ||
    "local"
  );
}
