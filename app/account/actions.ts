"use server";

import { headers } from "next/headers";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { getAuth } from "@/lib/auth/server";
import { requestLogger } from "@/lib/log";
import { ZDeleteAccountSchema } from "@/lib/schemas/account";
import { deleteAccount } from "@/lib/services/account/delete-account";

export const deleteAccountAction = validatedActionWithUser(
  ZDeleteAccountSchema,
  "/account",
  async ({ confirmEmail }, user) => {
    const result = await deleteAccount(user, confirmEmail);
    if (result === "email-mismatch") {
      return {
        status: "error",
        message: "That is not your account's email address; nothing was deleted.",
        fieldErrors: { confirmEmail: ["Type the email address you sign in with"] },
        values: { confirmEmail },
      };
    }
    const requestHeaders = await headers();
    requestLogger(requestHeaders).info(
      { event: "account_deleted", userId: user.id, result },
      "account deleted",
    );
    // The session rows went with the user; this expires the cookies in the browser too (nextCookies plugin).
    await (await getAuth()).api.signOut({ headers: requestHeaders });
    // The form then loads "/" afresh (a full page load, not a client-side redirect): the header's user
    // menu keeps its session in the browser, and a full load is what drops it along with every other
    // piece of client state about this account.
    return { status: "success", message: "Your account and all of your data have been deleted." };
  },
);
