import "server-only";
import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { customers, memberProfiles, memberships, picklistItems, users } from "@/db/schema";
import type { EmploymentStatus, MemberRole } from "@/db/schema/enum-values";
import type { MemberPosition } from "@/db/schema/people";
import type { OrgContext } from "@/lib/context";
import { NotFoundError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { effectiveLevel } from "@/lib/permissions/can";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { assertProfileReachable } from "./profile-access";
import { memberTargetSchema } from "./schemas";

export type MemberProfileView = {
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  level: ReturnType<typeof effectiveLevel>;
  isSelf: boolean;
  position: MemberPosition | null;
  departmentId: string | null;
  department: string | null;
  reportsTo: string | null;
  reportsToName: string | null;
  technician: boolean;
  partnerCustomerId: string | null;
  /** Null also when the viewer's scope does not reach the partner company. */
  partnerName: string | null;
  employmentStatus: EmploymentStatus;
  exitDate: string | null;
  exitReason: string | null;
  /** E.164. */
  phone: string | null;
  notes: string | null;
};

const manager = alias(users, "manager");

/**
 * SPEC T6: one member's profile page. Manage users open anyone's; every member opens their own;
 * for anyone else, and for ids that are no member of this org (another org's user, someone
 * removed), it is NotFound alike.
 */
export async function getMemberProfile(ctx: OrgContext, input: unknown, locale: Locale): Promise<MemberProfileView> {
  // Any member may reach their own page; whose page it is decides the rest, just below.
  requirePermission(ctx, "org.view");
  const { userId } = parseInput(memberTargetSchema, input);
  assertProfileReachable(ctx.actor, userId);
  const [row] = await ctx.t.db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      level: memberships.level,
      name: users.name,
      email: users.email,
      position: memberProfiles.position,
      departmentId: memberProfiles.departmentId,
      departmentLabels: picklistItems.labels,
      departmentKey: picklistItems.key,
      reportsTo: memberProfiles.reportsTo,
      reportsToName: manager.name,
      technician: memberProfiles.technician,
      partnerCustomerId: memberProfiles.partnerCustomerId,
      partnerName: customers.name,
      employmentStatus: memberProfiles.employmentStatus,
      exitDate: memberProfiles.exitDate,
      exitReason: memberProfiles.exitReason,
      phone: memberProfiles.phone,
      notes: memberProfiles.notes,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(memberProfiles, ctx.t.where(memberProfiles, eq(memberProfiles.userId, memberships.userId)))
    .leftJoin(picklistItems, ctx.t.where(picklistItems, eq(picklistItems.id, memberProfiles.departmentId)))
    .leftJoin(manager, eq(manager.id, memberProfiles.reportsTo))
    .leftJoin(customers, ctx.t.where(customers, eq(customers.id, memberProfiles.partnerCustomerId)))
    .where(ctx.t.where(memberships, eq(memberships.userId, userId)));
  if (!row) throw new NotFoundError("member");
  const { departmentLabels, departmentKey, ...rest } = row;
  const department = departmentLabels
    ? (departmentLabels[locale] ?? departmentLabels.en ?? Object.values(departmentLabels)[0] ?? departmentKey)
    : null;
  return {
    ...rest,
    level: effectiveLevel(row),
    isSelf: userId === ctx.actor.userId,
    department,
    technician: row.technician ?? false,
    employmentStatus: row.employmentStatus ?? "working",
  };
}
