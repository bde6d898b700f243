import "server-only";
import { eq } from "drizzle-orm";
import { memberships } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { ConflictError } from "@/lib/errors";
import { forgetMembership, getMembershipInOrgOrThrow } from "@/lib/members/internal";
import { setLevelSchema } from "@/lib/members/schemas";
import { parseInput } from "@/lib/validation";
import { requirePermission } from "./require-permission";

export async function setMemberLevel(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "permissions.update");
  const { userId, level } = parseInput(setLevelSchema, input);
  await ctx.t.transaction(async (t) => {
    const member = await getMembershipInOrgOrThrow(t, userId);
    // Admins are always Manage; restricting one means removing the admin role first.
    if (member.role === "admin") throw new ConflictError("adminAlwaysManage");
    await t.db
      .update(memberships)
      .set({ level })
      .where(t.where(memberships, eq(memberships.userId, userId)));
  });
  forgetMembership(ctx.org.id, userId);
}
