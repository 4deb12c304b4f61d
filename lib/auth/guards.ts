// Checks better-auth runs before its own endpoints (lib/auth/config.ts hooks): each takes what it needs
// and throws an APIError, which better-auth answers as JSON with its status.
import { APIError } from "better-auth/api";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { DEMO_ACCOUNT_READ_ONLY_MESSAGE, isDemoAccount } from "@/lib/auth/demo-account";
import { ZUserNameSchema } from "@/lib/schemas/account";

export const SIGN_IN_PATH = "/sign-in/email";

/** Routes that set a password: every one of them refuses a common password. */
const PASSWORD_PATHS = new Set(["/sign-up/email", "/change-password", "/reset-password", "/set-password"]);

/** Routes that take or change a name. */
const NAME_PATHS = new Set(["/sign-up/email", "/update-user"]);

/**
 * What the shared demo account may not do: anything that would lock the next visitor out (password, email,
 * deleting it, ending others' sessions) or show them the last one's sessions.
 */
const DEMO_FORBIDDEN_PATHS = new Set([
  "/change-password",
  "/set-password",
  "/change-email",
  "/update-user",
  "/delete-user",
  "/list-sessions",
  "/revoke-session",
  "/revoke-sessions",
  "/revoke-other-sessions",
  "/unlink-account",
]);

type Body = Record<string, unknown> | undefined;

export function refuseCommonPassword(path: string, body: Body) {
  const password = body?.password ?? body?.newPassword;
  if (PASSWORD_PATHS.has(path) && typeof password === "string" && isCommonPassword(password)) {
    throw new APIError("BAD_REQUEST", {
      message: "This password is one of the most common ones; choose another.",
    });
  }
}

/** The name trimmed, for routes that take one; a 400 naming the rule when it is empty or too long. */
export function normalizedUserName(path: string, body: Body): string | undefined {
  if (!NAME_PATHS.has(path) || body?.name === undefined) return undefined;
  const parsed = ZUserNameSchema.safeParse(body.name);
  if (!parsed.success) {
    throw new APIError("BAD_REQUEST", {
      code: "INVALID_NAME",
      message: parsed.error.issues[0]?.message ?? "Enter a name",
    });
  }
  return parsed.data;
}

/** 403 on DEMO_FORBIDDEN_PATHS when the signed-in user is the demo account (only then is the session read). */
export async function refuseForDemoAccount(path: string, signedInEmail: () => Promise<string | undefined>) {
  if (!DEMO_FORBIDDEN_PATHS.has(path)) return;
  if (isDemoAccount(await signedInEmail())) {
    throw new APIError("FORBIDDEN", {
      code: "DEMO_ACCOUNT_READ_ONLY",
      message: DEMO_ACCOUNT_READ_ONLY_MESSAGE,
    });
  }
}
