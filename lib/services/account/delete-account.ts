import { DEMO_ACCOUNT_READ_ONLY_MESSAGE, isDemoAccount } from "@/lib/auth/demo-account";
import { getDatabase } from "@/lib/db";
import { deleteUserAndData } from "@/lib/db/account";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { confirmsEmail } from "@/lib/schemas/account";

type Db = Database | Promise<Database>;

export type DeleteAccountResult = "deleted" | "email-mismatch" | "not-found";

/**
 * Deletes a user and all of their data in one transaction, once they have typed their own email. Their
 * sessions are rows too, so every signed-in device is signed out with it. The shared demo account cannot
 * be deleted (403): the next visitor would find no demo.
 */
export async function deleteAccount(
  user: { id: string; email: string },
  confirmEmail: string,
  db: Db = getDatabase(),
): Promise<DeleteAccountResult> {
  if (isDemoAccount(user.email)) throw new AppError("FORBIDDEN", DEMO_ACCOUNT_READ_ONLY_MESSAGE);
  if (!confirmsEmail(confirmEmail, user.email)) return "email-mismatch";
  return (await deleteUserAndData(await db, user.id)) ? "deleted" : "not-found";
}
