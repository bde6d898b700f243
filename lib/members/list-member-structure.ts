import "server-only";
import { asc, inArray } from "drizzle-orm";
import { customers, memberProfiles } from "@/db/schema";
import { PARTNER_TYPES } from "@/lib/customers/partner-types";
import type { MemberPosition } from "@/db/schema/people";
import type { OrgContext } from "@/lib/context";
import type { Locale } from "@/lib/i18n/locales";
import { requirePermission } from "@/lib/permissions/require-permission";
import { listPicklist } from "@/lib/picklists/list-picklist";

export type MemberStructure = {
  position: MemberPosition | null;
  departmentId: string | null;
  reportsTo: string | null;
  technician: boolean;
  partnerCustomerId: string | null;
};

/** Each member's place in the org (a member never placed has no entry), the org's departments and its partner companies. */
export async function listMemberStructure(ctx: OrgContext, locale: Locale) {
  requirePermission(ctx, "members.view");
  const [rows, departments, partners] = await Promise.all([
    ctx.t.db
      .select({
        userId: memberProfiles.userId,
        position: memberProfiles.position,
        departmentId: memberProfiles.departmentId,
        reportsTo: memberProfiles.reportsTo,
        technician: memberProfiles.technician,
        partnerCustomerId: memberProfiles.partnerCustomerId,
      })
      .from(memberProfiles)
      .where(ctx.t.where(memberProfiles)),
    listPicklist(ctx, "department", locale),
    ctx.t.db
      .select({ id: customers.id, name: customers.name })
      .from(customers)
      .where(ctx.t.where(customers, inArray(customers.type, PARTNER_TYPES)))
      .orderBy(asc(customers.name)),
  ]);
  const profiles: Record<string, MemberStructure> = Object.fromEntries(rows.map(({ userId, ...profile }) => [userId, profile]));
  return { profiles, departments: departments.map(({ id, label }) => ({ id, label })), partners };
}
