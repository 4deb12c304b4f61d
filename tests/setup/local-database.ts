/** Tests may drop and create databases: refuse anything but a server on this machine. */
export function assertLocalDatabaseUrl(url: string): URL {
  const parsed = new URL(url);
  if (!["localhost", "127.0.0.1", "[::1]", "::1"].includes(parsed.hostname)) {
    throw new Error(`Refusing to run tests against a non-local database (${parsed.hostname}).`);
  }
  return parsed;
}
