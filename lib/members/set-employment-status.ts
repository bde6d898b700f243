import "server-only";
import { memberProfiles } from "@/db/schema";
import { worksForAnotherOrg } from "@/lib/auth/employment";
import { revokeAllSessions } from "@/lib/auth/sessions";
import type { OrgContext } from "@/lib/context";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertNotLastAdmin, forgetMembership, getMembershipInOrgOrThrow } from "./internal";
import { setEmploymentStatusSchema } from "./schemas";

/**
 * SPEC T8. Dismissed or resigned, the member loses the org at once: their org context no longer
 * loads, they leave every picker (the status change bumps the org's reference version by trigger)
 * and, once no working membership is left anywhere, every session of theirs is revoked in this
 * transaction and sign-in is refused. The membership row stays, so their name stays on past work.
 */
export async function setEmploymentStatus(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "members.setEmploymentStatus");
  const { userId, status, exitDate, exitReason } = parseInput(setEmploymentStatusSchema, input);
  const leaving = status !== "working";
  // Nobody locks themselves out by mistake; another Manage user records their leaving.
  if (leaving && userId === ctx.actor.userId) throw new ConflictError("cannotEndOwnEmployment");
  await ctx.t.transaction(async (t) => {
    const member = await getMembershipInOrgOrThrow(t, userId);
    if (member.role === "admin") {
      // Ending an admin's access changes who holds power in the org: an admin's decision (T3).
      if (ctx.actor.role !== "admin") throw new ForbiddenError("members.setEmploymentStatus");
      if (leaving) await assertNotLastAdmin(t, userId);
    }
    const fields = { employmentStatus: status, exitDate, exitReason };
    await t.db
      .insert(memberProfiles)
      .values(t.values({ userId, ...fields }))
      .onConflictDoUpdate({ target: [memberProfiles.orgId, memberProfiles.userId], set: fields });
    if (leaving && !(await worksForAnotherOrg(userId, t.orgId))) await revokeAllSessions(userId, t.db);
  });
  forgetMembership(ctx.org.id, userId);
}
