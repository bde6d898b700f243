import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { changePassword } from "@/lib/auth/change-password";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { createSession, getLiveSessionUser, revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { ValidationError } from "@/lib/errors";
import { removeMember } from "@/lib/members/remove-member";
import { createOrgForUser } from "@/lib/orgs/create-org-for-user";
import { addMember, createOrg, PASSWORD } from "./factories";
import { caught, closeConnections, emailsTo, tokenFromLink, uniqueIp } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
const NEW_PASSWORD = "Ceviz-Kabugu-2027";

async function signedInMember(org: Org, sessions = 2) {
  const member = await addMember(org, "edit");
  const ids: string[] = [];
  for (let i = 0; i < sessions; i++) ids.push(await createSession(member.userId));
  return { ...member, sessionIds: ids };
}

async function liveCount(sessionIds: string[]) {
  const live = await Promise.all(sessionIds.map((id) => getLiveSessionUser(id)));
  return live.filter(Boolean).length;
}

describe("sessions", () => {
  let org: Org;

  beforeAll(async () => {
    org = await createOrg("Sessions Org");
  });
  afterAll(closeConnections);

  it("a created session resolves to its user until it is revoked", async () => {
    const member = await addMember(org, "view");
    const sessionId = await createSession(member.userId);
    expect(await getLiveSessionUser(sessionId)).toEqual({
      id: member.userId,
      email: member.email,
      name: "User view",
      locale: null,
      orgsVersion: expect.any(Number),
    });

    await revokeSession(sessionId);
    expect(await getLiveSessionUser(sessionId)).toBeNull();
  });

  it("revokeSession ends only that session", async () => {
    const member = await signedInMember(org);
    await revokeSession(member.sessionIds[0]!);
    expect(await getLiveSessionUser(member.sessionIds[0]!)).toBeNull();
    expect(await getLiveSessionUser(member.sessionIds[1]!)).toMatchObject({ id: member.userId });
  });

  it("revokeAllSessions ends every session of the user and no one else's", async () => {
    const member = await signedInMember(org, 3);
    const bystander = await signedInMember(org, 1);
    await revokeAllSessions(member.userId);
    expect(await liveCount(member.sessionIds)).toBe(0);
    expect(await liveCount(bystander.sessionIds)).toBe(1);
  });

  it("changePassword ends every session of the user; the new password signs in", async () => {
    const member = await signedInMember(org);
    const user = { id: member.userId, email: member.email, name: "User edit", locale: null, orgsVersion: 0 };
    await changePassword(user, { current: PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(await liveCount(member.sessionIds)).toBe(0);
    expect(await verifyCredentials({ email: member.email, password: NEW_PASSWORD, ip: uniqueIp() })).toMatchObject({ id: member.userId });
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip: uniqueIp() })).toBeNull();
  });

  it("changePassword with a wrong current password changes nothing and keeps the sessions", async () => {
    const member = await signedInMember(org);
    const user = { id: member.userId, email: member.email, name: "User edit", locale: null, orgsVersion: 0 };
    const error = await caught(
      changePassword(user, { current: "Not-The-Password-1", password: NEW_PASSWORD, confirm: NEW_PASSWORD }),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ current: "wrongPassword" });
    expect(await liveCount(member.sessionIds)).toBe(2);
    expect(await verifyCredentials({ email: member.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ id: member.userId });
  });

  it("resetPassword ends every session of the user", async () => {
    const member = await signedInMember(org);
    await requestPasswordReset({ email: member.email }, { locale: "en", ip: uniqueIp() });
    const [email] = await emailsTo(member.email);
    const token = tokenFromLink(email!.html, "/reset-password/");
    await resetPassword({ token, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(await liveCount(member.sessionIds)).toBe(0);
  });

  it("removal from the user's only org ends their sessions", async () => {
    const member = await signedInMember(org);
    await removeMember(org.ctx, { userId: member.userId });
    expect(await liveCount(member.sessionIds)).toBe(0);
  });

  it("removal from one of two orgs keeps their sessions", async () => {
    const member = await signedInMember(org);
    await createOrgForUser({ id: member.userId, email: member.email, name: "User edit", locale: null, orgsVersion: 0 }, { name: "Own Org" }, "en");
    await removeMember(org.ctx, { userId: member.userId });
    expect(await liveCount(member.sessionIds)).toBe(2);
  });

  it("deactivating the user ends their sessions", async () => {
    const member = await signedInMember(org);
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, member.userId));
    expect(await liveCount(member.sessionIds)).toBe(0);
  });
});
