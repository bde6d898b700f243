import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { invitations, memberships, orgs } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeRole } from "@/lib/members/change-role";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { updateOrgSettings } from "@/lib/orgs/update-org-settings";
import { setMemberLevel } from "@/lib/permissions/set-level";
import { addMember, createOrg, uniqueEmail } from "./factories";
import { caught, closeConnections } from "./helpers";

async function tenantWithData(name: string) {
  const org = await createOrg(name);
  const viewer = await addMember(org, "view");
  const editor = await addMember(org, "edit");
  const invitation = await createInvitation(org.ctx, { email: uniqueEmail("pending"), role: "member", level: "view" });
  return { ...org, viewer, editor, invitationId: invitation.id };
}

async function membership(orgId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row;
}

async function orgRow(orgId: string) {
  const [row] = await db.select().from(orgs).where(eq(orgs.id, orgId));
  return row;
}

describe("tenant isolation", () => {
  let a: Awaited<ReturnType<typeof tenantWithData>>;
  let b: Awaited<ReturnType<typeof tenantWithData>>;

  beforeAll(async () => {
    a = await tenantWithData("Tenant A");
    b = await tenantWithData("Tenant B");
  });
  afterAll(closeConnections);

  it("an admin of A cannot remove a member of B", async () => {
    await caught(removeMember(a.ctx, { userId: b.viewer.userId }), NotFoundError);
    expect(await membership(b.orgId, b.viewer.userId)).toMatchObject({ role: "member", level: "view" });
  });

  it("an admin of A cannot remove B's admin", async () => {
    await caught(removeMember(a.ctx, { userId: b.userId }), NotFoundError);
    expect(await membership(b.orgId, b.userId)).toMatchObject({ role: "admin" });
  });

  it("an admin of A cannot change the role of a member of B", async () => {
    await caught(changeRole(a.ctx, { userId: b.editor.userId, role: "admin" }), NotFoundError);
    await caught(changeRole(a.ctx, { userId: b.userId, role: "member" }), NotFoundError);
    expect(await membership(b.orgId, b.editor.userId)).toMatchObject({ role: "member", level: "edit" });
    expect(await membership(b.orgId, b.userId)).toMatchObject({ role: "admin", level: "manage" });
  });

  it("an admin of A cannot set the level of a member of B", async () => {
    await caught(setMemberLevel(a.ctx, { userId: b.viewer.userId, level: "manage" }), NotFoundError);
    expect(await membership(b.orgId, b.viewer.userId)).toMatchObject({ level: "view" });
  });

  it("an admin of A cannot revoke B's invitation", async () => {
    await caught(revokeInvitation(a.ctx, { invitationId: b.invitationId }), NotFoundError);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, b.invitationId));
    expect(row).toMatchObject({ orgId: b.orgId, revokedAt: null, acceptedAt: null });
    expect((await listInvitations(b.ctx)).map((i) => i.id)).toContain(b.invitationId);
  });

  it("A's lists contain only A's members and invitations", async () => {
    const members = (await listMembers(a.ctx)).map((m) => m.userId);
    expect(members.sort()).toEqual([a.userId, a.viewer.userId, a.editor.userId].sort());
    for (const outsider of [b.userId, b.viewer.userId, b.editor.userId]) expect(members).not.toContain(outsider);

    const invites = (await listInvitations(a.ctx)).map((i) => i.id);
    expect(invites).toContain(a.invitationId);
    expect(invites).not.toContain(b.invitationId);
  });

  it("a user of A cannot open B's org by its slug", async () => {
    await caught(loadOrgContext(a.userId, b.orgSlug), NotFoundError);
    await caught(loadOrgContext(a.viewer.userId, b.orgSlug), NotFoundError);
    // ... and it looks the same as a slug that does not exist.
    await caught(loadOrgContext(a.userId, "no-such-org-anywhere"), NotFoundError);
  });

  it("A cannot take B's slug, and neither org changes", async () => {
    const beforeA = await orgRow(a.orgId);
    const beforeB = await orgRow(b.orgId);
    const error = await caught(
      updateOrgSettings(a.ctx, { name: "Renamed A", slug: b.orgSlug, locale: "tr", timeZone: "Europe/Istanbul", currency: "TRY" }),
      ValidationError,
    );
    expect(error.fieldErrors).toEqual({ slug: "slugTaken" });
    expect(await orgRow(a.orgId)).toEqual(beforeA);
    expect(await orgRow(b.orgId)).toEqual(beforeB);
  });

  it("A may invite someone who is a member of B only", async () => {
    const { id } = await createInvitation(a.ctx, { email: b.viewer.email, role: "member", level: "edit" });
    const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
    expect(row).toMatchObject({ orgId: a.orgId, email: b.viewer.email });
    expect((await listInvitations(b.ctx)).map((i) => i.email)).not.toContain(b.viewer.email);
  });

  it("A's new invitation to an address does not revoke B's pending invitation to it", async () => {
    const [pendingB] = await db.select().from(invitations).where(eq(invitations.id, b.invitationId));
    await createInvitation(a.ctx, { email: pendingB!.email, role: "member", level: "view" });
    const [after] = await db.select().from(invitations).where(eq(invitations.id, b.invitationId));
    expect(after!.revokedAt).toBeNull();
  });
});
