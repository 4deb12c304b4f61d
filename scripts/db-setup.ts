// `npm run db:setup`: migrate and seed the configured database (Postgres by DATABASE_URL, else PGlite).
// Run before `next start`, never beside it: PGlite is single-process.
import { configuredTarget } from "@/lib/db";
import { openDatabase } from "@/lib/db/client";
import { seedCatalogue } from "@/lib/db/seed";
import { loadSeedCatalogue } from "@/lib/db/seed-data";
import { DEMO_ACCOUNT } from "@/lib/auth/demo-account";
import { ensureDemoAccount } from "@/lib/services/account/ensure-demo-account";

const target = configuredTarget();
const started = performance.now();
const db = await openDatabase(target);
try {
  const report = await seedCatalogue(db, loadSeedCatalogue());
  const demo = await ensureDemoAccount(db);
  const where = target.kind === "postgres" ? "Postgres" : `PGlite (${target.dataDir})`;
  console.log(
    `Database ready on ${where} in ${Math.round(performance.now() - started)} ms: ` +
      `foods ${JSON.stringify(report.foods)}, recipes ${JSON.stringify(report.recipes)}; ` +
      (demo === "disabled"
        ? "no demo account (DEMO_ACCOUNT=on creates it)"
        : `demo account ${DEMO_ACCOUNT.email} ${demo}`),
  );
} finally {
  await db.close();
}
