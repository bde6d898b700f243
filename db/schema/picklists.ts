import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { orgs } from "./orgs";

export type PicklistLabels = Partial<Record<"en" | "tr" | "ro", string>>;

/**
 * Every org-editable list (SPEC G1) in one table: regions, tags, labels of customer types and
 * lifecycle statuses, later service types, priorities… `list` names the list, `key` is stable.
 */
export const picklistItems = pgTable(
  "picklist_items",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    list: text().notNull(),
    key: text().notNull(),
    labels: jsonb().$type<PicklistLabels>().notNull().default({}),
    position: integer().notNull().default(0),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("picklist_items_org_id_list_key_idx").on(t.orgId, t.list, t.key),
    index("picklist_items_org_id_list_position_idx").on(t.orgId, t.list, t.position),
  ],
);

export type PicklistItem = typeof picklistItems.$inferSelect;
