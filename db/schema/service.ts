import { sql } from "drizzle-orm";
import {
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import {
  ASSIGNMENT_RESPONSES,
  SERVICE_MESSAGE_KINDS,
  SERVICE_STATUSES,
  SERVICE_SUBJECT_KINDS,
  SLA_CLOCK_STATES,
  TIME_ENTRY_SOURCES,
} from "./enum-values";
import { contacts, customers } from "./customers";
import { orgs } from "./orgs";
import { picklistItems } from "./picklists";
import { users } from "./users";

/** The catalogue a service record's subject can name (SPEC S1): name, code, unit, price. */
export const products = pgTable(
  "products",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    name: text().notNull(),
    code: text(),
    unit: text(),
    price: numeric({ precision: 12, scale: 2 }),
    archivedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("products_org_id_code_idx").on(t.orgId, t.code),
    index("products_org_id_name_idx").on(t.orgId, t.name),
  ],
);

export const serviceStatus = pgEnum("service_status", SERVICE_STATUSES);
export const serviceSubjectKind = pgEnum("service_subject_kind", SERVICE_SUBJECT_KINDS);
export const slaClockState = pgEnum("sla_clock_state", SLA_CLOCK_STATES);

/**
 * A service record (SPEC S1–S7): a request from a customer, worked by assigned employees, timed,
 * completed, approved by the customer on the public page and closed into its support history.
 */
export const serviceRecords = pgTable(
  "service_records",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    /** Per-org running number people quote on the phone and in e-mails ("#1042"). */
    number: integer().notNull(),
    // Nullable: deleting a customer detaches its records (SPEC C5) rather than deleting the history.
    customerId: uuid(),
    contactId: uuid(),
    serviceTypeId: uuid(),
    priorityId: uuid(),
    requestDate: date({ mode: "string" }).notNull(),
    subjectKind: serviceSubjectKind().notNull().default("text"),
    subject: text().notNull(),
    productId: uuid(),
    description: text(),
    plannedStart: timestamp({ withTimezone: true, precision: 3 }),
    plannedEnd: timestamp({ withTimezone: true, precision: 3 }),
    status: serviceStatus().notNull().default("new"),
    actualStart: timestamp({ withTimezone: true, precision: 3 }),
    actualEnd: timestamp({ withTimezone: true, precision: 3 }),
    fee: numeric({ precision: 12, scale: 2 }),
    result: text(),
    internalNote: text(),
    /** Where the completion report goes; the customer's e-mail unless typed at completion. */
    reportEmail: text(),
    completedAt: timestamp({ withTimezone: true, precision: 3 }),
    approvedAt: timestamp({ withTimezone: true, precision: 3 }),
    approvalScore: smallint(),
    approvalComment: text(),
    closedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    // A cache of the SLA resolution clock (lib/sla/recompute-sla-cache.ts), rewritten with every
    // event of its log in the same transaction, so the list reads columns and an index, never the
    // log. Null: no SLA clock. While paused, the due instants are as of the last event and
    // `slaPausedLeft` (business minutes) is what counts.
    slaState: slaClockState(),
    slaDueAt: timestamp({ withTimezone: true, precision: 3 }),
    slaWarnAt: timestamp({ withTimezone: true, precision: 3 }),
    slaPausedLeft: integer(),
    /**
     * The earliest alert of the record's SLA and OLA clocks (first-response and resolution warning
     * and breach, each escalation) not sent yet, for the sweep; null: none left as the logs stand.
     * Rewritten with every event and at the end of each alert job.
     */
    slaNextAlertAt: timestamp({ withTimezone: true, precision: 3 }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("service_records_org_id_number_idx").on(t.orgId, t.number),
    index("service_records_org_id_sla_due_at_idx")
      .on(t.orgId, t.slaDueAt)
      .where(sql`${t.slaState} = 'running'`),
    // Not led by org_id: the alerts sweep reads across orgs by time (lib/jobs/find-due-sla-records.ts).
    index("service_records_sla_next_alert_at_idx")
      .on(t.slaNextAlertAt)
      .where(sql`${t.slaNextAlertAt} is not null`),
    index("service_records_org_id_created_at_id_idx").on(t.orgId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("service_records_org_id_customer_id_request_date_idx").on(t.orgId, t.customerId, t.requestDate),
    index("service_records_org_id_status_idx").on(t.orgId, t.status, t.approvedAt),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }),
    foreignKey({ columns: [t.orgId, t.serviceTypeId], foreignColumns: [picklistItems.orgId, picklistItems.id] }),
    foreignKey({ columns: [t.orgId, t.priorityId], foreignColumns: [picklistItems.orgId, picklistItems.id] }),
    foreignKey({ columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id] }),
  ],
);

export const assignmentResponse = pgEnum("assignment_response", ASSIGNMENT_RESPONSES);

