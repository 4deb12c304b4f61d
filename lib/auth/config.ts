// The better-auth configuration, shared by the app (lib/auth/server.ts) and scripts (demo account seed).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isCommonPassword } from "@/lib/auth/common-passwords";

/** Routes that set a password: every one of them refuses a common password. */
const PASSWORD_PATHS = new Set(["/sign-up/email", "/change-password", "/reset-password", "/set-password"]);

// Development and tests get a fixed secret; production must bring its own (better-auth refuses the default).
const DEVELOPMENT_SECRET = "nutriweek-development-secret-not-for-production-use";

export function createAuth(db: Database) {
  return betterAuth({
    appName: "NutriWeek",
    baseURL: env.BETTER_AUTH_URL,
    trustedOrigins: env.BETTER_AUTH_TRUSTED_ORIGINS,
    secret: env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET),
    database: prismaAdapter(db.prisma, { provider: "postgresql" }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // Counters in Postgres so limits hold across instances and restarts; on in every environment.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: env.AUTH_RATE_LIMIT_MAX },
        "/sign-up/email": { window: 60, max: env.AUTH_RATE_LIMIT_MAX },
        // Every page asks who is signed in; a per-address cap would sign out, on screen, a whole office
        // behind one NAT. It guards nothing: the answer needs a valid session token to begin with.
        "/get-session": false,
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const password: unknown = ctx.body?.password ?? ctx.body?.newPassword;
        if (PASSWORD_PATHS.has(ctx.path) && typeof password === "string" && isCommonPassword(password)) {
          throw new APIError("BAD_REQUEST", {
            message: "This password is one of the most common ones; choose another.",
          });
        }
      }),
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
