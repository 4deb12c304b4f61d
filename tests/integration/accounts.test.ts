import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/config";
import type { Database } from "@/lib/db/client";
import { findProfile, listProfileVersions } from "@/lib/db/profiles";
import { AppError } from "@/lib/errors/app-error";
import { starterProfile } from "@/lib/nutrition/default-profile";
import { saveProfile } from "@/lib/services/profile/save-profile";
import { listProfileHistory } from "@/lib/services/profile/list-profile-history";
import { openTestDatabase, testDatabaseKinds } from "@/tests/setup/test-databases";

const ORIGIN = "http://localhost:3000";

function authRequest(path: string, body: unknown, ip: string, cookie?: string) {
  return new Request(`${ORIGIN}/api/auth${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: ORIGIN,
      "x-forwarded-for": ip,
      ...(cookie ? { cookie } : {}),
    },
    body: JSON.stringify(body),
  });
}

const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe.each(testDatabaseKinds())("accounts and profiles on %s", (kind) => {
  let db: Database;
  let auth: ReturnType<typeof createAuth>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    auth = createAuth(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  const email = () => `user-${randomUUID()}@example.test`;

  it("signs up, signs in with a new session, and signing out ends it", async () => {
    const address = email();
    const ip = randomIp();
    const signUp = await auth.handler(
      authRequest("/sign-up/email", { email: address, password: "plum-tarts-are-9", name: "A" }, ip),
    );
    expect(signUp.status).toBe(200);
    const signIn = await auth.handler(
      authRequest("/sign-in/email", { email: address, password: "plum-tarts-are-9" }, ip),
    );
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect(signIn.headers.getSetCookie().join("\n")).toMatch(/HttpOnly/i);
    const sessions = await db.prisma.session.count({ where: { user: { email: address } } });
    expect(sessions).toBe(2); // sign-up's auto sign-in and the new login each get their own session

    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
    const signOut = await auth.handler(authRequest("/sign-out", {}, ip, cookie));
    expect(signOut.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
  });

  it("refuses short and common passwords", async () => {
    const ip = randomIp();
    const short = await auth.handler(
      authRequest("/sign-up/email", { email: email(), password: "abc12", name: "B" }, ip),
    );
    expect(short.status).toBe(400);
    const common = await auth.handler(
      authRequest("/sign-up/email", { email: email(), password: "password123", name: "B" }, ip),
    );
    expect(common.status).toBe(400);
    expect(JSON.stringify(await common.json())).toContain("most common");
  });

  it("rate-limits sign-in attempts per IP, with counters stored in the database", async () => {
    const ip = randomIp();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 12; attempt++) {
      const response = await auth.handler(
        authRequest("/sign-in/email", { email: "nobody@example.test", password: "wrong-password-1" }, ip),
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
        new Request(`${ORIGIN}/api/auth/get-session`, { headers: { origin: ORIGIN, "x-forwarded-for": ip } }),
      );
      statuses.add(response.status);
    }
    expect([...statuses]).toEqual([200]);
  });

  it("keeps every saved profile as a version and reads only the owner's rows", async () => {
    const alice = `alice-${randomUUID()}`;
    const bob = `bob-${randomUUID()}`;
    for (const id of [alice, bob]) {
      await db.prisma.user.create({ data: { id, email: `${id}@example.test`, name: id } });
    }
    const first = starterProfile(2026);
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
    const id = `racer-${randomUUID()}`;
    await db.prisma.user.create({ data: { id, email: `${id}@example.test`, name: id } });
    await saveProfile(id, starterProfile(2026), null, db);
    const results = await Promise.allSettled([
      saveProfile(id, { ...starterProfile(2026), weightKg: 70 }, 1, db),
      saveProfile(id, { ...starterProfile(2026), weightKg: 71 }, 1, db),
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
