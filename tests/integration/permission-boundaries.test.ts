import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { invitations, memberships, orgs } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { createInvitation } from "@/lib/invitations/create-invitation";
import { listInvitations } from "@/lib/invitations/list-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { changeRole } from "@/lib/members/change-role";
import { listMembers } from "@/lib/members/list-members";
import { removeMember } from "@/lib/members/remove-member";
import { getOrgSettings } from "@/lib/orgs/get-org-settings";
import { loadOrgContext } from "@/lib/orgs/load-org-context";
import { updateOrgSettings } from "@/lib/orgs/update-org-settings";
import type { Level } from "@/lib/permissions/levels";
import { setMemberLevel } from "@/lib/permissions/set-level";
import { addMember, createOrg, uniqueEmail } from "./factories";
import { caught, closeConnections, emailsTo } from "./helpers";

type Org = Awaited<ReturnType<typeof createOrg>>;
type Verb =
  | "listMembers"
  | "getOrgSettings"
  | "listInvitations"
  | "createInvitation"
  | "revokeInvitation"
  | "setMemberLevel"
  | "updateOrgSettings"
  | "removeMember"
  | "changeRole";

const VIEW_AND_UP: Level[] = ["view", "contribute", "edit", "manage"];

/** Written out rather than derived from lib/permissions, so a changed rule fails here. */
const ALLOWED_MEMBER_LEVELS: Record<Verb, Level[]> = {
  listMembers: VIEW_AND_UP,
  getOrgSettings: VIEW_AND_UP,
  listInvitations: ["manage"],
  createInvitation: ["manage"],
  revokeInvitation: ["manage"],
  setMemberLevel: ["manage"],
  updateOrgSettings: [],
  removeMember: [],
  changeRole: [],
};

const ACTORS: { label: string; level: Level; role: "admin" | "member" }[] = [
  ...(["none", "view", "contribute", "edit", "manage"] as const).map((level) => ({ label: `member at ${level}`, level, role: "member" as const })),
  { label: "admin", level: "manage", role: "admin" },
];

async function membership(orgId: string, userId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row;
}

async function invitationRow(id: string) {
  const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
  return row;
}

afterAll(closeConnections);

