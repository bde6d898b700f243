import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/db/schema";
import type { OrgContext } from "@/lib/context";
import { effectiveLevel } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";

export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: "admin" | "member";
  level: ReturnType<typeof effectiveLevel>;
  joinedAt: string;
  isSelf: boolean;
  deactivated: boolean;
};

export async function listMembers(ctx: OrgContext, options: { action?: "members.view" | "permissions.view" } = {}) {
  requirePermission(ctx, options.action ?? "members.view");
  const rows = await ctx.t.db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      level: memberships.level,
      createdAt: memberships.createdAt,
      name: users.name,
      email: users.email,
      deactivatedAt: users.deactivatedAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(ctx.t.where(memberships))
    .orderBy(asc(users.name));
  return rows.map(
    (r): MemberRow => ({
      userId: r.userId,
      name: r.name,
      email: r.email,
      role: r.role,
      level: effectiveLevel(r),
      joinedAt: r.createdAt.toISOString(),
      isSelf: r.userId === ctx.actor.userId,
      deactivated: r.deactivatedAt !== null,
    }),
  );
}
