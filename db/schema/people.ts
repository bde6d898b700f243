import { boolean, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { EMPLOYMENT_STATUSES, MEMBER_DOCUMENT_KINDS, MEMBER_POSITIONS, POSITION_SCOPES } from "./enum-values";
import { customers } from "./customers";
import { invitations, memberships, orgs } from "./orgs";
import { picklistItems } from "./picklists";
import { users } from "./users";

// The org's structure (SPEC T6) and who may see what (T9). Kept beside memberships rather than on
// them: memberships say what a user may do in the org (role, level), these tables say where they
// sit in it, and a small company that never sets them up keeps today's behaviour.

/** SPEC T6 positions; no position (null) means "not placed": the member sees what their level allows. */
export const memberPosition = pgEnum("member_position", MEMBER_POSITIONS);
/** SPEC T8: whether the member still works for the org; dismissed and resigned members lose it at once. */
export const employmentStatus = pgEnum("employment_status", EMPLOYMENT_STATUSES);
/** The scopes a position can be given (T9); technicians and partner staff have fixed rules instead. */
export const positionScope = pgEnum("position_scope", POSITION_SCOPES);

export const memberProfiles = pgTable(
  "member_profiles",
  {
    orgId: uuid().notNull(),
    userId: uuid().notNull(),
    position: memberPosition(),
    /** An item of the org's `department` picklist. */
    departmentId: uuid(),
    /** The member's manager; their department scope includes everyone reporting to them, directly or not. */
    reportsTo: uuid(),
    /** SPEC T5: sees only the customers they are authorised for, and those customers' records. */
    technician: boolean().notNull().default(false),
    /**
     * SPEC T7: the partner company (a distributor, main dealer or dealer customer) this member works
     * for; they see only that company's sub-tree and add customers below it.
     */
    partnerCustomerId: uuid(),
    employmentStatus: employmentStatus().notNull().default("working"),
    /** When a dismissed or resigned member left; null while working. */
    exitDate: date({ mode: "string" }),
    /** Why the status was last changed (seed 004: the employee note keeps it). */
    exitReason: text(),
    /** E.164, like customer phones (lib/customers/field-schemas.ts); shown grouped. */
    phone: text(),
    /** Seed 004 "çalışan açıklama": what the people managing the member note about them. */
    notes: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [memberships.orgId, memberships.userId] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.departmentId], foreignColumns: [picklistItems.orgId, picklistItems.id] }),
    foreignKey({ columns: [t.orgId, t.reportsTo], foreignColumns: [memberships.orgId, memberships.userId] }),
    foreignKey({ columns: [t.orgId, t.partnerCustomerId], foreignColumns: [customers.orgId, customers.id] }),
    index("member_profiles_org_id_department_id_idx").on(t.orgId, t.departmentId),
    index("member_profiles_org_id_reports_to_idx").on(t.orgId, t.reportsTo),
  ],
);

/** Settings → Access: each position's read and write scope (T9). A position without a row uses the defaults. */
export const positionScopes = pgTable(
  "position_scopes",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    position: memberPosition().notNull(),
    readScope: positionScope().notNull(),
    writeScope: positionScope().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.position] })],
);

export type MemberProfile = typeof memberProfiles.$inferSelect;
export type MemberPosition = (typeof memberPosition.enumValues)[number];
export type PositionScope = (typeof positionScope.enumValues)[number];

/**
 * SPEC T7: an invitation sent by a partner's staff makes the invitee staff of the same partner
 * company (never more: the invitation verb also caps the level at the inviter's own).
 */
export const invitationPartners = pgTable(
  "invitation_partners",
  {
    orgId: uuid().notNull(),
    invitationId: uuid().notNull(),
    partnerCustomerId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.invitationId] }),
    foreignKey({ columns: [t.orgId, t.invitationId], foreignColumns: [invitations.orgId, invitations.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.partnerCustomerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
  ],
);

/** SPEC T6: the kinds of paper kept for an employee. */
export const memberDocumentKind = pgEnum("member_document_kind", MEMBER_DOCUMENT_KINDS);

/**
 * An employee's documents (SPEC T6): seen by Manage users and the employee, nobody else. The
 * bytes live in the file store (lib/files/store.ts) under `storage_key`; the type was decided by
 * the content at upload. Removing the member removes these rows with the membership.
 */
export const memberDocuments = pgTable(
  "member_documents",
  {
    orgId: uuid().notNull(),
    id: id().notNull(),
    userId: uuid().notNull(),
    kind: memberDocumentKind().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    storageKey: text().notNull(),
    uploadedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    uploadedAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [memberships.orgId, memberships.userId] }).onDelete("cascade"),
    index("member_documents_org_id_user_id_idx").on(t.orgId, t.userId),
  ],
);

export type MemberDocument = typeof memberDocuments.$inferSelect;
