import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailOutbox, passwordResets } from "@/db/schema";
import { requestPasswordReset, RESET_MINUTES } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { hashToken } from "@/lib/auth/tokens";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { AppError } from "@/lib/errors";
import { addMember, createOrg, PASSWORD, uniqueEmail } from "./factories";
import { caught, closeConnections, emailsTo, tokenFromLink, uniqueIp } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
const NEW_PASSWORD = "Ceviz-Kabugu-2027";
const OTHER_PASSWORD = "Badem-Cicegi-2028";

/** Asks for a reset link and returns the token from the e-mail that was written. */
async function requestToken(email: string) {
  await requestPasswordReset({ email }, "en");
  const [latest] = await emailsTo(email);
  return tokenFromLink(latest!.html, "/reset-password/");
}

const reset = (token: string, password = NEW_PASSWORD) => resetPassword({ token, password, confirm: password });

describe("password reset", () => {
  let org: Org;

  beforeAll(async () => {
    org = await createOrg("Reset Org");
  });
  afterAll(closeConnections);

  it("writes one e-mail to the address with a reset link that expires in an hour", async () => {
    const member = await addMember(org, "view");
    const before = Date.now();
    await requestPasswordReset({ email: member.email }, "en");

    const emails = await emailsTo(member.email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: "passwordReset", status: "queued", locale: "en" });
    const token = tokenFromLink(emails[0]!.html, "/reset-password/");
    expect(emails[0]!.text).toContain(`/reset-password/${token}`);

    // Only the hash is stored.
    const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, hashToken(token)));
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row!.expiresAt.getTime() - before).toBeGreaterThan((RESET_MINUTES - 1) * 60_000);
    expect(row!.expiresAt.getTime() - before).toBeLessThan((RESET_MINUTES + 1) * 60_000);
  });

  it("a link works once: the new password signs in, the old one does not, a second use is refused", async () => {
    const member = await addMember(org, "view");
    const token = await requestToken(member.email);

    expect(await reset(token)).toEqual({ email: member.email });
    expect(await verifyCredentials({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ id: member.userId });
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip: uniqueIp() })).toBeNull();

    const error = await caught(reset(token, OTHER_PASSWORD), AppError);
    expect(error.code).toBe("reset.used");
    expect(await verifyCredentials({ email: member.email, password: OTHER_PASSWORD, ip: uniqueIp() })).toBeNull();
  });

  it("refuses an expired link and keeps the old password", async () => {
    const member = await addMember(org, "view");
    const token = await requestToken(member.email);
    await db
      .update(passwordResets)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(passwordResets.tokenHash, hashToken(token)));

    const error = await caught(reset(token), AppError);
    expect(error.code).toBe("reset.expired");
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ id: member.userId });
  });

  it("refuses an unknown token", async () => {
    const error = await caught(reset("not-a-token-anyone-was-sent"), AppError);
    expect(error.code).toBe("reset.unknown");
  });

  it("answers an unknown e-mail without error and writes no e-mail", async () => {
    const email = uniqueEmail("nobody");
    const outboxBefore = (await db.select({ id: emailOutbox.id }).from(emailOutbox)).length;
    await expect(requestPasswordReset({ email }, "en")).resolves.toBeUndefined();
    expect(await emailsTo(email)).toHaveLength(0);
    expect((await db.select({ id: emailOutbox.id }).from(emailOutbox)).length).toBe(outboxBefore);
  });

  it("a newer request makes the earlier link unusable", async () => {
    const member = await addMember(org, "view");
    const first = await requestToken(member.email);
    const second = await requestToken(member.email);
    expect(second).not.toBe(first);
    expect(await emailsTo(member.email)).toHaveLength(2);

    const error = await caught(reset(first), AppError);
    expect(error.code).toBe("reset.used");
    await reset(second);
    expect(await verifyCredentials({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ id: member.userId });
  });

  it("refuses a common password on reset and leaves the link usable", async () => {
    const member = await addMember(org, "view");
    const token = await requestToken(member.email);
    await expect(reset(token, "password123")).rejects.toMatchObject({ fieldErrors: { password: "passwordCommon" } });
    await reset(token);
    expect(await verifyCredentials({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ id: member.userId });
  });
});
