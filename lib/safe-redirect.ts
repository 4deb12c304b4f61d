/** Only same-site paths may be redirect targets ("/profile"), never "//evil.example" or absolute URLs. */
export function safeNextPath(next: unknown, fallback = "/profile"): string {
  return typeof next === "string" && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
    ? next
    : fallback;
}
