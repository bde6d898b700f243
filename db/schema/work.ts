import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { contacts, customers } from "./customers";
import { MEETING_OUTCOMES, WORK_ITEM_KINDS, WORK_ITEM_PRIORITIES, WORK_ITEM_STATUSES } from "./enum-values";
import { orgs } from "./orgs";
import { users } from "./users";

// Issue 13 (SPEC W1–W6): the office's own work. Every row's customer is optional and plain (no
// cascade): deleting a customer detaches its tasks, issues, appointments, meeting notes and
// reminders, which stay (SPEC C5; lib/customers/remove-customer.ts nulls them in its transaction).

export const workItemKind = pgEnum("work_item_kind", WORK_ITEM_KINDS);
export const workItemStatus = pgEnum("work_item_status", WORK_ITEM_STATUSES);
export const workItemPriority = pgEnum("work_item_priority", WORK_ITEM_PRIORITIES);
export const meetingOutcome = pgEnum("meeting_outcome", MEETING_OUTCOMES);

const instant = () => timestamp({ withTimezone: true, precision: 3 });

/** A task or an issue (SPEC W1). `completedAt` is when it was done or cancelled: "done late" is completedAt > dueAt. */
export const workItems = pgTable(
  "work_items",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    kind: workItemKind().notNull(),
    title: text().notNull(),
    description: text(),
    status: workItemStatus().notNull().default("open"),
    priority: workItemPriority().notNull().default("normal"),
    assigneeId: uuid().references(() => users.id, { onDelete: "set null" }),
    dueAt: instant(),
    completedAt: instant(),
    customerId: uuid(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    index("work_items_org_id_created_at_id_idx").on(t.orgId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("work_items_org_id_due_at_idx").on(t.orgId, t.dueAt),
    index("work_items_org_id_assignee_id_due_at_idx").on(t.orgId, t.assigneeId, t.dueAt),
    index("work_items_org_id_customer_id_due_at_idx").on(t.orgId, t.customerId, t.dueAt),
  ],
);

export type WorkItem = typeof workItems.$inferSelect;

/**
 * An appointment or event (SPEC W2): a slot [startsAt, endsAt) with attendees. Touching slots do
 * not clash. `nextEmailAt` is when the next of its two attendee e-mails (the day before, on the
 * day; W4) is due, rewritten by the job that sends it, so the sweep reads an index across orgs.
 */
export const appointments = pgTable(
  "appointments",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    title: text().notNull(),
    customerId: uuid(),
    startsAt: instant().notNull(),
    endsAt: instant().notNull(),
    place: text(),
    description: text(),
    nextEmailAt: instant(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    check("appointments_ends_after_start", sql`${t.endsAt} > ${t.startsAt}`),
    index("appointments_org_id_starts_at_idx").on(t.orgId, t.startsAt),
    index("appointments_org_id_customer_id_starts_at_idx").on(t.orgId, t.customerId, t.startsAt),
    // Not led by org_id: the e-mail sweep reads across orgs by time.
    index("appointments_next_email_at_idx")
      .on(t.nextEmailAt)
      .where(sql`${t.nextEmailAt} is not null`),
  ],
);

export type Appointment = typeof appointments.$inferSelect;

/** Who attends an appointment: members; anyone may book a colleague (W2). */
export const appointmentAttendees = pgTable(
  "appointment_attendees",
  {
    orgId: uuid().notNull(),
    appointmentId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.appointmentId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.appointmentId], foreignColumns: [appointments.orgId, appointments.id] }).onDelete("cascade"),
    index("appointment_attendees_org_id_user_id_idx").on(t.orgId, t.userId),
  ],
);

/** A meeting with a customer and what came of it (SPEC W5); `appointmentId` is the one booked from it. */
export const meetingNotes = pgTable(
  "meeting_notes",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    customerId: uuid(),
    metAt: instant().notNull(),
    outcome: meetingOutcome().notNull(),
    summary: text(),
    appointmentId: uuid(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.appointmentId], foreignColumns: [appointments.orgId, appointments.id] }),
    index("meeting_notes_org_id_met_at_idx").on(t.orgId, t.metAt),
    index("meeting_notes_org_id_customer_id_met_at_idx").on(t.orgId, t.customerId, t.metAt),
  ],
);

export type MeetingNote = typeof meetingNotes.$inferSelect;

/** The members who took part in a meeting. */
export const meetingNoteParticipants = pgTable(
  "meeting_note_participants",
  {
    orgId: uuid().notNull(),
    noteId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.noteId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.noteId], foreignColumns: [meetingNotes.orgId, meetingNotes.id] }).onDelete("cascade"),
    index("meeting_note_participants_org_id_user_id_idx").on(t.orgId, t.userId),
  ],
);

/** The customer's people met (existing contacts, or one created inline with the note). */
export const meetingNoteContacts = pgTable(
  "meeting_note_contacts",
  {
    orgId: uuid().notNull(),
    noteId: uuid().notNull(),
    contactId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.noteId, t.contactId] }),
    foreignKey({ columns: [t.orgId, t.noteId], foreignColumns: [meetingNotes.orgId, meetingNotes.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.contactId], foreignColumns: [contacts.orgId, contacts.id] }).onDelete("cascade"),
  ],
);

/**
 * A reminder for oneself or colleagues (SPEC W6). `nextAlertAt` is when the next of its alerts is
 * due (the e-mail a day before, then the banner and notification at `dueAt`), rewritten by the job
 * that sends it, so the sweep reads an index across orgs; null: nothing left to send.
 */
export const reminders = pgTable(
  "reminders",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    dueAt: instant().notNull(),
    body: text().notNull(),
    customerId: uuid(),
    nextAlertAt: instant(),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }),
    index("reminders_org_id_due_at_idx").on(t.orgId, t.dueAt),
    index("reminders_next_alert_at_idx")
      .on(t.nextAlertAt)
      .where(sql`${t.nextAlertAt} is not null`),
  ],
);

export type Reminder = typeof reminders.$inferSelect;

/** Whom a reminder is for; the banner shows from `dueAt` until the recipient dismisses it. */
export const reminderRecipients = pgTable(
  "reminder_recipients",
  {
    orgId: uuid().notNull(),
    reminderId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    dismissedAt: instant(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.reminderId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.reminderId], foreignColumns: [reminders.orgId, reminders.id] }).onDelete("cascade"),
    index("reminder_recipients_org_id_user_id_idx")
      .on(t.orgId, t.userId)
      .where(sql`${t.dismissedAt} is null`),
  ],
);
