import { foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { customers } from "./customers";
import { orgs } from "./orgs";
import { users } from "./users";

export type FieldChange = { from: unknown; to: unknown };

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
