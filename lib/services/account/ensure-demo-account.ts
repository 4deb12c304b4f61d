// The demo account a newcomer signs in with after `npm run app` (credentials in the README), created only
// where DEMO_ACCOUNT allows it (lib/env.ts: on for the embedded database, off with DATABASE_URL).
import { createAuth } from "@/lib/auth/config";
import { DEMO_ACCOUNT } from "@/lib/auth/demo-account";
import type { Database } from "@/lib/db/client";
import { findProfile, saveProfileVersion } from "@/lib/db/profiles";
import { demoAccountEnabled } from "@/lib/env";
import { demoProfile } from "@/lib/services/account/reset-demo-account";

/** Idempotent: creates the account and its profile only when missing, and only when the demo is enabled. */
export async function ensureDemoAccount(
  db: Database,
  asOf = new Date(),
  enabled = demoAccountEnabled(),
): Promise<"created" | "exists" | "disabled"> {
  if (!enabled) return "disabled";
  let user = await db.prisma.user.findUnique({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  const existed = user !== null;
  if (!user) {
    const { user: created } = await createAuth(db).api.signUpEmail({ body: { ...DEMO_ACCOUNT } });
    user = { id: created.id };
  }
  if (!(await findProfile(db, user.id))) {
    await saveProfileVersion(db, user.id, demoProfile(asOf.getUTCFullYear()), null);
  }
  return existed ? "exists" : "created";
}
