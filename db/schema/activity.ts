import { foreignKey, index, jsonb, pgEnum, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { ACTIVITY_ACTOR_KINDS } from "./enum-values";
import { customers } from "./customers";
import { orgs } from "./orgs";
import { users } from "./users";

export type FieldChange = { from: unknown; to: unknown };

/**
 * Who made a change (STYLE "actors are typed"): a member in the app; a portal contact; someone
 * holding a link or reply token (an assignee answering, the customer approving); or the system
 * (jobs). Members and assignees also have actor_id; the others are named by actor_label.
 */
export const activityActorKind = pgEnum("activity_actor_kind", ACTIVITY_ACTOR_KINDS);

/**
 * The activity feed (SPEC A1–A3): one row per create/update/delete, written in the same
 * transaction as the change. Rows of a customer go with it when it is deleted (SPEC C5).
 */
export const activities = pgTable(
  "activities",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    actorKind: activityActorKind().notNull().default("member"),
    /** The name shown when no user row names the actor: the approving contact, a reply's sender. */
    actorLabel: text(),
    /** e.g. customer.created, contact.updated, note.created */
    kind: text().notNull(),
    entityType: text().notNull(),
    entityId: uuid().notNull(),
    customerId: uuid(),
    summary: text(),
    changes: jsonb().$type<Record<string, FieldChange>>(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    // Plain DESC (nulls first) to match ORDER BY … DESC, so the feed reads the index in order.
    index("activities_org_id_created_at_id_idx").on(t.orgId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("activities_org_id_customer_id_created_at_id_idx").on(t.orgId, t.customerId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
  ],
);

export const notes = pgTable(
  "notes",
  {
    orgId: uuid().notNull(),
    id: id().notNull(),
    customerId: uuid().notNull(),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    index("notes_org_id_customer_id_created_at_idx").on(t.orgId, t.customerId, t.createdAt),
  ],
);

export type Activity = typeof activities.$inferSelect;
export type Note = typeof notes.$inferSelect;
