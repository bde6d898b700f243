import "server-only";
import { eq, inArray } from "drizzle-orm";
import {
  customers,
  customerTechnicians,
  customerTree,
  memberProfiles,
  memberships,
  positionScopes,
  serviceAssignments,
  serviceRecords,
  users,
} from "@/db/schema";
import type { Tenant } from "@/lib/db/tenant";
import { NotFoundError } from "@/lib/errors";
import type { AccessTarget, ResponsibleRole } from "./explain-access-schema";
import type { MemberAccessFacts, TargetAccessFacts } from "./explain-reason";

/** The member's membership, profile and their position's Settings → Access row; NotFound outside the org. */
export async function loadMemberAccessFacts(t: Tenant, userId: string): Promise<MemberAccessFacts & { name: string }> {
  const [row] = await t.db
    .select({
      name: users.name,
      role: memberships.role,
      level: memberships.level,
      position: memberProfiles.position,
      technician: memberProfiles.technician,
      partnerCustomerId: memberProfiles.partnerCustomerId,
      employmentStatus: memberProfiles.employmentStatus,
      readScope: positionScopes.readScope,
      writeScope: positionScopes.writeScope,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(memberProfiles, t.where(memberProfiles, eq(memberProfiles.userId, memberships.userId)))
    .leftJoin(positionScopes, t.where(positionScopes, eq(positionScopes.position, memberProfiles.position)))
    .where(t.where(memberships, eq(memberships.userId, userId)));
  if (!row) throw new NotFoundError("member");
  return {
    userId,
    name: row.name,
    role: row.role,
    level: row.level,
    position: row.position,
    technician: row.technician ?? false,
    partnerCustomerId: row.partnerCustomerId,
    // A membership without a profile row is working (lib/members/working-membership.ts).
    working: (row.employmentStatus ?? "working") === "working",
    configured: row.readScope && row.writeScope ? { read: row.readScope, write: row.writeScope } : null,
  };
}

/**
 * Who is attached to the customer or record. The asker must see the row (NotFound otherwise);
 * the people attached to it are then read org-wide, because the answer is about the member's
 * scope, not the asker's: a record's customer may lie outside a scoped Manage user's sight and its
 * technicians still decide a technician's access.
 */
export async function loadTargetAccessFacts(t: Tenant, target: AccessTarget, id: string): Promise<TargetAccessFacts> {
  const org = t.orgWide();
  const techniciansOf = async (customerId: string | null) =>
    customerId
      ? (
          await org.db
            .select({ userId: customerTechnicians.userId })
            .from(customerTechnicians)
            .where(org.where(customerTechnicians, eq(customerTechnicians.customerId, customerId)))
        ).map((r) => r.userId)
      : [];
  const ancestorsOf = async (customerId: string | null) =>
    customerId
      ? (
          await org.db
            .select({ id: customerTree.ancestorId })
            .from(customerTree)
            .where(org.where(customerTree, eq(customerTree.descendantId, customerId)))
        ).map((r) => r.id)
      : [];
  if (target === "customer") {
    const [row] = await t.db
      .select({ salesRepId: customers.salesRepId, supportRepId: customers.supportRepId })
      .from(customers)
      .where(t.where(customers, eq(customers.id, id)));
    if (!row) throw new NotFoundError("customer");
    const [technicians, ancestors] = await Promise.all([techniciansOf(id), ancestorsOf(id)]);
    const responsible: { userId: string; role: ResponsibleRole }[] = [
      ...(row.salesRepId ? [{ userId: row.salesRepId, role: "salesRep" as const }] : []),
      ...(row.supportRepId ? [{ userId: row.supportRepId, role: "supportRep" as const }] : []),
      ...technicians.map((userId) => ({ userId, role: "technician" as const })),
    ];
    return { target, responsible, technicians, assignees: [], ancestors };
  }
  const [row] = await t.db
    .select({ customerId: serviceRecords.customerId, createdById: serviceRecords.createdById })
    .from(serviceRecords)
    .where(t.where(serviceRecords, eq(serviceRecords.id, id)));
  if (!row) throw new NotFoundError("serviceRecord");
  const assigned = await org.db
    .select({ userId: serviceAssignments.userId })
    .from(serviceAssignments)
    .where(org.where(serviceAssignments, eq(serviceAssignments.recordId, id)));
  const assignees = assigned.map((r) => r.userId).filter((u): u is string => u !== null);
  const responsible: { userId: string; role: ResponsibleRole }[] = [
    ...(row.createdById ? [{ userId: row.createdById, role: "creator" as const }] : []),
    ...assignees.map((userId) => ({ userId, role: "assignee" as const })),
  ];
  const [technicians, ancestors] = await Promise.all([techniciansOf(row.customerId), ancestorsOf(row.customerId)]);
  return { target, responsible, technicians, assignees, ancestors };
}

/**
 * Names for the answer: members (who in the department is responsible) and the member's partner
 * company, read org-wide like the facts they name.
 */
export async function loadNames(t: Tenant, userIds: readonly string[], customerIds: readonly string[]): Promise<Map<string, string>> {
  const org = t.orgWide();
  const [people, companies] = await Promise.all([
    userIds.length
      ? org.db
          .select({ id: users.id, name: users.name })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(org.where(memberships, inArray(memberships.userId, [...userIds])))
      : [],
    customerIds.length
      ? org.db
          .select({ id: customers.id, name: customers.name })
          .from(customers)
          .where(org.where(customers, inArray(customers.id, [...customerIds])))
      : [],
  ]);
  return new Map([...people, ...companies].map((r) => [r.id, r.name]));
}
