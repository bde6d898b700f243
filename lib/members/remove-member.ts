import "server-only";
import { eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import { revokeAllSessions } from "@/lib/auth/sessions";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertNotLastAdmin, forgetMembership, getMembershipInOrgOrThrow } from "./internal";
import { memberTargetSchema } from "./schemas";

export async function removeMember(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "members.remove");
  const { userId } = parseInput(memberTargetSchema, input);
  await ctx.t.transaction(async (t) => {
    const member = await getMembershipInOrgOrThrow(t, userId);
    if (member.role === "admin") await assertNotLastAdmin(t, userId);
    await t.db.delete(memberships).where(t.where(memberships, eq(memberships.userId, userId)));
    // Someone removed from their last org has nothing left to be signed in to.
    const [other] = await t.db
      .select({ orgId: memberships.orgId })
      .from(memberships)
      .where(eq(memberships.userId, userId))
      .limit(1);
    if (!other) await revokeAllSessions(userId, t.db);
  });
  forgetMembership(ctx.org.id, userId);
}
