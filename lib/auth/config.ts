// The better-auth configuration, shared by the app (lib/auth/server.ts) and scripts (demo account seed).
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware, getSessionFromCtx, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import {
  normalizedUserName,
  refuseCommonPassword,
  refuseForDemoAccount,
  SIGN_IN_PATH,
} from "@/lib/auth/guards";
import { isDemoAccount } from "@/lib/auth/demo-account";
import { reserveSignInAttempt, settleSignInAttempt, type SignInThrottle } from "@/lib/auth/sign-in-throttle";
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { resetDemoAccount } from "@/lib/services/account/reset-demo-account";

// Development and tests get a fixed secret; production must bring its own (better-auth refuses the default).
const DEVELOPMENT_SECRET = "nutriweek-development-secret-not-for-production-use";

export interface AuthOptions {
  /**
   * Believe CLIENT_ADDRESS_HEADER (scripts/server.ts writes it from the socket). Without it no header is
   * believed and better-auth keys its limits on one shared "no-trusted-ip" bucket.
   */
  trustClientAddressHeader?: boolean;
  signInThrottle?: SignInThrottle;
}

export function createAuth(db: Database, options: AuthOptions = {}) {
  const trustClientAddressHeader = options.trustClientAddressHeader ?? env.NUTRIWEEK_SERVER;
  const throttle = options.signInThrottle ?? {
    maxFailures: env.AUTH_ACCOUNT_FAILURE_MAX,
    windowSeconds: env.AUTH_ACCOUNT_FAILURE_WINDOW_S,
  };
  return betterAuth({
    appName: "NutriWeek",
    baseURL: env.BETTER_AUTH_URL,
    trustedOrigins: env.BETTER_AUTH_TRUSTED_ORIGINS,
    secret: env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET),
    database: prismaAdapter(db.prisma, { provider: "postgresql" }),
    // autoSignIn off: sign-up then answers an existing address exactly like a new one (a made-up user, no
    // session), so it tells nobody which addresses are registered. The form signs in right after.
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: false },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    // It answers every session of the user with its raw token; nothing of ours needs it (ADR 016).
    disabledPaths: ["/list-sessions"],
    advanced: {
      ipAddress: {
        ipAddressHeaders: trustClientAddressHeader ? [CLIENT_ADDRESS_HEADER] : [],
        ipv6Subnet: 64,
      },
    },
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
        refuseCommonPassword(ctx.path, ctx.body);
        await refuseForDemoAccount(ctx.path, async () => (await getSessionFromCtx(ctx))?.user.email);
        if (ctx.path === SIGN_IN_PATH && typeof ctx.body?.email === "string") {
          await reserveSignInAttempt(db, ctx.body.email, throttle);
        }
        const name = normalizedUserName(ctx.path, ctx.body);
        if (name !== undefined) return { context: { body: { ...ctx.body, name } } };
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH || typeof ctx.body?.email !== "string") return;
        const succeeded = !isAPIError(ctx.context.returned);
        await settleSignInAttempt(db, ctx.body.email, succeeded);
        const user = ctx.context.newSession?.user;
        if (succeeded && user && isDemoAccount(user.email)) await resetDemoAccount(db, user.id);
      }),
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
