// The few database operations the migration runner needs, over PGlite or node-postgres, so that
// lib/db/migrate.ts does not care which database the app was started with.
import type { PGliteInterface } from "@electric-sql/pglite";
import pg from "pg";

export interface SqlExecutor {
  /** One statement with $1-style parameters. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
  /** A script of several statements, no parameters (Postgres' simple query protocol). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `fn` on one dedicated connection. Advisory locks and transactions belong to a session, and a
   * pool would hand each query to whichever connection is free.
   */
  withSession<T>(fn: (session: SqlExecutor) => Promise<T>): Promise<T>;
}

/** PGlite is a single connection, so it is its own session. */
export function pgliteExecutor(pglite: Pick<PGliteInterface, "query" | "exec">): SqlExecutor {
  const executor: SqlExecutor = {
    async query<Row>(sql: string, params?: unknown[]) {
      const { rows } = await pglite.query<Row>(sql, params);
      return { rows };
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    withSession: (fn) => fn(executor),
  };
  return executor;
}

/** A connected `pg.Client` is one session; a `pg.Pool` lends one of its connections per session. */
export function pgExecutor(client: pg.Client | pg.PoolClient | pg.Pool): SqlExecutor {
  const executor: SqlExecutor = {
    async query<Row>(sql: string, params?: unknown[]) {
      const { rows } = await client.query(sql, params);
      return { rows: rows as Row[] };
    },
    async exec(sql) {
      await client.query(sql); // without parameters pg uses the simple protocol: several statements are fine
    },
    async withSession(fn) {
      if (!(client instanceof pg.Pool)) return fn(executor);
      const connection = await client.connect();
      try {
        return await fn(pgExecutor(connection));
      } finally {
        connection.release();
      }
    },
  };
  return executor;
}
