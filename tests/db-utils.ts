// Users, profiles and plans for integration tests, made through the same services and better-auth handler
// the app uses. Each call makes a new user, so tests never share rows and can run in any order.
import { randomUUID } from "node:crypto";
import type { Auth } from "@/lib/auth/config";
import type { Database } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import type { DietaryProfile } from "@/lib/nutrition/profile";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { saveProfile } from "@/lib/services/profile/save-profile";
import { buildProfile } from "@/tests/factories/profile";
import { PLAN_WEEK } from "@/tests/factories/plan";
import { newUserCredentials, type UserCredentials } from "@/tests/factories/user";

export const AUTH_ORIGIN = "http://localhost:3000";

/** A user row only (no password, no session): enough for services that take a user id. */
export async function createUser(db: Database, label = "user"): Promise<{ id: string; email: string }> {
  const { email, name } = newUserCredentials(label);
  // better-auth makes its own ids; a row made here gets one that says which test it belongs to.
  const id = `${label}-${randomUUID()}`;
  await db.prisma.user.create({ data: { id, email, name } });
  return { id, email };
}

/** A random private address: better-auth counts attempts per IP, and each test wants counters of its own. */
export function randomIp(): string {
  const octet = () => Math.floor(Math.random() * 250);
  return `10.${octet()}.${octet()}.${octet()}`;
}

/** A POST to better-auth's handler, as a browser on AUTH_ORIGIN would send it. */
export function authPost(auth: Auth, path: string, body: unknown, options: { ip: string; cookie?: string }) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    origin: AUTH_ORIGIN,
    [CLIENT_ADDRESS_HEADER]: options.ip,
  };
  if (options.cookie) headers.cookie = options.cookie;
  return auth.handler(
    new Request(`${AUTH_ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }),
  );
}

/** The Cookie header a browser would send back after `response`. */
export function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

export interface SignedUpUser extends UserCredentials {
  id: string;
  /** The session cookie of a sign-in right after sign-up (sign-up itself signs nobody in, ADR 016). */
  cookie: string;
}

/** A real account: signed up through better-auth, with a password and a session. */
export async function signUpUser(db: Database, auth: Auth, label = "user"): Promise<SignedUpUser> {
  const credentials = newUserCredentials(label);
  const ip = randomIp();
  const signUp = await authPost(auth, "/sign-up/email", credentials, { ip });
  if (signUp.status !== 200) throw new Error(`sign-up answered ${signUp.status}: ${await signUp.text()}`);
  const { email, password } = credentials;
  const response = await authPost(auth, "/sign-in/email", { email, password }, { ip });
  if (response.status !== 200)
    throw new Error(`sign-in answered ${response.status}: ${await response.text()}`);
  const { id } = await db.prisma.user.findUniqueOrThrow({
    where: { email: credentials.email },
    select: { id: true },
  });
  return { ...credentials, id, cookie: cookieOf(response) };
}

/** Saves a first profile version (the starter profile with `overrides`) for the user. */
export async function createProfile(
  db: Database,
  userId: string,
  overrides: Partial<DietaryProfile> = {},
): Promise<DietaryProfile> {
  const profile = buildProfile(overrides);
  await saveProfile(userId, profile, null, db);
  return profile;
}

/** A new user with a first profile (the starter profile with `overrides`); returns the user's id. */
export async function createUserWithProfile(
  db: Database,
  label: string,
  overrides: Partial<DietaryProfile> = {},
): Promise<string> {
  const { id } = await createUser(db, label);
  await createProfile(db, id, overrides);
  return id;
}

/** Generates and saves the user's plan for `week` (the user needs a profile). */
export async function createPlan(db: Database, userId: string, week = PLAN_WEEK) {
  return generateWeeklyPlan(userId, week, db);
}

/** A user with a profile and a saved plan for `week`. */
export async function createPlannedUser(
  db: Database,
  options: { label?: string; profile?: Partial<DietaryProfile>; week?: string } = {},
) {
  const user = await createUser(db, options.label);
  const profile = await createProfile(db, user.id, options.profile);
  const result = await createPlan(db, user.id, options.week);
  return { userId: user.id, email: user.email, profile, planId: result.plan.id, result };
}