describe.each(ACTORS)("permission boundaries: $label", ({ level, role }) => {
  let org: Org;
  let ctx: OrgContext;
  const allowed = (verb: Verb) => role === "admin" || ALLOWED_MEMBER_LEVELS[verb].includes(level);

  beforeAll(async () => {
    org = await createOrg("Boundary Org");
    ctx = (await addMember(org, level, role)).ctx;
  });

  it("listMembers", async () => {
    if (!allowed("listMembers")) return void (await caught(listMembers(ctx), ForbiddenError));
    const rows = await listMembers(ctx);
    expect(rows.find((r) => r.isSelf)).toMatchObject({ userId: ctx.actor.userId, role, level: role === "admin" ? "manage" : level });
    expect(rows.map((r) => r.userId)).toContain(org.userId);
  });

  it("getOrgSettings", () => {
    if (!allowed("getOrgSettings")) return void expect(() => getOrgSettings(ctx)).toThrow(ForbiddenError);
    expect(getOrgSettings(ctx)).toEqual({
      slug: org.orgSlug,
      name: "Boundary Org",
      locale: "en",
      timeZone: "Europe/Istanbul",
      currency: "EUR",
      phoneCountry: null,
    });
  });

  it("listInvitations", async () => {
    const { id } = await createInvitation(org.ctx, { email: uniqueEmail("listed"), role: "member", level: "view" });
    if (!allowed("listInvitations")) return void (await caught(listInvitations(ctx), ForbiddenError));
    expect((await listInvitations(ctx)).map((i) => i.id)).toContain(id);
  });

  it("createInvitation", async () => {
    const email = uniqueEmail("invited");
    const attempt = createInvitation(ctx, { email, role: "member", level: "contribute" });
    if (!allowed("createInvitation")) {
      await caught(attempt, ForbiddenError);
      expect(await db.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(0);
      expect(await emailsTo(email)).toHaveLength(0);
      return;
    }
    const { id } = await attempt;
    expect(await invitationRow(id)).toMatchObject({ email, invitedBy: ctx.actor.userId, level: "contribute" });
    expect(await emailsTo(email)).toHaveLength(1);
  });

  it("createInvitation of an admin needs the admin role", async () => {
    const email = uniqueEmail("invited-admin");
    const attempt = createInvitation(ctx, { email, role: "admin", level: "manage" });
    if (role !== "admin") {
      await caught(attempt, ForbiddenError);
      expect(await db.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(0);
      return;
    }
    const { id } = await attempt;
    expect(await invitationRow(id)).toMatchObject({ role: "admin", level: "manage" });
  });

  it("revokeInvitation", async () => {
    const { id } = await createInvitation(org.ctx, { email: uniqueEmail("to-revoke"), role: "member", level: "view" });
    if (!allowed("revokeInvitation")) {
      await caught(revokeInvitation(ctx, { invitationId: id }), ForbiddenError);
      expect(await invitationRow(id)).toMatchObject({ revokedAt: null });
      return;
    }
    await revokeInvitation(ctx, { invitationId: id });
    expect((await invitationRow(id))!.revokedAt).toBeInstanceOf(Date);
  });

  it("setMemberLevel", async () => {
    const target = await addMember(org, "view");
    if (!allowed("setMemberLevel")) {
      await caught(setMemberLevel(ctx, { userId: target.userId, level: "manage" }), ForbiddenError);
      expect(await membership(org.orgId, target.userId)).toMatchObject({ level: "view" });
      return;
    }
    await setMemberLevel(ctx, { userId: target.userId, level: "edit" });
    expect(await membership(org.orgId, target.userId)).toMatchObject({ level: "edit" });
  });

  it("updateOrgSettings (admin only)", async () => {
    const [before] = await db.select().from(orgs).where(eq(orgs.id, org.orgId));
    const input = { name: "Renamed Org", slug: org.orgSlug, locale: "ro", timeZone: "Europe/Bucharest", currency: "RON" };
    if (!allowed("updateOrgSettings")) {
      await caught(updateOrgSettings(ctx, input), ForbiddenError);
      expect((await db.select().from(orgs).where(eq(orgs.id, org.orgId)))[0]).toEqual(before);
      return;
    }
    await updateOrgSettings(ctx, input);
    expect((await db.select().from(orgs).where(eq(orgs.id, org.orgId)))[0]).toMatchObject({ name: "Renamed Org", locale: "ro", currency: "RON" });
  });

  it("removeMember (admin only)", async () => {
    const target = await addMember(org, "edit");
    if (!allowed("removeMember")) {
      await caught(removeMember(ctx, { userId: target.userId }), ForbiddenError);
      expect(await membership(org.orgId, target.userId)).toBeDefined();
      return;
    }
    await removeMember(ctx, { userId: target.userId });
    expect(await membership(org.orgId, target.userId)).toBeUndefined();
  });

  it("changeRole (admin only)", async () => {
    const target = await addMember(org, "edit");
    if (!allowed("changeRole")) {
      await caught(changeRole(ctx, { userId: target.userId, role: "admin" }), ForbiddenError);
      expect(await membership(org.orgId, target.userId)).toMatchObject({ role: "member", level: "edit" });
      return;
    }
    await changeRole(ctx, { userId: target.userId, role: "admin" });
    expect(await membership(org.orgId, target.userId)).toMatchObject({ role: "admin", level: "manage" });
  });
});

describe("rules of roles", () => {
  it("an admin's level cannot be set: admins are always Manage", async () => {
    const org = await createOrg("Roles Org");
    const manager = await addMember(org, "manage");
    const otherAdmin = await addMember(org, "manage", "admin");
    for (const [actor, target] of [
      [org.ctx, otherAdmin.userId],
      [org.ctx, org.userId],
      [manager.ctx, org.userId],
    ] as const) {
      const error = await caught(setMemberLevel(actor, { userId: target, level: "view" }), ConflictError);
      expect(error.code).toBe("adminAlwaysManage");
    }
    expect(await membership(org.orgId, otherAdmin.userId)).toMatchObject({ role: "admin", level: "manage" });
  });

  it("the last admin can be neither removed nor demoted", async () => {
    const org = await createOrg("Last Admin Org");
    const removal = await caught(removeMember(org.ctx, { userId: org.userId }), ConflictError);
    expect(removal.code).toBe("lastAdmin");
    const demotion = await caught(changeRole(org.ctx, { userId: org.userId, role: "member" }), ConflictError);
    expect(demotion.code).toBe("lastAdmin");
    expect(await membership(org.orgId, org.userId)).toMatchObject({ role: "admin", level: "manage" });
  });

  it("promoting sets Manage; once another admin exists the first can be demoted, keeping Manage until lowered", async () => {
    const org = await createOrg("Promotion Org");
    const member = await addMember(org, "view");

    await changeRole(org.ctx, { userId: member.userId, role: "admin" });
    expect(await membership(org.orgId, member.userId)).toMatchObject({ role: "admin", level: "manage" });

    const newAdmin = await loadOrgContext(member.userId, org.orgSlug);
    await changeRole(newAdmin, { userId: org.userId, role: "member" });
    expect(await membership(org.orgId, org.userId)).toMatchObject({ role: "member", level: "manage" });

    await setMemberLevel(newAdmin, { userId: org.userId, level: "contribute" });
    expect(await membership(org.orgId, org.userId)).toMatchObject({ role: "member", level: "contribute" });

    // The demoted founder now acts with the lowered level.
    const founder = await loadOrgContext(org.userId, org.orgSlug);
    await caught(listInvitations(founder), ForbiddenError);

    // Now the promoted member is the last admin.
    const error = await caught(changeRole(newAdmin, { userId: member.userId, role: "member" }), ConflictError);
    expect(error.code).toBe("lastAdmin");
  });

  it("an admin can be removed once another admin exists", async () => {
    const org = await createOrg("Two Admins Org");
    const second = await addMember(org, "manage", "admin");
    await removeMember(second.ctx, { userId: org.userId });
    expect(await membership(org.orgId, org.userId)).toBeUndefined();
    const error = await caught(removeMember(second.ctx, { userId: second.userId }), ConflictError);
    expect(error.code).toBe("lastAdmin");
  });

  it("two admins demoting or removing each other at the same time leave one admin", async () => {
    for (const verb of ["demote", "remove"] as const) {
      const org = await createOrg("Race Org");
      const second = await addMember(org, "manage", "admin");
      const act = (ctx: OrgContext, userId: string) =>
        verb === "demote" ? changeRole(ctx, { userId, role: "member" }) : removeMember(ctx, { userId });
      const results = await Promise.allSettled([act(org.ctx, second.userId), act(second.ctx, org.userId)]);

      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected");
      expect(refused?.reason).toBeInstanceOf(ConflictError);
      expect((refused?.reason as ConflictError).code).toBe("lastAdmin");
      const admins = await db
        .select()
        .from(memberships)
        .where(and(eq(memberships.orgId, org.orgId), eq(memberships.role, "admin")));
      expect(admins).toHaveLength(1);
    }
  });

  it("setting the role a member already has changes nothing", async () => {
    const org = await createOrg("Same Role Org");
    const member = await addMember(org, "edit");
    await changeRole(org.ctx, { userId: member.userId, role: "member" });
    expect(await membership(org.orgId, member.userId)).toMatchObject({ role: "member", level: "edit" });
  });
});
