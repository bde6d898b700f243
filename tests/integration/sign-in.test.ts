import { eq, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { loginFailures, users } from "@/db/schema";
import { THROTTLE } from "@/lib/auth/throttle";
import { setClock } from "@/lib/clock";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { RateLimitedError } from "@/lib/errors";
import { addMember, createOrg, PASSWORD, uniqueEmail } from "./factories";
import { caught, closeConnections, uniqueIp } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;

describe("verifyCredentials", () => {
  let org: Org;

  beforeAll(async () => {
    org = await createOrg("Sign In Org");
  });
  afterEach(() => setClock(null));
  afterAll(closeConnections);

  it("returns the user for the right password, whatever the case of the e-mail", async () => {
    const member = await addMember(org, "view");
    const expected = { id: member.userId, email: member.email, name: "User view" };
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip: uniqueIp() })).toEqual(expected);
    expect(await verifyCredentials({ email: member.email.toUpperCase(), password: PASSWORD, ip: uniqueIp() })).toEqual(expected);
  });

  it("returns the same null for a wrong password and for an unknown e-mail", async () => {
    const member = await addMember(org, "view");
    const wrong = await verifyCredentials({ email: member.email, password: `${PASSWORD}!`, ip: uniqueIp() });
    const unknown = await verifyCredentials({ email: uniqueEmail("nobody"), password: PASSWORD, ip: uniqueIp() });
    expect(wrong).toBeNull();
    expect(unknown).toBeNull();
  });

  it("returns null for a deactivated user even with the right password", async () => {
    const member = await addMember(org, "edit");
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, member.userId));
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip: uniqueIp() })).toBeNull();
  });

  it("does the argon2 work for an unknown e-mail as for a wrong password", async () => {
    const member = await addMember(org, "view");
    // Warm up: the first unknown-email call also computes the dummy hash.
    await verifyCredentials({ email: uniqueEmail("warm"), password: PASSWORD, ip: uniqueIp() });

    const time = async (email: string) => {
      const started = performance.now();
      await verifyCredentials({ email, password: "Wrong-Password-1", ip: uniqueIp() });
      return performance.now() - started;
    };
    const wrongPassword = await time(member.email);
    const unknownEmail = await time(uniqueEmail("ghost"));
    expect(wrongPassword).toBeGreaterThan(5);
    expect(unknownEmail).toBeGreaterThan(5);
  });

  const fail = (email: string, ip: string, i = 0) => verifyCredentials({ email, password: `Wrong-${i}-password`, ip });
  const { accountAtAddress, address, account } = THROTTLE;

  it(`blocks an account at one address after ${accountAtAddress.max} failures, even with the right password`, async () => {
    const victim = await addMember(org, "view");
    const other = await addMember(org, "view");
    const ip = uniqueIp();
    for (let i = 0; i < accountAtAddress.max; i++) expect(await fail(victim.email, ip, i)).toBeNull();

    const error = await caught(verifyCredentials({ email: victim.email, password: PASSWORD, ip }), RateLimitedError);
    expect(error.code).toBe("signInBlocked");
    // Another account from the same address is still allowed.
    expect(await verifyCredentials({ email: other.email, password: PASSWORD, ip })).toMatchObject({ id: other.userId });
  });

  it("does not let a stranger's failures from one address lock the real user out at another", async () => {
    const victim = await addMember(org, "view");
    const stranger = uniqueIp();
    for (let i = 0; i < accountAtAddress.max + 3; i++) await fail(victim.email, stranger, i).catch(() => null);
    await caught(verifyCredentials({ email: victim.email, password: PASSWORD, ip: stranger }), RateLimitedError);

    expect(await verifyCredentials({ email: victim.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ id: victim.userId });
  });

  it(`lets no more than ${accountAtAddress.max} guesses through when they arrive at the same time`, async () => {
    const victim = await addMember(org, "view");
    const ip = uniqueIp();
    const attempts = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => fail(victim.email, ip, i)));
    const verified = attempts.filter((a) => a.status === "fulfilled");
    const blocked = attempts.filter((a) => a.status === "rejected" && a.reason instanceof RateLimitedError);
    expect(blocked.length + verified.length).toBe(attempts.length);
    // Each verified guess is a password tried against the account: the limit must hold under concurrency too.
    expect(verified.length).toBeLessThanOrEqual(accountAtAddress.max);
  });

  it("does not count failures older than the window", async () => {
    const member = await addMember(org, "view");
    const ip = uniqueIp();
    for (let i = 0; i < accountAtAddress.max; i++) await fail(member.email, ip, i);
    const outsideWindow = new Date(Date.now() - (accountAtAddress.windowMinutes + 1) * 60_000);
    await db
      .update(loginFailures)
      .set({ createdAt: outsideWindow })
      .where(like(loginFailures.key, `%${member.email}%`));
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip })).toMatchObject({ id: member.userId });
  });

  it("counts failures in real time: a moved test clock does not forget them", async () => {
    const member = await addMember(org, "view");
    const ip = uniqueIp();
    for (let i = 0; i < accountAtAddress.max; i++) await fail(member.email, ip, i);
    // A day on by the verbs' clock, a moment later in fact: still the same run of guesses.
    setClock(new Date(Date.now() + 24 * 60 * 60_000));
    const error = await caught(verifyCredentials({ email: member.email, password: PASSWORD, ip }), RateLimitedError);
    expect(error.code).toBe("signInBlocked");
  });

  it(`blocks an address after ${address.max} failures across different accounts`, async () => {
    const member = await addMember(org, "view");
    const ip = uniqueIp();
    for (let i = 0; i < address.max; i++) {
      expect(await verifyCredentials({ email: uniqueEmail(`spray${i}`), password: "Spray-Password-1", ip })).toBeNull();
    }

    const error = await caught(verifyCredentials({ email: member.email, password: PASSWORD, ip }), RateLimitedError);
    expect(error.code).toBe("signInBlocked");
    // The same account from another address is fine: it failed nothing itself.
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ id: member.userId });
  });

  it(`caps an account at ${account.max} failures an hour over all addresses, however many guesses arrive together`, async () => {
    const victim = await addMember(org, "view");
    const guesses = (n: number) => Promise.allSettled(Array.from({ length: n }, (_, i) => fail(victim.email, uniqueIp(), i)));
    // A guesser with a new address for every guess: below the ceiling each guess is only checked…
    const below = await guesses(account.max - 1);
    expect(below.filter((a) => a.status === "fulfilled" && a.value === null)).toHaveLength(account.max - 1);
    // …and the real user still signs in.
    expect(await verifyCredentials({ email: victim.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ id: victim.userId });

    // Sent together, the next guesses see each other: one at most reaches the password check.
    const over = await guesses(20);
    expect(over.filter((a) => a.status === "fulfilled").length).toBeLessThanOrEqual(1);
    expect(over.filter((a) => a.status === "rejected" && a.reason instanceof RateLimitedError).length).toBeGreaterThanOrEqual(19);
    const error = await caught(verifyCredentials({ email: victim.email, password: PASSWORD, ip: uniqueIp() }), RateLimitedError);
    expect(error.code).toBe("signInBlocked");
  });

  it("a successful sign-in ends the run of failures at that address", async () => {
    const member = await addMember(org, "view");
    const ip = uniqueIp();
    for (let i = 0; i < accountAtAddress.max - 1; i++) await fail(member.email, ip, i);
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip })).toMatchObject({ id: member.userId });
    for (let i = 0; i < accountAtAddress.max - 1; i++) expect(await fail(member.email, ip, i)).toBeNull();
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip })).toMatchObject({ id: member.userId });
  });
});
