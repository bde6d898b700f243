import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns";
import { CONTACT_METHODS, CUSTOMER_TYPES, LIFECYCLE_STATUSES } from "./enum-values";
import { memberships, orgs } from "./orgs";
import { picklistItems } from "./picklists";
import { users } from "./users";

export const customerType = pgEnum("customer_type", CUSTOMER_TYPES);
export const lifecycleStatus = pgEnum("lifecycle_status", LIFECYCLE_STATUSES);
export const contactMethod = pgEnum("contact_method", CONTACT_METHODS);

export const customers = pgTable(
  "customers",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    id: id().notNull(),
    name: text().notNull(),
    accountCode: text(),
    type: customerType().notNull().default("customer"),
    status: lifecycleStatus().notNull().default("first_contact"),
    parentId: uuid(),
    regionId: uuid(),
    taxId: text(),
    address: text(),
    email: text(),
    phone: text(),
    workPhone: text(),
    website: text(),
    // Reps are users checked to be members of the org by the verbs; users is a global table.
    salesRepId: uuid().references(() => users.id, { onDelete: "set null" }),
    supportRepId: uuid().references(() => users.id, { onDelete: "set null" }),
    referral: text(),
    /** Folded (case, accents, Turkish dotted/dotless i) name, code, phones, e-mails and contact names. */
    searchText: text().notNull().default(""),
    /**
     * The customer's ancestors from the top down, itself last: customer_tree's rows for it as one
     * array, kept by the same triggers (migration 0021). A partner's sub-tree filter on this column
     * is a GIN index the planner can AND with the search index, so a sub-tree search reads only the
     * sub-tree's matches; the closure table answers lookups by id.
     */
    ancestorIds: uuid()
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    uniqueIndex("customers_org_id_account_code_idx").on(t.orgId, t.accountCode),
    index("customers_org_id_name_id_idx").on(t.orgId, t.name, t.id),
    index("customers_org_id_created_at_id_idx").on(t.orgId, t.createdAt, t.id),
    index("customers_org_id_status_name_idx").on(t.orgId, t.status, t.name),
    index("customers_search_text_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("customers_ancestor_ids_idx").using("gin", t.ancestorIds),
    // Deleting a parent is handled by the delete verb (children are detached first).
    foreignKey({ columns: [t.orgId, t.parentId], foreignColumns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.regionId], foreignColumns: [picklistItems.orgId, picklistItems.id] }),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    orgId: uuid().notNull(),
    id: id().notNull(),
    customerId: uuid().notNull(),
    name: text().notNull(),
    title: text(),
    role: text(),
    email: text(),
    phone: text(),
    preferredMethod: contactMethod(),
    active: boolean().notNull().default(true),
    isPrimary: boolean().notNull().default(false),
    /** Folded name, title, role, e-mail and phone for the org-wide contacts search. */
    searchText: text().notNull().default(""),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    index("contacts_org_id_customer_id_idx").on(t.orgId, t.customerId),
    index("contacts_org_id_name_id_idx").on(t.orgId, t.name, t.id),
    // Exactly one primary contact per customer: at most one by this index, at least one by the verbs.
    uniqueIndex("contacts_org_id_customer_id_primary_idx")
      .on(t.orgId, t.customerId)
      .where(sql`${t.isPrimary}`),
    index("contacts_search_text_idx").using("gin", t.searchText.op("gin_trgm_ops")),
  ],
);

/** A customer's tags: items of the org's "tag" picklist. Rows go with the customer. */
export const customerTags = pgTable(
  "customer_tags",
  {
    orgId: uuid().notNull(),
    customerId: uuid().notNull(),
    tagId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.customerId, t.tagId] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.tagId], foreignColumns: [picklistItems.orgId, picklistItems.id] }),
    // The list's tag filter reads customers of one tag.
    index("customer_tags_org_id_tag_id_idx").on(t.orgId, t.tagId, t.customerId),
  ],
);

/**
 * SPEC T7: the partner hierarchy as a closure table — one row per (ancestor, descendant), a
 * customer its own ancestor at depth 0 — so "everything below this distributor" is one indexed
 * lookup. Kept by triggers on customers.parent_id (migration customer_tree_triggers), in the
 * transaction of the change: a move carries its whole sub-tree, and a cycle is refused.
 */
export const customerTree = pgTable(
  "customer_tree",
  {
    orgId: uuid().notNull(),
    ancestorId: uuid().notNull(),
    descendantId: uuid().notNull(),
    depth: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.ancestorId, t.descendantId] }),
    foreignKey({ columns: [t.orgId, t.ancestorId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.descendantId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    index("customer_tree_org_id_descendant_id_idx").on(t.orgId, t.descendantId),
  ],
);

/** SPEC T5: the technicians authorised for a customer; a technician member sees only these customers. */
export const customerTechnicians = pgTable(
  "customer_technicians",
  {
    orgId: uuid().notNull(),
    customerId: uuid().notNull(),
    userId: uuid().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.customerId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [memberships.orgId, memberships.userId] }).onDelete("cascade"),
    // A technician's list: their customers, found from the user's side.
    index("customer_technicians_org_id_user_id_idx").on(t.orgId, t.userId, t.customerId),
  ],
);

export type Customer = typeof customers.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
