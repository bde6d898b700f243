import "server-only";
import { eq } from "drizzle-orm";
import { memberDocuments, memberProfiles, memberships } from "@/db/schema";
import { worksForAnotherOrg } from "@/lib/auth/employment";
import { revokeAllSessions } from "@/lib/auth/sessions";
import type { OrgContext } from "@/lib/context";
import { removeStoredFile } from "@/lib/files/store";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertNotLastAdmin, forgetMembership, getMembershipInOrgOrThrow } from "./internal";
import { memberTargetSchema } from "./schemas";

export async function removeMember(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "members.remove");
  const { userId } = parseInput(memberTargetSchema, input);
  const storageKeys = await ctx.t.transaction(async (t) => {
    const member = await getMembershipInOrgOrThrow(t, userId);
    if (member.role === "admin") await assertNotLastAdmin(t, userId);
    // reports_to has no ON DELETE action: the people they managed are left without a manager
    // (and their department scope) rather than blocking the removal.
    await t.db
      .update(memberProfiles)
      .set({ reportsTo: null })
      .where(t.where(memberProfiles, eq(memberProfiles.reportsTo, userId)));
    // Their documents (SPEC T6) go with the membership, their files after the commit. The lock
    // makes an upload for them meanwhile wait and then fail (its file is removed by the upload).
    await t.db
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(t.where(memberships, eq(memberships.userId, userId)))
      .for("update");
    const documents = await t.db
      .delete(memberDocuments)
      .where(t.where(memberDocuments, eq(memberDocuments.userId, userId)))
      .returning({ storageKey: memberDocuments.storageKey });
    await t.db.delete(memberships).where(t.where(memberships, eq(memberships.userId, userId)));
    // Someone removed from their last org they still work for has nothing left to be signed in to.
    if (!(await worksForAnotherOrg(userId, t.orgId))) await revokeAllSessions(userId, t.db);
    return documents.map((d) => d.storageKey);
  });
  forgetMembership(ctx.org.id, userId);
  await Promise.all(storageKeys.map((key) => removeStoredFile(key)));
}
