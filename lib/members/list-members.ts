import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberProfiles, memberships, users } from "@/db/schema";
import type { EmploymentStatus } from "@/db/schema/enum-values";
import type { MemberRole } from "@/db/schema/enum-values";
import type { OrgContext } from "@/lib/context";
import { effectiveLevel } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";

export type MemberRow = {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  level: ReturnType<typeof effectiveLevel>;
  joinedAt: string;
  isSelf: boolean;
  deactivated: boolean;
  /** SPEC T8: anything but working means the member has left; the row stays for their past work. */
  employmentStatus: EmploymentStatus;
  exitDate: string | null;
  exitReason: string | null;
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
      employmentStatus: memberProfiles.employmentStatus,
      exitDate: memberProfiles.exitDate,
      exitReason: memberProfiles.exitReason,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(memberProfiles, ctx.t.where(memberProfiles, eq(memberProfiles.userId, memberships.userId)))
    .where(ctx.t.where(memberships))
    .orderBy(asc(users.name));
  return rows.map((r): MemberRow => ({
    userId: r.userId,
    name: r.name,
    email: r.email,
    role: r.role,
    level: effectiveLevel(r),
    joinedAt: r.createdAt.toISOString(),
    isSelf: r.userId === ctx.actor.userId,
    deactivated: r.deactivatedAt !== null,
    employmentStatus: r.employmentStatus ?? "working",
    exitDate: r.exitDate,
    exitReason: r.exitReason,
  }));
}
