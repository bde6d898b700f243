import { sql } from "drizzle-orm";
import { boolean, index, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { NOTIFICATION_CHANNELS, NOTIFICATION_ENTITY_TYPES, NOTIFICATION_KINDS } from "./enum-values";
import { emailOutbox } from "./email";
import { orgs } from "./orgs";
import { users } from "./users";

export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);
export const notificationChannel = pgEnum("notification_channel", NOTIFICATION_CHANNELS);
export const notificationEntityType = pgEnum("notification_entity_type", NOTIFICATION_ENTITY_TYPES);

/** What the message of a notification is built from (catalogue `notifications.kinds.<kind>`). */
export type NotificationParams = {
  /** The record's label: a contract's name, a service record's number. */
  subject: string;
  customer: string;
  /** ISO date or instant the message names: the end date, the deadline. */
  date: string;
};

/**
 * One row per recipient and notification, written in the transaction of what caused it (lib/
 * notifications/notify.ts). The unique (org, user, dedupe key) makes it once: a second notify()
 * with the same key writes neither the row nor the e-mail. `inApp`: shown in the bell; a user who
 * chose e-mail only still gets the row, as the record that the e-mail was sent (`emailId`).
 */
export const notifications = pgTable(
  "notifications",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    entityType: notificationEntityType().notNull(),
    entityId: uuid().notNull(),
    customerId: uuid(),
    params: jsonb().$type<NotificationParams>().notNull(),
    dedupeKey: text().notNull(),
    inApp: boolean().notNull(),
    emailId: uuid().references(() => emailOutbox.id, { onDelete: "set null" }),
    readAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("notifications_org_id_user_id_dedupe_key_idx").on(t.orgId, t.userId, t.dedupeKey),
    // The bell's list, newest first by keyset, and its unread count.
    index("notifications_org_id_user_id_created_at_idx").on(t.orgId, t.userId, t.createdAt, t.id),
    index("notifications_org_id_user_id_unread_idx")
      .on(t.orgId, t.userId)
      .where(sql`${t.readAt} is null and ${t.inApp}`),
  ],
);

/** A user's choice per kind (Account page); no row means `both`. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind().notNull(),
    channel: notificationChannel().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId, t.kind] })],
);

export type Notification = typeof notifications.$inferSelect;