/**
 * An employee assigned to a record (SPEC S4). The token behind the e-mail's Accept/Reject links and
 * its reply-to address is stored hashed. Check-in/out are the technician's times on site.
 */
export const serviceAssignments = pgTable(
  "service_assignments",
  {
    orgId: uuid().notNull(),
    recordId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    response: assignmentResponse().notNull().default("pending"),
    respondedAt: timestamp({ withTimezone: true, precision: 3 }),
    tokenHash: text().notNull(),
    checkInAt: timestamp({ withTimezone: true, precision: 3 }),
    checkOutAt: timestamp({ withTimezone: true, precision: 3 }),
    assignedAt: createdAt(),
    /** Who assigned this person: told when the last assignee rejects and the record needs someone. */
    assignedById: uuid().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.recordId, t.userId] }),
    uniqueIndex("service_assignments_token_hash_idx").on(t.tokenHash),
    index("service_assignments_org_id_user_id_idx").on(t.orgId, t.userId),
    foreignKey({ columns: [t.orgId, t.recordId], foreignColumns: [serviceRecords.orgId, serviceRecords.id] }).onDelete("cascade"),
  ],
);

export const timeEntrySource = pgEnum("time_entry_source", TIME_ENTRY_SOURCES);

/**
 * One run of work on a record (SPEC S3): a timer's start/stop or a manual entry. A running timer
 * has no stop; the partial unique index allows one per user per org.
 */
export const timeEntries = pgTable(
  "time_entries",
  {
    orgId: uuid().notNull(),
    id: id().notNull(),
    recordId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    stoppedAt: timestamp({ withTimezone: true, precision: 3 }),
    source: timeEntrySource().notNull().default("timer"),
    note: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.recordId], foreignColumns: [serviceRecords.orgId, serviceRecords.id] }).onDelete("cascade"),
    index("time_entries_org_id_record_id_idx").on(t.orgId, t.recordId, t.startedAt),
    index("time_entries_org_id_user_id_started_at_idx").on(t.orgId, t.userId, t.startedAt),
    uniqueIndex("time_entries_one_running_idx")
      .on(t.orgId, t.userId)
      .where(sql`${t.stoppedAt} is null`),
  ],
);

export const serviceMessageKind = pgEnum("service_message_kind", SERVICE_MESSAGE_KINDS);

/** The record's message thread (SPEC S4): internal notes with attachments and e-mail replies. */
export const serviceMessages = pgTable(
  "service_messages",
  {
    orgId: uuid().notNull(),
    id: id().notNull(),
    recordId: uuid().notNull(),
    kind: serviceMessageKind().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    fromEmail: text(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.recordId], foreignColumns: [serviceRecords.orgId, serviceRecords.id] }).onDelete("cascade"),
    index("service_messages_org_id_record_id_created_at_idx").on(t.orgId, t.recordId, t.createdAt),
  ],
);

/** A file attached to a thread message; the bytes live in file storage under `storageKey`. */
export const serviceAttachments = pgTable(
  "service_attachments",
  {
    orgId: uuid().notNull(),
    id: id().notNull(),
    messageId: uuid().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    storageKey: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.messageId], foreignColumns: [serviceMessages.orgId, serviceMessages.id] }).onDelete("cascade"),
    index("service_attachments_org_id_message_id_idx").on(t.orgId, t.messageId),
  ],
);

/**
 * The public approval link (SPEC S6): 256 random bits, only the SHA-256 stored, bound to one
 * record, expiring, single use. Issuing a new one (a second completion) leaves older ones unusable.
 */
export const approvalTokens = pgTable(
  "approval_tokens",
  {
    orgId: uuid().notNull(),
    id: id().notNull(),
    recordId: uuid().notNull(),
    tokenHash: text().notNull(),
    email: text().notNull(),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    usedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("approval_tokens_token_hash_idx").on(t.tokenHash),
    foreignKey({ columns: [t.orgId, t.recordId], foreignColumns: [serviceRecords.orgId, serviceRecords.id] }).onDelete("cascade"),
  ],
);

/** Inbound e-mails already processed, by provider message id: each is applied once (platform table). */
export const inboundEmails = pgTable("inbound_emails", {
  messageId: text().primaryKey(),
  orgId: uuid().references(() => orgs.id, { onDelete: "cascade" }),
  recordId: uuid(),
  receivedAt: createdAt(),
});

/** Failed attempts on public token pages, per client address, for the per-minute limit (platform table). */
export const publicAttempts = pgTable(
  "public_attempts",
  {
    id: id().primaryKey(),
    key: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("public_attempts_key_created_at_idx").on(t.key, t.createdAt)],
);

export type ServiceRecord = typeof serviceRecords.$inferSelect;
export type TimeEntry = typeof timeEntries.$inferSelect;
