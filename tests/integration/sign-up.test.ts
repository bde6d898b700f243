import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { memberships, orgs, users } from "@/db/schema";
import { signUp } from "@/lib/auth/sign-up";
import { ValidationError } from "@/lib/errors";
import { PASSWORD, uniqueEmail } from "./factories";
import { caught, closeConnections } from "./helpers";

const ARGON2ID_PREFIX = "$argon2id$v=19$m=19456,t=2,p=1$";

function usersWithEmail(email: string) {
  return db.select().from(users).where(eq(users.email, email));
}

describe("signUp", () => {
  afterAll(closeConnections);

  it("creates the user with an argon2id hash, the org named after the input and an admin membership at Manage", async () => {
    const suffix = randomUUID().slice(0, 8);
    const email = uniqueEmail("signup");
    const created = await signUp({ name: "Ayşe Yılmaz", email, password: PASSWORD, orgName: `Kiraz Bahçesi ${suffix}` }, "tr");

    expect(created.email).toBe(email);
    expect(created.orgSlug).toBe(`kiraz-bahcesi-${suffix}`);

    const [user] = await usersWithEmail(email);
    expect(user).toMatchObject({ id: created.userId, name: "Ayşe Yılmaz", locale: "tr", deactivatedAt: null });
    expect(user!.passwordHash).not.toContain(PASSWORD);
    expect(user!.passwordHash.startsWith(ARGON2ID_PREFIX)).toBe(true);

    const [org] = await db.select().from(orgs).where(eq(orgs.slug, created.orgSlug));
    expect(org).toMatchObject({ name: `Kiraz Bahçesi ${suffix}`, locale: "tr" });

    const rows = await db.select().from(memberships).where(eq(memberships.userId, created.userId));
    expect(rows).toEqual([expect.objectContaining({ orgId: org!.id, role: "admin", level: "manage" })]);
  });

  it("normalises the e-mail (trimmed, lower case)", async () => {
    const email = uniqueEmail("case");
    const created = await signUp({ name: "Case", email: `  ${email.toUpperCase()} `, password: PASSWORD, orgName: "Case Org" }, "en");
    expect(created.email).toBe(email);
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it("gives a second org with the same name a different slug", async () => {
    const name = `Twin ${randomUUID().slice(0, 8)}`;
    const first = await signUp({ name: "One", email: uniqueEmail("twin"), password: PASSWORD, orgName: name }, "en");
    const second = await signUp({ name: "Two", email: uniqueEmail("twin"), password: PASSWORD, orgName: name }, "en");
    expect(second.orgSlug).not.toBe(first.orgSlug);
    expect(second.orgSlug).toBe(`${first.orgSlug}-2`);
  });

  it("refuses an e-mail that already has an account, whatever its case, and creates no second user", async () => {
    const email = uniqueEmail("taken");
    await signUp({ name: "First", email, password: PASSWORD, orgName: "First Org" }, "en");
    const orgCount = (await db.select({ id: orgs.id }).from(orgs)).length;

    for (const again of [email, email.toUpperCase()]) {
      const error = await caught(signUp({ name: "Second", email: again, password: PASSWORD, orgName: "Second Org" }, "en"), ValidationError);
      expect(error.fieldErrors).toEqual({ email: "emailTaken" });
    }
    expect(await usersWithEmail(email)).toHaveLength(1);
    expect((await db.select({ id: orgs.id }).from(orgs)).length).toBe(orgCount);
  });

  it.each(["password123", "qwerty123", "Password123"])("refuses the common password %s", async (password) => {
    const email = uniqueEmail("common");
    const error = await caught(signUp({ name: "Common", email, password, orgName: "Common Org" }, "en"), ValidationError);
    expect(error.fieldErrors).toEqual({ password: "passwordCommon" });
    expect(await usersWithEmail(email)).toHaveLength(0);
  });

  it("refuses a 7-character password", async () => {
    const email = uniqueEmail("short");
    const error = await caught(signUp({ name: "Short", email, password: "Kz7-pQ2", orgName: "Short Org" }, "en"), ValidationError);
    expect(error.fieldErrors).toEqual({ password: "passwordTooShort" });
    expect(await usersWithEmail(email)).toHaveLength(0);
  });

  it("refuses a 129-character password", async () => {
    const email = uniqueEmail("long");
    const error = await caught(
      signUp({ name: "Long", email, password: "x".repeat(64) + "Y".repeat(65), orgName: "Long Org" }, "en"),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ password: "passwordTooLong" });
  });

  it.each([64, 128])("accepts a %i-character password", async (length) => {
    const email = uniqueEmail(`len${length}`);
    const password = "Zeytin-Dali-".repeat(11).slice(0, length);
    expect(password).toHaveLength(length);
    const created = await signUp({ name: "Long", email, password, orgName: "Long Org" }, "en");
    expect(created.email).toBe(email);
    expect(await usersWithEmail(email)).toHaveLength(1);
  });
});
