import "server-only";
import { eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertNotLastAdmin, forgetMembership, getMembershipInOrgOrThrow } from "./internal";
import { changeRoleSchema } from "./schemas";

/** Promoting sets Manage; demoting keeps Manage until a Manage user lowers it (SPEC T3). */
export async function changeRole(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "members.changeRole");
  const { userId, role } = parseInput(changeRoleSchema, input);
  await ctx.t.transaction(async (t) => {
    const member = await getMembershipInOrgOrThrow(t, userId);
    if (member.role === role) return;
    if (member.role === "admin") await assertNotLastAdmin(t, userId);
    await t.db
      .update(memberships)
      .set({ role, level: "manage" })
      .where(t.where(memberships, eq(memberships.userId, userId)));
  });
  forgetMembership(ctx.org.id, userId);
}
