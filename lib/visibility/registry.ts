import "server-only";
import { and, eq, exists, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
import {
  activities,
  appointmentAttendees,
  appointments,
  approvalTokens,
  contacts,
  contracts,
  customers,
  customerTags,
  customerTechnicians,
  customerTree,
  maintenanceSchedules,
  meetingNoteContacts,
  meetingNoteParticipants,
  meetingNotes,
  notes,
  reminderRecipients,
  reminders,
  serviceAssignments,
  serviceAttachments,
  serviceMessages,
  serviceRecords,
  servicePlans,
  slaEvents,
  slaPolicies,
  timeEntries,
  workItems,
} from "@/db/schema";
import type { TenantTable } from "@/lib/db/tenant";
import { assignmentRule, customerIdVisible, customerRule, recordIdVisible, recordRule, withCustomerRule } from "./predicates";
import type { Scope } from "./scope";
import { appointmentRule, childOf, meetingNoteRule, reminderRule, workItemRule } from "./work-rules";

type Rule = (scope: Scope, orgId: string) => SQL | undefined;

/** Builds the rules' subqueries; they run inside the query of whoever applies them. */
const qb = new QueryBuilder();

const visMessage = alias(serviceMessages, "vis_message");
const visContract = alias(contracts, "vis_contract");

/**
 * Every scoped table and how it reaches what the scope is about (SPEC T9). The tenant seam applies
 * the rule to every `t.where(table, …)` — lists, gets, joins, counts, search, exports, reports,
 * pickers — so a new domain adds its line here and writes no filter of its own. A table missing
 * here is visible to everyone in the org (picklists, products, org settings).
 */
const REGISTRY = new Map<TenantTable, Rule>([
  [customers, (scope, orgId) => customerRule(scope, orgId, customers)],
  [contacts, (scope, orgId) => withCustomerRule(scope, orgId, contacts.customerId)],
  [notes, (scope, orgId) => customerIdVisible(scope, orgId, notes.customerId)],
  [customerTags, (scope, orgId) => customerIdVisible(scope, orgId, customerTags.customerId)],
  [customerTechnicians, (scope, orgId) => customerIdVisible(scope, orgId, customerTechnicians.customerId)],
  [customerTree, (scope, orgId) => customerIdVisible(scope, orgId, customerTree.descendantId)],
  [contracts, (scope, orgId) => customerIdVisible(scope, orgId, contracts.customerId)],
  // A maintenance schedule follows its customer; its occurrences and technicians are read through it.
  [maintenanceSchedules, (scope, orgId) => customerIdVisible(scope, orgId, maintenanceSchedules.customerId)],
  // A service plan follows its customer (a token's record: its customer's plans); its periods and
  // ledger rows are read through it.
  [servicePlans, (scope, orgId) => withCustomerRule(scope, orgId, servicePlans.customerId)],
  // A policy follows its contract's customer.
  [
    slaPolicies,
    (scope, orgId) =>
      scope.kind === "all"
        ? undefined
        : exists(
            qb
              .select({ one: sql`1` })
              .from(visContract)
              .where(
                and(
                  eq(visContract.orgId, orgId),
                  sql`${visContract.id} = ${slaPolicies.contractId}`,
                  customerIdVisible(scope, orgId, visContract.customerId),
                ),
              ),
          ),
  ],
  // A customer's feed entries follow the customer; a service record's follow the record; an entry
  // about neither (an org-level event) only reaches those who see everything.
  [
    activities,
    (scope, orgId) =>
      scope.kind === "all"
        ? undefined
        : or(
            and(isNotNull(activities.customerId), customerIdVisible(scope, orgId, activities.customerId)),
            and(eq(activities.entityType, "service"), recordIdVisible(scope, orgId, activities.entityId)),
          ),
  ],
  // Issue 13: the office's work is visible to the people it involves and with its customer.
  [workItems, (scope, orgId) => workItemRule(scope, orgId)],
  [appointments, (scope, orgId) => appointmentRule(scope, orgId)],
  [appointmentAttendees, (scope, orgId) => childOf("appointment", appointmentAttendees.appointmentId, scope, orgId)],
  [meetingNotes, (scope, orgId) => meetingNoteRule(scope, orgId)],
  [meetingNoteParticipants, (scope, orgId) => childOf("meeting", meetingNoteParticipants.noteId, scope, orgId)],
  [meetingNoteContacts, (scope, orgId) => childOf("meeting", meetingNoteContacts.noteId, scope, orgId)],
  [reminders, (scope, orgId) => reminderRule(scope, orgId)],
  [reminderRecipients, (scope, orgId) => childOf("reminder", reminderRecipients.reminderId, scope, orgId)],
  [serviceRecords, (scope, orgId) => recordRule(scope, orgId, serviceRecords)],
  [serviceAssignments, (scope, orgId) => assignmentRule(scope, orgId, serviceAssignments)],
  [timeEntries, (scope, orgId) => recordIdVisible(scope, orgId, timeEntries.recordId)],
  [serviceMessages, (scope, orgId) => recordIdVisible(scope, orgId, serviceMessages.recordId)],
  [approvalTokens, (scope, orgId) => recordIdVisible(scope, orgId, approvalTokens.recordId)],
  [slaEvents, (scope, orgId) => recordIdVisible(scope, orgId, slaEvents.recordId)],
  [
    serviceAttachments,
    (scope, orgId) =>
      scope.kind === "all"
        ? undefined
        : exists(
            qb
              .select({ one: sql`1` })
              .from(visMessage)
              .where(
                and(
                  eq(visMessage.orgId, orgId),
                  sql`${visMessage.id} = ${serviceAttachments.messageId}`,
                  recordIdVisible(scope, orgId, visMessage.recordId),
                ),
              ),
          ),
  ],
]);

/** The scope's predicate for `table`, or undefined when the table is not scoped or the scope is all. */
export function visibilityOf(table: TenantTable, scope: Scope, orgId: string): SQL | undefined {
  return REGISTRY.get(table)?.(scope, orgId);
}

/** The scoped tables, for the suite's checks. */
export const SCOPED_TABLES: readonly TenantTable[] = [...REGISTRY.keys()];
