// better-auth as the app configures it (lib/auth/config.ts), on a real database: whose address counts, the
// per-account sign-in throttle, sign-up that names no registered address, user names, and the demo account.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/lib/auth/config";
import { DEMO_ACCOUNT } from "@/lib/auth/demo-account";
import { demoAccountEnabled, env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security/client-address";
import { deleteAccount } from "@/lib/services/account/delete-account";
import { ensureDemoAccount } from "@/lib/services/account/ensure-demo-account";
import { exportAccountData } from "@/lib/services/account/export-account-data";
import { generateWeeklyPlan } from "@/lib/services/planning/generate-weekly-plan";
import { saveProfile } from "@/lib/services/profile/save-profile";
import { listPantry, setPantryItem } from "@/lib/services/shopping/pantry";
import { openTestDatabase, testDatabaseKinds, useTestDatabase } from "@/tests/setup/test-databases";

const ORIGIN = "http://localhost:3000";
const PASSWORD = "plum-tarts-are-9";
const THROTTLE = { maxFailures: 5, windowSeconds: 900 };

let addressCounter = 0;
/** A fresh client address per call, as an attacker with many addresses (or a botnet) would have. */
const freshAddress = () => `198.18.${Math.floor(++addressCounter / 250) % 250}.${addressCounter % 250}`;
const email = (label: string) => `${label}-${randomUUID()}@example.test`;

describe.each(testDatabaseKinds())("sign-in and account guards on %s", (kind) => {
  const db = useTestDatabase(kind);
  let auth: ReturnType<typeof createAuth>;
  beforeAll(() => {
    auth = createAuth(db, { trustClientAddressHeader: true, signInThrottle: THROTTLE });
  });

  function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return auth.handler(
      new Request(`${ORIGIN}/api/auth${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
        body: JSON.stringify(body),
      }),
    );
  }
  const from = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: address });
  const cookieOf = (response: Response) =>
    response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");

  async function signedUp(label: string) {
    const address = email(label);
    expect(
      (
        await post(
          "/sign-up/email",
          { email: address, password: PASSWORD, name: label },
          from(freshAddress()),
        )
      ).status,
    ).toBe(200);
    return address;
  }

  it("keys the address limit on the server-written address, not on X-Forwarded-For", async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < env.AUTH_RATE_LIMIT_MAX + 2; attempt++) {
      const forged = { "x-forwarded-for": `172.16.${attempt}.1`, ...from(address) };
      const response = await post(
        "/sign-in/email",
        { email: email("nobody"), password: "wrong-password-1" },
        forged,
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, env.AUTH_RATE_LIMIT_MAX).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(env.AUTH_RATE_LIMIT_MAX)).toEqual([429, 429]);
    const buckets = await db.prisma.rateLimit.count({ where: { key: { startsWith: `${address}|` } } });
    expect(buckets).toBe(1);
  });

  it("throttles failed sign-ins per account even when every guess comes from a new address", async () => {
    const victim = await signedUp("victim");
    const statuses: number[] = [];
    let throttled: Response | undefined;
    for (let guess = 0; guess < THROTTLE.maxFailures + 3; guess++) {
      const response = await post(
        "/sign-in/email",
        { email: victim, password: `guess-${guess}-xyz` },
        from(freshAddress()),
      );
      statuses.push(response.status);
      if (response.status === 429) throttled ??= response;
    }
    expect(statuses.slice(0, THROTTLE.maxFailures)).toEqual(Array(THROTTLE.maxFailures).fill(401));
    expect(statuses.slice(THROTTLE.maxFailures)).toEqual([429, 429, 429]);
    expect(Number(throttled!.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await throttled!.json()).message).toMatch(
      /Too many failed sign-ins for this account\. Wait \d+ minutes/,
    );
    // Even the right password waits: the guesser cannot learn it by trying it last.
    const rightPassword = await post(
      "/sign-in/email",
      { email: victim.toUpperCase(), password: PASSWORD },
      from(freshAddress()),
    );
    expect(rightPassword.status).toBe(429);
    // Another account is untouched.
    const other = await signedUp("bystander");
    expect(
      (await post("/sign-in/email", { email: other, password: PASSWORD }, from(freshAddress()))).status,
    ).toBe(200);
  });

  it("forgets an account's failed attempts after the right password", async () => {
    const owner = await signedUp("forgetful");
    for (let guess = 0; guess < THROTTLE.maxFailures - 1; guess++) {
      await post("/sign-in/email", { email: owner, password: `typo-${guess}-xyz` }, from(freshAddress()));
    }
    expect(
      (await post("/sign-in/email", { email: owner, password: PASSWORD }, from(freshAddress()))).status,
    ).toBe(200);
    const typo = await post(
      "/sign-in/email",
      { email: owner, password: "one-more-typo" },
      from(freshAddress()),
    );
    expect(typo.status).toBe(401);
  });

  it("answers sign-up for a registered address exactly like for a new one, and signs nobody in", async () => {
    const taken = await signedUp("taken");
    const shape = async (response: Response) => {
      const body = await response.json();
      return {
        status: response.status,
        keys: Object.keys(body).sort(),
        token: body.token,
        user: Object.keys(body.user).sort(),
      };
    };
    const again = await post(
      "/sign-up/email",
      { email: taken, password: "another-pass-77", name: "x" },
      from(freshAddress()),
    );
    const fresh = await post(
      "/sign-up/email",
      { email: email("fresh"), password: "another-pass-77", name: "x" },
      from(freshAddress()),
    );
    const [againShape, freshShape] = [await shape(again), await shape(fresh)];
    expect(againShape).toEqual(freshShape);
    expect(freshShape.token).toBeNull();
    expect(again.headers.getSetCookie()).toEqual([]);
    expect(await db.prisma.session.count({ where: { user: { email: taken } } })).toBe(0);
    // The owner's password is untouched: the second sign-up changed nothing.
    expect(
      (await post("/sign-in/email", { email: taken, password: PASSWORD }, from(freshAddress()))).status,
    ).toBe(200);
  });

  it("stores names trimmed and refuses one over 100 characters, at sign-up and on update", async () => {
    const spaced = email("spaced");
    await post(
      "/sign-up/email",
      { email: spaced, password: PASSWORD, name: "   Ann Lee  " },
      from(freshAddress()),
    );
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: spaced } })).name).toBe("Ann Lee");

    const long = await post(
      "/sign-up/email",
      { email: email("long"), password: PASSWORD, name: "x".repeat(101) },
      from(freshAddress()),
    );
    expect(long.status).toBe(400);
    expect((await long.json()).message).toBe("Use at most 100 characters for your name");
    const blank = await post(
      "/sign-up/email",
      { email: email("blank"), password: PASSWORD, name: "   " },
      from(freshAddress()),
    );
    expect(blank.status).toBe(400);

    const signIn = await post("/sign-in/email", { email: spaced, password: PASSWORD }, from(freshAddress()));
    const update = await post("/update-user", { name: "y".repeat(5000) }, { cookie: cookieOf(signIn) });
    expect(update.status).toBe(400);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: spaced } })).name).toBe("Ann Lee");
  });

  it("does not serve other sessions' raw tokens to anyone", async () => {
    const owner = await signedUp("sessions");
    const first = await post("/sign-in/email", { email: owner, password: PASSWORD }, from(freshAddress()));
    await post("/sign-in/email", { email: owner, password: PASSWORD }, from(freshAddress()));
    const list = await auth.handler(
      new Request(`${ORIGIN}/api/auth/list-sessions`, {
        headers: { origin: ORIGIN, cookie: cookieOf(first) },
      }),
    );
    expect(list.status).toBe(404);
  });

  describe("the demo account", () => {
    let demoCookie: string;
    let demoId: string;
    beforeAll(async () => {
      await ensureDemoAccount(db, new Date(), true);
      demoId = (await db.prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } })).id;
    });
    const signInAsDemo = async () => {
      const response = await post(
        "/sign-in/email",
        { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password },
        from(freshAddress()),
      );
      expect(response.status).toBe(200);
      demoCookie = cookieOf(response);
    };

    it.each([
      ["/change-password", { currentPassword: DEMO_ACCOUNT.password, newPassword: "locked-you-out-42" }],
      ["/change-email", { newEmail: "mine@example.test" }],
      ["/update-user", { name: "Pwned" }],
      ["/delete-user", { password: DEMO_ACCOUNT.password }],
      ["/revoke-sessions", {}],
      ["/revoke-other-sessions", {}],
    ])("refuses %s with a 403 that says why", async (path, body) => {
      await signInAsDemo();
      const response = await post(path, body, { cookie: demoCookie });
      expect(response.status).toBe(403);
      expect((await response.json()).message).toMatch(/demo account is shared/);
    });

    it("still signs in with the published password, and other sessions survive", async () => {
      await signInAsDemo();
      const earlier = demoCookie;
      await signInAsDemo();
      expect(await auth.api.getSession({ headers: new Headers({ cookie: earlier }) })).not.toBeNull();
      const account = await db.prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } });
      expect(account.name).toBe(DEMO_ACCOUNT.name);
    });

    it("goes back to its seeded state at every sign-in, and cannot be deleted by our own form", async () => {
      await signInAsDemo();
      const profile = (await exportAccountData(demoId, db))!.profile!;
      await saveProfile(demoId, { ...profile, diet: "omnivore", weightKg: 99 }, profile.version, db);
      await generateWeeklyPlan(demoId, "2026-11-23", db);
      const food = await db.prisma.food.findFirstOrThrow({ select: { id: true } });
      await setPantryItem(demoId, food.id, 500, db);

      await signInAsDemo();
      const after = (await exportAccountData(demoId, db))!;
      expect(after.profile).toMatchObject({ diet: "vegan", weightKg: 62, version: 1 });
      expect(after.profileVersions).toHaveLength(1);
      expect(after.plans).toEqual([]);
      expect((await listPantry(demoId, db)).items).toEqual([]);
      expect(after.account.sessions).toEqual([]); // other visitors' addresses and browsers stay theirs

      const demoUser = { id: demoId, email: DEMO_ACCOUNT.email };
      await expect(deleteAccount(demoUser, DEMO_ACCOUNT.email, db)).rejects.toMatchObject({ status: 403 });
      expect(await db.prisma.user.count({ where: { id: demoId } })).toBe(1);
    });
  });

  it("creates the demo only where it is enabled: the embedded database, or DEMO_ACCOUNT=on", async () => {
    expect(demoAccountEnabled({ ...env, DATABASE_URL: undefined, DEMO_ACCOUNT: undefined })).toBe(true);
    expect(demoAccountEnabled({ ...env, DATABASE_URL: "postgresql://db/x", DEMO_ACCOUNT: undefined })).toBe(
      false,
    );
    expect(demoAccountEnabled({ ...env, DATABASE_URL: "postgresql://db/x", DEMO_ACCOUNT: "on" })).toBe(true);
    expect(demoAccountEnabled({ ...env, DATABASE_URL: undefined, DEMO_ACCOUNT: "off" })).toBe(false);
    const fresh = await openTestDatabase("pglite");
    try {
      expect(await ensureDemoAccount(fresh, new Date(), false)).toBe("disabled");
      expect(await fresh.prisma.user.count({ where: { email: DEMO_ACCOUNT.email } })).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});
