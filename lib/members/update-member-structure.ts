import "server-only";
import { eq, inArray, isNotNull, sql } from "drizzle-orm";
import { customers, memberProfiles, memberships, picklistItems } from "@/db/schema";
import { PARTNER_TYPES } from "@/lib/customers/partner-types";
import type { OrgContext } from "@/lib/context";
import type { Tenant } from "@/lib/db/tenant";
import { ValidationError } from "@/lib/errors";
import { requirePermission } from "@/lib/permissions/require-permission";
import { parseInput } from "@/lib/validation";
import { forgetMembership, getMembershipInOrgOrThrow } from "./internal";
import { isWorkingMembership } from "./working-membership";
import { memberStructureSchemaFor } from "./structure-schemas";

/**
 * Where a member sits in the org (SPEC T6, T7): position, department, manager, technician flag,
 * partner company, and (from the profile page) phone and notes. It
 * decides what they see (T9), so it takes the Manage level of the Permissions page.
 */
export async function updateMemberStructure(ctx: OrgContext, input: unknown) {
  requirePermission(ctx, "permissions.update");
  const { userId, position, departmentId, reportsTo, technician, partnerCustomerId, phone, notes } = parseInput(
    memberStructureSchemaFor(ctx.org.phoneCountry),
    input,
  );
  await ctx.t.transaction(async (t) => {
    // Two managers saved at once (A → B and B → A) would each pass the cycle check alone.
    await t.db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`member_structure:${t.orgId}`}, 0))`);
    await getMembershipInOrgOrThrow(t, userId);
    const errors: Record<string, string> = {};
    if (departmentId && !(await isDepartment(t, departmentId))) errors.departmentId = "invalid";
    if (partnerCustomerId && !(await isPartnerCompany(t, partnerCustomerId))) errors.partnerCustomerId = "invalid";
    if (reportsTo) {
      const problem = await reportsToProblem(t, userId, reportsTo);
      if (problem) errors.reportsTo = problem;
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const fields = {
      position,
      departmentId,
      reportsTo,
      technician,
      partnerCustomerId,
      // Left out by the Members page's form, which does not show them: kept as stored.
      ...(phone !== undefined && { phone }),
      ...(notes !== undefined && { notes }),
    };
    await t.db
      .insert(memberProfiles)
      .values(t.values({ userId, ...fields }))
      .onConflictDoUpdate({ target: [memberProfiles.orgId, memberProfiles.userId], set: fields });
  });
  forgetMembership(ctx.org.id, userId);
}

/** A partner company is a distributor, main dealer or dealer of this org (an end customer has no staff here). */
async function isPartnerCompany(t: Tenant, id: string) {
  const [row] = await t.db
    .select({ id: customers.id })
    .from(customers)
    .where(t.where(customers, eq(customers.id, id), inArray(customers.type, PARTNER_TYPES)));
  return !!row;
}

/** Archived departments stay valid: a member already in one keeps it until moved. */
async function isDepartment(t: Tenant, id: string) {
  const [row] = await t.db
    .select({ id: picklistItems.id })
    .from(picklistItems)
    .where(t.where(picklistItems, eq(picklistItems.id, id), eq(picklistItems.list, "department")));
  return !!row;
}

/**
 * The manager must be another working member of this org, and the chain of managers above them must not
 * come back to this member (A → B → A): department scope follows the chain (T9), a loop would
 * make everyone in it see everything of each other.
 */
async function reportsToProblem(t: Tenant, userId: string, reportsTo: string) {
  if (reportsTo === userId) return "reportsToCycle";
  const [manager] = await t.db
    .select({ userId: memberships.userId })
    .from(memberships)
    // Someone who left (T8) can no longer be anyone's manager.
    .where(t.where(memberships, eq(memberships.userId, reportsTo), isWorkingMembership()));
  if (!manager) return "invalid";
  const links = await t.db
    .select({ userId: memberProfiles.userId, reportsTo: memberProfiles.reportsTo })
    .from(memberProfiles)
    .where(t.where(memberProfiles, isNotNull(memberProfiles.reportsTo)));
  const above = new Map(links.map((l) => [l.userId, l.reportsTo]));
  const seen = new Set<string>();
  for (let at: string | null | undefined = reportsTo; at; at = above.get(at)) {
    if (at === userId) return "reportsToCycle";
    // An existing loop elsewhere (written before this check) must not hang the walk.
    if (seen.has(at)) break;
    seen.add(at);
  }
  return null;
}
