import { DEMO_ACCOUNT_READ_ONLY_MESSAGE, isDemoAccount } from "@/lib/auth/demo-account";
import { getDatabase, type Db } from "@/lib/db";
import { deleteUserAndData } from "@/lib/db/account";
import { AppError } from "@/lib/errors/app-error";
import { confirmsEmail } from "@/lib/schemas/account";

/**
 * Deletes a user and all of their data in one transaction, once they have typed their own email. Their
 * sessions are rows too, so every signed-in device is signed out with it. The shared demo account cannot
 * be deleted (403): the next visitor would find no demo.
 */
export async function deleteAccount(
  user: { id: string; email: string },
  confirmEmail: string,
  db: Db = getDatabase(),
): Promise<void> {
  if (isDemoAccount(user.email)) throw new AppError("FORBIDDEN", DEMO_ACCOUNT_READ_ONLY_MESSAGE);
  if (!confirmsEmail(confirmEmail, user.email)) {
    throw new AppError("INVALID_INPUT", "That is not your account's email address; nothing was deleted.", {
      fieldErrors: [{ field: "confirmEmail", message: "Type the email address you sign in with" }],
    });
  }
  if (!(await deleteUserAndData(await db, user.id))) throw AppError.notFound("Account");
}
