"use server";

import { headers } from "next/headers";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { isAppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/log";
import { ZDeleteAccountSchema } from "@/lib/schemas/account";
import { deleteAccount } from "@/lib/services/account/delete-account";

export const deleteAccountAction = validatedActionWithUser(
  ZDeleteAccountSchema,
  "/account",
  async ({ confirmEmail }, user) => {
    const result = await deleteAccount(user, confirmEmail).catch((error: unknown) => {
      if (isAppError(error)) return error;
      throw error;
    });
    if (isAppError(result)) {
      return { status: "error", message: result.message, fieldErrors: {}, values: { confirmEmail } };
    }
    if (result === "email-mismatch") {
      return {
        status: "error",
        message: "That is not your account's email address; nothing was deleted.",
        fieldErrors: { confirmEmail: ["Type the email address you sign in with"] },
        values: { confirmEmail },
      };
    }
    requestLogger(await headers()).info(
      { event: "account_deleted", userId: user.id, result },
      "account deleted",
    );
    // The user's session rows went in the same transaction, so the server already treats every device as
    // signed out. Cookies are left alone here: changing them would make Next.js re-render /account, which
    // now redirects to sign-in. The form clears them (sign-out) and then loads "/" afresh.
    return { status: "success", message: "Your account and all of your data have been deleted." };
  },
);
