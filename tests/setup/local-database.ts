import pg from "pg";

/** Tests may drop and create databases: refuse anything but a server on this machine. */
export function assertLocalDatabaseUrl(url: string): URL {
  const parsed = new URL(url);
  if (!["localhost", "127.0.0.1", "[::1]", "::1"].includes(parsed.hostname)) {
    throw new Error(`Refusing to run tests against a non-local database (${parsed.hostname}).`);
  }
  return parsed;
}

/** Drops (if there) and creates database `name` on the local server of `adminUrl`; answers its URL. */
export async function recreateLocalDatabase(adminUrl: string, name: string): Promise<string> {
  const url = assertLocalDatabaseUrl(adminUrl);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}
