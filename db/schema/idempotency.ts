import { index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { orgs } from "./orgs";
import { users } from "./users";

/**
 * Keys of create requests already carried out (lib/idempotency/create-once.ts): a form sends one
 * key per submission, so a retried or double-sent create returns the first result instead of a
 * second row. Written in the create's own transaction; kept for a day, then pruned.
 */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    orgId: uuid()
      .notNull()
      .references(() => orgs.id, { onDelete: "cascade" }),
    key: uuid().notNull(),
    /** The verb that used the key ("customers.create"); the same key on another verb is refused. */
    verb: text().notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The created row's id and the verb's whole result, returned again to a repeat. */
    entityId: uuid(),
    result: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.key] }), index("idempotency_keys_org_id_created_at_idx").on(t.orgId, t.createdAt)],
);
