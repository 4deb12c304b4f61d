import type { Database } from "@/lib/db/client";

/** A round trip to the database: resolves when it answers `SELECT 1`. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.prisma.$queryRaw`SELECT 1`;
}
