import { getDatabase } from "@/lib/db";
import { deleteUserAndData } from "@/lib/db/account";
import type { Database } from "@/lib/db/client";
import { confirmsEmail } from "@/lib/schemas/account";

type Db = Database | Promise<Database>;

export type DeleteAccountResult = "deleted" | "email-mismatch" | "not-found";

/**
 * Deletes a user and all of their data in one transaction, once they have typed their own email. Their
 * sessions are rows too, so every signed-in device is signed out with it.
 */
export async function deleteAccount(
  user: { id: string; email: string },
  confirmEmail: string,
  db: Db = getDatabase(),
): Promise<DeleteAccountResult> {
  if (!confirmsEmail(confirmEmail, user.email)) return "email-mismatch";
  return (await deleteUserAndData(await db, user.id)) ? "deleted" : "not-found";
}
