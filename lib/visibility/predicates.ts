import "server-only";
import { and, arrayContains, eq, exists, inArray, or, sql, type SQL } from "drizzle-orm";
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

/** Matches no row: a scope that reaches none of a table. */
const NOTHING = sql`false`;

/** A scope kind added to Scope without a rule here fails to compile. */
function unknownScope(scope: never): never {
  throw new Error(`unknown scope ${JSON.stringify(scope)}`);
}

/** A token's record scope reaches the record's customer, when it has one. */
function theRecordsCustomer(scope: Extract<Scope, { kind: "record" }>, customerId: AnyPgColumn) {
  return scope.customerId ? eq(customerId, scope.customerId) : NOTHING;
}

/** The rule for a customer row, given its columns (the customers table itself or an alias of it). */
export function customerRule(
  scope: Scope,
  orgId: string,
  c: { id: AnyPgColumn; salesRepId: AnyPgColumn; supportRepId: AnyPgColumn; ancestorIds: AnyPgColumn },
): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "technician":
      return authorisedTechnician(orgId, c.id, [scope.userId]);
    case "subtree":
      // The path column, not the closure: the planner ANDs its GIN index with the search index, so
      // a partner's search reads only its sub-tree's matches (a closure probe per match cost 1.4×
      // the admin's search; this is under half of it).
      return arrayContains(c.ancestorIds, [scope.rootId]);
    case "people": {
      const ids = [...scope.userIds];
      return or(inArray(c.salesRepId, ids), inArray(c.supportRepId, ids), authorisedTechnician(orgId, c.id, ids));
    }
    case "record":
      return theRecordsCustomer(scope, c.id);
    case "none":
      return NOTHING;
    default:
      return unknownScope(scope);
  }
}

/** A row that belongs to the customer `customerId` (a contact, note, activity…) is visible with it. */
export function customerIdVisible(scope: Scope, orgId: string, customerId: AnyPgColumn): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    // A technician's rule needs no customer columns: the authorisation row alone decides.
    case "technician":
      return authorisedTechnician(orgId, customerId, [scope.userId]);
    case "subtree":
      return inSubtree(orgId, customerId, scope.rootId);
    case "people":
      return exists(
        qb
          .select({ one: sql`1` })
          .from(visCustomer)
          .where(and(eq(visCustomer.orgId, orgId), sql`${visCustomer.id} = ${customerId}`, customerRule(scope, orgId, visCustomer))),
      );
    // A token names a record, not its customer's notes, tags or feed: contacts and plans only (withCustomerRule).
    case "record":
    case "none":
      return NOTHING;
    default:
      return unknownScope(scope);
  }
}

/**
 * A row visible with its customer that a token's record scope also reaches through the record's
 * customer: contacts (the approval page names them) and service plans (it shows the balance of the
 * plan the record draws on, issue 12 item 3).
 */
export function withCustomerRule(scope: Scope, orgId: string, customerId: AnyPgColumn): SQL | undefined {
  return scope.kind === "record" ? theRecordsCustomer(scope, customerId) : customerIdVisible(scope, orgId, customerId);
}

/**
 * The office's own work (issue 13: tasks, issues, appointments, meeting notes, reminders): visible
 * to the people it involves (`involves`: creator, assignee, attendee, participant, recipient, as
 * the table has them) and with its customer, when it has one. A token or an invitation reaches none.
 */
export function workRule(scope: Scope, orgId: string, customerId: AnyPgColumn, involves: (userIds: string[]) => SQL | undefined): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "technician":
    case "subtree":
      return or(involves([scope.userId]), customerIdVisible(scope, orgId, customerId));
    case "people":
      return or(involves([...scope.userIds]), customerIdVisible(scope, orgId, customerId));
    case "record":
    case "none":
      return NOTHING;
    default:
      return unknownScope(scope);
  }
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
  switch (scope.kind) {
    case "all":
      return undefined;
    case "technician":
      return or(authorisedTechnician(orgId, r.customerId, [scope.userId]), assignedTo(orgId, r.id, [scope.userId]));
    case "subtree":
      return or(inSubtree(orgId, r.customerId, scope.rootId), assignedTo(orgId, r.id, [scope.userId]));
    case "people":
      return or(inArray(r.createdById, [...scope.userIds]), assignedTo(orgId, r.id, scope.userIds));
    case "record":
      return eq(r.id, scope.recordId);
    case "none":
      return NOTHING;
    default:
      return unknownScope(scope);
  }
}

/** A row that belongs to the record `recordId` (a time entry, message, assignment…) is visible with it. */
export function recordIdVisible(scope: Scope, orgId: string, recordId: AnyPgColumn): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    // The token's record is known: its rows need no lookup of the record.
    case "record":
      return eq(recordId, scope.recordId);
    case "none":
      return NOTHING;
    case "technician":
    case "subtree":
    case "people":
      return exists(
        qb
          .select({ one: sql`1` })
          .from(visRecord)
          .where(and(eq(visRecord.orgId, orgId), sql`${visRecord.id} = ${recordId}`, recordRule(scope, orgId, visRecord))),
      );
    default:
      return unknownScope(scope);
  }
}

/** An assignment is visible with its record; an assignment link's write scope reaches its own assignment only. */
export function assignmentRule(scope: Scope, orgId: string, a: { recordId: AnyPgColumn; userId: AnyPgColumn }): SQL | undefined {
  if (scope.kind === "record" && scope.assigneeId) return and(eq(a.recordId, scope.recordId), eq(a.userId, scope.assigneeId));
  return recordIdVisible(scope, orgId, a.recordId);
}
