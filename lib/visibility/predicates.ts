import "server-only";
import { and, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn, QueryBuilder } from "drizzle-orm/pg-core";
import { customers, customerTechnicians, customerTree, serviceAssignments, serviceRecords } from "@/db/schema";
import type { Scope } from "./scope";

// The scope rules as SQL, one function per thing a scoped row can reach. Subqueries use their own
// aliases, so a rule can be applied inside a query that reads the same table.

/** Builds the subqueries; they run inside the query of whoever applies the rule. */
const qb = new QueryBuilder();

const visCustomer = alias(customers, "vis_customer");
const visTechnician = alias(customerTechnicians, "vis_technician");
const visRecord = alias(serviceRecords, "vis_record");
const visAssignment = alias(serviceAssignments, "vis_assignment");
const visTree = alias(customerTree, "vis_tree");

/** The customer `customerId` is `rootId` or below it (T7), by the closure table's primary key. */
function inSubtree(orgId: string, customerId: AnyPgColumn | SQL, rootId: string) {
  return exists(
    qb
      .select({ one: sql`1` })
      .from(visTree)
      .where(and(eq(visTree.orgId, orgId), eq(visTree.ancestorId, rootId), sql`${visTree.descendantId} = ${customerId}`)),
  );
}

/** One of `userIds` is an authorised technician of the customer `customerId`. */
function authorisedTechnician(orgId: string, customerId: AnyPgColumn | SQL, userIds: readonly string[]) {
  return exists(
    qb
      .select({ one: sql`1` })
      .from(visTechnician)
      .where(and(eq(visTechnician.orgId, orgId), sql`${visTechnician.customerId} = ${customerId}`, inArray(visTechnician.userId, [...userIds]))),
  );
}

/** The rule for a customer row, given its columns (the customers table itself or an alias of it). */
export function customerRule(
  scope: Scope,
  orgId: string,
  c: { id: AnyPgColumn; salesRepId: AnyPgColumn; supportRepId: AnyPgColumn },
): SQL | undefined {
  if (scope.kind === "all") return undefined;
  if (scope.kind === "technician") return authorisedTechnician(orgId, c.id, [scope.userId]);
  if (scope.kind === "subtree") return inSubtree(orgId, c.id, scope.rootId);
  const ids = [...scope.userIds];
  return or(inArray(c.salesRepId, ids), inArray(c.supportRepId, ids), authorisedTechnician(orgId, c.id, ids));
}

/** A row that belongs to the customer `customerId` (a contact, note, activity…) is visible with it. */
export function customerIdVisible(scope: Scope, orgId: string, customerId: AnyPgColumn): SQL | undefined {
  if (scope.kind === "all") return undefined;
  // A technician's rule needs no customer columns: the authorisation row alone decides.
  if (scope.kind === "technician") return authorisedTechnician(orgId, customerId, [scope.userId]);
  if (scope.kind === "subtree") return inSubtree(orgId, customerId, scope.rootId);
  return exists(
    qb
      .select({ one: sql`1` })
      .from(visCustomer)
      .where(and(eq(visCustomer.orgId, orgId), sql`${visCustomer.id} = ${customerId}`, customerRule(scope, orgId, visCustomer))),
  );
}

/** One of `userIds` is assigned to the record `recordId`. */
function assignedTo(orgId: string, recordId: AnyPgColumn, userIds: readonly string[]) {
  return exists(
    qb
      .select({ one: sql`1` })
      .from(visAssignment)
      .where(and(eq(visAssignment.orgId, orgId), sql`${visAssignment.recordId} = ${recordId}`, inArray(visAssignment.userId, [...userIds]))),
  );
}

/** The rule for a service record row, given its columns. */
export function recordRule(scope: Scope, orgId: string, r: { id: AnyPgColumn; customerId: AnyPgColumn; createdById: AnyPgColumn }): SQL | undefined {
  if (scope.kind === "all") return undefined;
  if (scope.kind === "technician") return or(authorisedTechnician(orgId, r.customerId, [scope.userId]), assignedTo(orgId, r.id, [scope.userId]));
  if (scope.kind === "subtree") return or(inSubtree(orgId, r.customerId, scope.rootId), assignedTo(orgId, r.id, [scope.userId]));
  return or(inArray(r.createdById, [...scope.userIds]), assignedTo(orgId, r.id, scope.userIds));
}

/** A row that belongs to the record `recordId` (a time entry, message, assignment…) is visible with it. */
export function recordIdVisible(scope: Scope, orgId: string, recordId: AnyPgColumn): SQL | undefined {
  if (scope.kind === "all") return undefined;
  return exists(
    qb
      .select({ one: sql`1` })
      .from(visRecord)
      .where(and(eq(visRecord.orgId, orgId), sql`${visRecord.id} = ${recordId}`, recordRule(scope, orgId, visRecord))),
  );
}
