import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { invitations, memberships, users } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { setClock } from "@/lib/clock";
import { AppError, ForbiddenError, ValidationError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { describeInvitation } from "@/lib/invitations/find-invitation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { INVITATION_DAYS } from "@/lib/invitations/schemas";
import type { Level } from "@/lib/permissions/levels";
import { addMember, createOrg, PASSWORD, uniqueEmail } from "./factories";
import { caught, closeConnections, emailsTo, tokenFromLink, uniqueIp } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
const DAY = 24 * 60 * 60 * 1000;

describe("invitations", () => {
  let org: Org;

  /** Invites an address and returns the invitation id and the token from the e-mail. */
  async function invite(email: string, level: Level = "edit", role: "admin" | "member" = "member") {
    const { id } = await createInvitation(org.ctx, { email, role, level });
    const [latest] = await emailsTo(email);
    return { id, token: tokenFromLink(latest!.html, "/invite/") };
  }

  async function membershipOf(email: string) {
    const [row] = await db
      .select({ userId: users.id, role: memberships.role, level: memberships.level })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(users.email, email), eq(memberships.orgId, org.orgId)));
    return row;
  }

  beforeAll(async () => {
    org = await createOrg("Invite Org");
  });
  afterEach(() => setClock(null));
  afterAll(closeConnections);

  it("writes the invitation and an e-mail with its link; only the token's hash is stored", async () => {
    const email = uniqueEmail("invitee");
    const { id, token } = await invite(email);

    const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
    expect(row).toMatchObject({ orgId: org.orgId, email, role: "member", level: "edit", invitedBy: org.userId, tokenHash: hashToken(token) });
    expect(row!.acceptedAt).toBeNull();
    expect(row!.revokedAt).toBeNull();

    const emails = await emailsTo(email);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ kind: "invitation", orgId: org.orgId, status: "queued" });
    expect(emails[0]!.subject).toContain("Invite Org");

    expect((await listInvitations(org.ctx)).map((i) => i.id)).toContain(id);
  });

  it(`expires ${INVITATION_DAYS} days after creation`, async () => {
    const { id } = await invite(uniqueEmail("expiry"));
    const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
    const lifetime = row!.expiresAt.getTime() - row!.createdAt.getTime();
    expect(Math.abs(lifetime - INVITATION_DAYS * DAY)).toBeLessThan(60_000);
  });

  it("accepting creates the user with the chosen password and a membership at the invited level, once", async () => {
    const email = uniqueEmail("newcomer");
    const { token } = await invite(email, "contribute");

    const accepted = await acceptInvitation({ token, name: "Newcomer", password: PASSWORD }, null);
    expect(accepted).toEqual({ orgSlug: org.orgSlug, email, newUser: true });
    expect(await membershipOf(email)).toMatchObject({ role: "member", level: "contribute" });
    expect(await verifyCredentials({ email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ email, name: "Newcomer" });
    expect((await listInvitations(org.ctx)).map((i) => i.email)).not.toContain(email);

    const error = await caught(acceptInvitation({ token, name: "Again", password: "Another-Pass-99" }, null), AppError);
    expect(error.code).toBe("invitation.used");
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("an admin invitation makes an admin at Manage", async () => {
    const email = uniqueEmail("new-admin");
    const { token } = await invite(email, "view", "admin");
    await acceptInvitation({ token, name: "New Admin", password: PASSWORD }, null);
    expect(await membershipOf(email)).toMatchObject({ role: "admin", level: "manage" });
  });

  it("refuses an expired invitation", async () => {
    const email = uniqueEmail("late");
    const { id, token } = await invite(email);
    await db
      .update(invitations)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(invitations.id, id));

    const error = await caught(acceptInvitation({ token, name: "Late", password: PASSWORD }, null), AppError);
    expect(error.code).toBe("invitation.expired");
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
    expect((await listInvitations(org.ctx)).find((i) => i.id === id)).toMatchObject({ expired: true });
  });

  it(`an invitation sent at a moved time expires ${INVITATION_DAYS} days later by that clock, in the list and at the link`, async () => {
    const sentAt = new Date("2027-06-01T09:00:00Z");
    setClock(sentAt);
    const email = uniqueEmail("moved");
    const { id, token } = await invite(email);

    setClock(new Date(sentAt.getTime() + INVITATION_DAYS * DAY - 60_000));
    expect((await listInvitations(org.ctx)).find((i) => i.id === id)).toMatchObject({ expired: false });
    expect(await describeInvitation(token)).toMatchObject({ state: "valid" });

    setClock(new Date(sentAt.getTime() + INVITATION_DAYS * DAY + 60_000));
    expect((await listInvitations(org.ctx)).find((i) => i.id === id)).toMatchObject({ expired: true });
    expect(await describeInvitation(token)).toMatchObject({ state: "expired" });
    expect((await caught(acceptInvitation({ token, name: "Late", password: PASSWORD }, null), AppError)).code).toBe("invitation.expired");
  });

  it("refuses an unknown token", async () => {
    const error = await caught(acceptInvitation({ token: "no-such-invitation-token", name: "X", password: PASSWORD }, null), AppError);
    expect(error.code).toBe("invitation.unknown");
  });

  it("refuses to invite someone who is already a member", async () => {
    const member = await addMember(org, "view");
    const error = await caught(createInvitation(org.ctx, { email: member.email, role: "member", level: "edit" }), ValidationError);
    expect(error.fieldErrors).toEqual({ email: "alreadyMember" });
    expect(await emailsTo(member.email)).toHaveLength(0);
  });

  it("an address that has an account can be accepted only by that signed-in user, without a new user", async () => {
    const elsewhere = await createOrg("Elsewhere Org");
    const { token } = await invite(elsewhere.email, "view");
    const stranger = await addMember(org, "view");

    await caught(acceptInvitation({ token }, null), ForbiddenError);
    await caught(
      acceptInvitation({ token }, { id: stranger.userId, email: stranger.email, name: "User view", locale: null, orgsVersion: 0 }),
      ForbiddenError,
    );
    expect(await membershipOf(elsewhere.email)).toBeUndefined();

    const accepted = await acceptInvitation({ token }, { id: elsewhere.userId, email: elsewhere.email, name: "Admin", locale: null, orgsVersion: 0 });
    expect(accepted).toEqual({ orgSlug: org.orgSlug, email: elsewhere.email, newUser: false });
    expect(await membershipOf(elsewhere.email)).toMatchObject({ userId: elsewhere.userId, role: "member", level: "view" });
    expect(await db.select().from(users).where(eq(users.email, elsewhere.email))).toHaveLength(1);
    // Their own org is untouched.
    const own = await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, elsewhere.userId), eq(memberships.orgId, elsewhere.orgId)));
    expect(own).toEqual([expect.objectContaining({ role: "admin", level: "manage" })]);
  });

  it("a revoked invitation's link no longer works", async () => {
    const email = uniqueEmail("revoked");
    const { id, token } = await invite(email);
    await revokeInvitation(org.ctx, { invitationId: id });

    const error = await caught(acceptInvitation({ token, name: "Revoked", password: PASSWORD }, null), AppError);
    expect(error.code).toBe("invitation.used");
    expect((await listInvitations(org.ctx)).map((i) => i.id)).not.toContain(id);
  });

  it("a new invitation to the same address replaces the pending one", async () => {
    const email = uniqueEmail("twice");
    const first = await invite(email, "view");
    const second = await invite(email, "edit");
    expect(await emailsTo(email)).toHaveLength(2);

    const pending = (await listInvitations(org.ctx)).filter((i) => i.email === email);
    expect(pending.map((i) => i.id)).toEqual([second.id]);

    const error = await caught(acceptInvitation({ token: first.token, name: "Twice", password: PASSWORD }, null), AppError);
    expect(error.code).toBe("invitation.used");
    await acceptInvitation({ token: second.token, name: "Twice", password: PASSWORD }, null);
    expect(await membershipOf(email)).toMatchObject({ level: "edit" });
  });

  it("10 invitations to one address at the same time leave exactly one valid link", async () => {
    const email = uniqueEmail("burst");
    const created = await Promise.all(Array.from({ length: 10 }, () => createInvitation(org.ctx, { email, role: "member", level: "view" })));
    expect(new Set(created.map((c) => c.id)).size).toBe(10);

    const links = (await emailsTo(email)).map((e) => tokenFromLink(e.html, "/invite/"));
    expect(links).toHaveLength(10);
    const states = await Promise.all(links.map(async (token) => (await describeInvitation(token)).state));
    expect(states.filter((s) => s === "valid")).toHaveLength(1);
    expect((await listInvitations(org.ctx)).filter((i) => i.email === email)).toHaveLength(1);
  });

  it("normalises the invited address, so accepting creates a lower-case account", async () => {
    const email = uniqueEmail("mixed");
    const { id } = await createInvitation(org.ctx, { email: `  ${email.toUpperCase()}  `, role: "member", level: "view" });
    const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
    expect(row!.email).toBe(email);
  });
});
