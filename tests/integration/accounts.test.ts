import { beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/config";
import { findProfile, listProfileVersions } from "@/lib/db/profiles";
import { AppError } from "@/lib/errors/app-error";
import { saveProfile } from "@/lib/services/profile/save-profile";
import { listProfileHistory } from "@/lib/services/profile/list-profile-history";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { AUTH_ORIGIN, authPost, cookieOf, createProfile, createUser, randomIp } from "@/tests/db-utils";
import { buildProfile } from "@/tests/factories/profile";
import { newUserCredentials } from "@/tests/factories/user";
import { testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

describe.each(testDatabaseKinds())("accounts and profiles on %s", (kind) => {
  const db = useTestDatabase(kind);
  let auth: ReturnType<typeof createAuth>;
  beforeAll(() => {
    auth = createAuth(db, { trustClientAddressHeader: true });
  });

  it("signs up, signs in with a new session, and signing out ends it", async () => {
    const { email, password, name } = newUserCredentials("sign-in");
    const ip = randomIp();
    const signUp = await authPost(auth, "/sign-up/email", { email, password, name }, { ip });
    expect(signUp.status).toBe(200);
    const signIn = await authPost(auth, "/sign-in/email", { email, password }, { ip });
    expect(signIn.status).toBe(200);
    const cookie = cookieOf(signIn);
    expect(signIn.headers.getSetCookie().join("\n")).toMatch(/HttpOnly/i);
    const sessions = await db.prisma.session.count({ where: { user: { email } } });
    expect(sessions).toBe(1); // sign-up signs nobody in (ADR 016); the sign-in gets its session

    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
    const signOut = await authPost(auth, "/sign-out", {}, { ip, cookie });
    expect(signOut.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it("refuses short and common passwords", async () => {
    const ip = randomIp();
    const signUpWith = (password: string) =>
      authPost(auth, "/sign-up/email", { ...newUserCredentials(), password }, { ip });
    const short = await signUpWith("abc12");
    expect(short.status).toBe(400);
    const common = await signUpWith("password123");
    expect(common.status).toBe(400);
    expect(JSON.stringify(await common.json())).toContain("most common");
  });

  it("rate-limits sign-in attempts per IP, with counters stored in the database", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await authPost(
        auth,
        "/sign-in/email",
        { email: "nobody@example.test", password: "wrong-password-1" },
        { ip },
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(await db.prisma.rateLimit.count({ where: { key: { contains: ip } } })).toBeGreaterThan(0);
  });

  it("never rate-limits asking who is signed in (many people can share one address)", async () => {
    const ip = randomIp();
    const statuses = new Set<number>();
    for (let request = 0; request < 120; request++) {
      const response = await auth.handler(
        new Request(`${AUTH_ORIGIN}/api/auth/get-session`, {
          headers: { origin: AUTH_ORIGIN, [CLIENT_ADDRESS_HEADER]: ip },
        }),
      );
      statuses.add(response.status);
    }
    expect([...statuses]).toEqual([200]);
  });

  it("keeps every saved profile as a version and reads only the owner's rows", async () => {
    const { id: alice } = await createUser(db, "alice");
    const { id: bob } = await createUser(db, "bob");
    const first = buildProfile();
    expect(await saveProfile(alice, first, null, db)).toBe(1);
    expect(
      await saveProfile(alice, { ...first, diet: "vegetarian", favouredNutrients: ["calciumMg"] }, 1, db),
    ).toBe(2);
    const history = await listProfileHistory(alice, db);
    expect(history.map((entry) => entry.version)).toEqual([2, 1]);
    expect(history[0]!.changes).toEqual(expect.arrayContaining(["became vegetarian", "flagged calcium"]));
    expect(await findProfile(db, bob)).toBeNull();
    expect(await listProfileHistory(bob, db)).toEqual([]);
  });

  it("lets exactly one of two racing saves of the same version win", async () => {
    const { id } = await createUser(db, "racer");
    await createProfile(db, id);
    const results = await Promise.allSettled([
      saveProfile(id, buildProfile({ weightKg: 70 }), 1, db),
      saveProfile(id, buildProfile({ weightKg: 71 }), 1, db),
    ]);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
    const versions = await listProfileVersions(db, id);
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect((await findProfile(db, id))?.profile.weightKg).toBe(versions[0]!.profile.weightKg);
  });
});
