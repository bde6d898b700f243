import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns";
import { EMAIL_STATUSES } from "./enum-values";
import { jobWorkers } from "./jobs";
import { orgs } from "./orgs";

export const emailStatus = pgEnum("email_status", EMAIL_STATUSES);

/**
 * The outbox: a row is written in the same transaction as the change that causes the e-mail,
 * and the delivery job is enqueued in that transaction too. Platform table (password resets
 * belong to no org), so org_id is optional and only used for filtering.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: id().primaryKey(),
    orgId: uuid().references(() => orgs.id, { onDelete: "set null" }),
    kind: text().notNull(),
    to: text().notNull(),
    /** Where replies go, e.g. the inbound address that threads them into a service record. */
    replyTo: text(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    locale: text().notNull(),
    status: emailStatus().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    transport: text(),
    providerId: text(),
    sentAt: timestamp({ withTimezone: true }),
    /**
     * The worker sending it right now and its pg-boss job. Set before the transport is called and
     * cleared after, so a retried job never sends while another live worker still is; a dead
     * worker's claim is released by recovery.
     */
    claimedBy: uuid().references(() => jobWorkers.id, { onDelete: "set null" }),
    claimedJobId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_created_at_idx").on(t.createdAt), index("email_outbox_to_idx").on(t.to)],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
