import { getDatabase, type Db } from "@/lib/db";
import { deleteUserAndData } from "@/lib/db/account";
import { AppError } from "@/lib/errors/app-error";
import { confirmsEmail } from "@/lib/schemas/account";

/**
 * Deletes a user and all of their data in one transaction, once they have typed their own email. Their
 * sessions are rows too, so every signed-in device is signed out with it.
 */
export async function deleteAccount(
  user: { id: string; email: string },
  confirmEmail: string,
  db: Db = getDatabase(),
): Promise<void> {
  if (!confirmsEmail(confirmEmail, user.email)) {
    throw new AppError("INVALID_INPUT", "That is not your account's email address; nothing was deleted.", {
      fieldErrors: [{ field: "confirmEmail", message: "Type the email address you sign in with" }],
    });
  }
  if (!(await deleteUserAndData(await db, user.id))) throw AppError.notFound("Account");
}
