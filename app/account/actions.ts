"use server";

import { headers } from "next/headers";
import { validatedActionWithUser } from "@/lib/actions/validated-action";
import { requestLogger } from "@/lib/log";
import { ZDeleteAccountSchema } from "@/lib/schemas/account";
import { deleteAccount } from "@/lib/services/account/delete-account";

export const deleteAccountAction = validatedActionWithUser(
  ZDeleteAccountSchema,
  "/account",
  async ({ confirmEmail }, user) => {
    await deleteAccount(user, confirmEmail);
    requestLogger(await headers()).info({ event: "account_deleted", userId: user.id }, "account deleted");
    // The user's session rows went in the same transaction, so the server already treats every device as
    // signed out. Cookies are left alone here: changing them would make Next.js re-render /account, which
    // now redirects to sign-in. The form clears them (sign-out) and then loads "/" afresh.
    return "Your account and all of your data have been deleted.";
  },
);
